package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import se.asf.core.Share;

/** Reads a {@link Share} from a JSON number, the fraction: {@code 0.3} is 30 %. */
final class ShareDeserializer extends AsfDeserializer<Share> {
  ShareDeserializer() {
    super(Share.class);
  }

  @Override
  public Share read(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Scalars.SHARE.read(p, ctxt);
  }
}
