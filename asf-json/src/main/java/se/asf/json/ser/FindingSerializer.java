package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.Map;
import se.asf.json.wire.EnumCodes;
import se.asf.rules.Finding;

/**
 * Writes a {@link Finding} of asf-rules: {@code ruleId}, {@code outcome}, {@code reason},
 * {@code figures} (an object of texts, in the rule's order), {@code source} and {@code message}
 * ({@code {"sv": ..., "en": ...}}). Kept in one place: when {@code Finding} gains an attribute, this
 * class and {@code FindingDeserializer} are the two to change.
 */
final class FindingSerializer extends AsfSerializer<Finding> {
  FindingSerializer() {
    super(Finding.class);
  }

  @Override
  public void serialize(Finding value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject(value);
    Out.text(g, provider, "ruleId", value.getRuleId());
    Out.code(g, "outcome", EnumCodes.OUTCOME, value.getOutcome());
    Out.text(g, provider, "reason", value.getReason());
    g.writeObjectFieldStart("figures");
    for (Map.Entry<String, String> figure : value.getFigures().entrySet()) {
      Out.text(g, provider, figure.getKey(), figure.getValue());
    }
    g.writeEndObject();
    Out.text(g, provider, "source", value.getSource());
    g.writeObjectFieldStart("message");
    Out.text(g, provider, "sv", value.getMessageSv());
    Out.text(g, provider, "en", value.getMessageEn());
    g.writeEndObject();
    g.writeEndObject();
  }
}
