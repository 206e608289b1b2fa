package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;
import se.asf.json.wire.EnumCode;

/**
 * Reads an enum constant from its wire code, a JSON string; a number is never read as an ordinal.
 *
 * @param <E> the enum
 */
final class EnumCodeDeserializer<E extends Enum<E>> extends AsfDeserializer<E> {
  private final ValueReader<E> reader;

  EnumCodeDeserializer(EnumCode<E> codes) {
    super(codes.type());
    this.reader = Scalars.code(codes);
  }

  @Override
  public E read(JsonParser p, DeserializationContext ctxt) throws IOException {
    return reader.read(p, ctxt);
  }
}
