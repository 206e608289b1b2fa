package se.asf.json.base.internal;

import java.util.HashMap;
import java.util.Map;

/** The tokens of JSON as the wire format's engine sees them, whichever Jackson major reads them. */
public enum Token {
  /** {@code &#123;}. */
  START_OBJECT("type.object", "START_OBJECT"),
  /** {@code &#125;}. */
  END_OBJECT("type.object", "END_OBJECT"),
  /** A property name: {@code FIELD_NAME} in Jackson 2, {@code PROPERTY_NAME} in Jackson 3. */
  NAME("type.object", "FIELD_NAME", "PROPERTY_NAME"),
  /** {@code [}. */
  START_ARRAY("type.array", "START_ARRAY"),
  /** {@code ]}. */
  END_ARRAY("type.array", "END_ARRAY"),
  /** A string value. */
  STRING("type.string", "VALUE_STRING"),
  /** A number without fraction or exponent. */
  INTEGER("type.integer", "VALUE_NUMBER_INT"),
  /** A number with a fraction or an exponent. */
  DECIMAL("type.number", "VALUE_NUMBER_FLOAT"),
  /** {@code true}. */
  TRUE("type.boolean", "VALUE_TRUE"),
  /** {@code false}. */
  FALSE("type.boolean", "VALUE_FALSE"),
  /** {@code null}. */
  NULL("type.null", "VALUE_NULL"),
  /** Anything else a parser may hand over. */
  OTHER("type.other");

  private static final Map<String, Token> OF_JACKSON = new HashMap<>();

  static {
    for (Token token : values()) {
      for (String name : token.jackson) {
        OF_JACKSON.put(name, token);
      }
    }
  }

  /** The message key of the JSON type found, when a value starting with this token is of the wrong type. */
  final String found;
  private final String[] jackson;

  Token(String found, String... jackson) {
    this.found = found;
    this.jackson = jackson;
  }

  /** Returns the token of a Jackson token, of either major. */
  public static Token of(Enum<?> jackson) {
    return jackson == null ? null : OF_JACKSON.getOrDefault(jackson.name(), OTHER);
  }

  /**
   * {@link #table} of each Jackson token class, made once per class: a parser is opened for every bidder
   * of a stream and for every value the Jackson modules read.
   */
  private static final ClassValue<Token[]> TABLES = new ClassValue<>() {
    @Override
    protected Token[] computeValue(Class<?> type) {
      return table(type);
    }
  };

  /** Returns {@link #table} of a Jackson major's token class, made once and shared: not to be changed. */
  static Token[] tableOf(Class<?> jacksonTokens) {
    return TABLES.get(jacksonTokens);
  }

  /** Returns the tokens of a Jackson major's token class, by the Jackson token's ordinal. */
  static Token[] table(Class<?> jacksonTokens) {
    Object[] constants = jacksonTokens.getEnumConstants();
    Token[] tokens = new Token[constants.length];
    for (int i = 0; i < constants.length; i++) {
      tokens[i] = of((Enum<?>) constants[i]);
    }
    return tokens;
  }
}
