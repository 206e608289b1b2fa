package se.asf.json.deser;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Map;
import se.asf.json.wire.EnumCodes;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;

/**
 * Reads a {@link Finding} of asf-rules. Kept in one place: when {@code Finding} gains an attribute,
 * this class and {@code FindingSerializer} are the two to change.
 */
final class FindingDeserializer extends ObjectDeserializer<Finding> {
  private static final Field<String> RULE_ID = Field.of("ruleId", Scalars.TEXT);
  private static final Field<Outcome> OUTCOME = Field.of("outcome", Scalars.code(EnumCodes.OUTCOME));
  private static final Field<String> REASON = Field.of("reason", Scalars.TEXT);
  private static final Field<Map<String, String>> FIGURES = Field.of("figures", Scalars.TEXT_MAP);
  private static final Field<String> SOURCE = Field.of("source", Scalars.TEXT);
  private static final Field<LocalizedText> MESSAGE = Field.of("message", new LocalizedTextDeserializer());

  FindingDeserializer() {
    super(Finding.class, RULE_ID, OUTCOME, REASON, FIGURES, SOURCE, MESSAGE);
  }

  @Override
  protected Finding build(FieldValues values) throws JsonMappingException {
    LocalizedText message = values.required(MESSAGE);
    return Finding.builder()
        .ruleId(values.required(RULE_ID))
        .outcome(values.required(OUTCOME))
        .reason(values.required(REASON))
        .figures(values.required(FIGURES))
        .source(values.required(SOURCE))
        .messageSv(message.sv())
        .messageEn(message.en())
        .build();
  }

  @Override
  protected Map<String, String> renamedAttributes() {
    return Map.of("messageSv", "message/sv", "messageEn", "message/en");
  }

  /** A text in Swedish and English: {@code {"sv": "...", "en": "..."}}. */
  record LocalizedText(String sv, String en) {}

  /** Reads a {@link LocalizedText}. */
  static final class LocalizedTextDeserializer extends ObjectDeserializer<LocalizedText> {
    private static final Field<String> SV = Field.of("sv", Scalars.TEXT);
    private static final Field<String> EN = Field.of("en", Scalars.TEXT);

    LocalizedTextDeserializer() {
      super(LocalizedText.class, SV, EN);
    }

    @Override
    protected LocalizedText build(FieldValues values) throws JsonMappingException {
      return new LocalizedText(values.required(SV), values.required(EN));
    }
  }
}
