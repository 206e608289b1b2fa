package se.asf.json.base.internal;

/** The tokens of JSON as the wire format's engine sees them, whichever Jackson major reads them. */
public enum Token {
  /** {@code &#123;}. */
  START_OBJECT,
  /** {@code &#125;}. */
  END_OBJECT,
  /** A property name. */
  NAME,
  /** {@code [}. */
  START_ARRAY,
  /** {@code ]}. */
  END_ARRAY,
  /** A string value. */
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  /** {@code true}. */
  TRUE,
  /** {@code false}. */
  FALSE,
  /** {@code null}. */
  NULL,
  /** Anything else a parser may hand over. */
  OTHER;

  /**
   * Returns the token of a Jackson token, of either major: they differ only in the name of a property name's
   * token ({@code FIELD_NAME} in Jackson 2, {@code PROPERTY_NAME} in Jackson 3).
   */
  public static Token of(Enum<?> jackson) {
    if (jackson == null) {
      return null;
    }
    return switch (jackson.name()) {
      case "START_OBJECT" -> START_OBJECT;
      case "END_OBJECT" -> END_OBJECT;
      case "FIELD_NAME", "PROPERTY_NAME" -> NAME;
      case "START_ARRAY" -> START_ARRAY;
      case "END_ARRAY" -> END_ARRAY;
      case "VALUE_STRING" -> STRING;
      case "VALUE_NUMBER_INT" -> INTEGER;
      case "VALUE_NUMBER_FLOAT" -> DECIMAL;
      case "VALUE_TRUE" -> TRUE;
      case "VALUE_FALSE" -> FALSE;
      case "VALUE_NULL" -> NULL;
      default -> OTHER;
    };
  }
}
