package se.asf.json.base.internal;

import java.io.IOException;

/**
 * What the engine writes JSON through: the canonical text of {@link JsonText}, or a Jackson
 * generator (2 or 3) seen through {@link #token}. Numbers arrive as their text, so every writer
 * writes the same digits.
 */
@FunctionalInterface
public interface TokenWriter {
  /**
   * Writes one token: {@link Token#NAME} with the name, {@link Token#STRING} with the string, {@link
   * Token#DECIMAL} with a number's JSON text, every other token without text.
   */
  void token(Token token, String text) throws IOException;

  /** Writes {@code &#123;}. */
  default void startObject() throws IOException {
    token(Token.START_OBJECT, null);
  }

  /** Writes {@code &#125;}. */
  default void endObject() throws IOException {
    token(Token.END_OBJECT, null);
  }

  /** Writes {@code [}. */
  default void startArray() throws IOException {
    token(Token.START_ARRAY, null);
  }

  /** Writes {@code ]}. */
  default void endArray() throws IOException {
    token(Token.END_ARRAY, null);
  }

  /** Writes a property name. */
  default void name(String name) throws IOException {
    token(Token.NAME, name);
  }

  /** Writes a string. */
  default void string(String value) throws IOException {
    token(Token.STRING, value);
  }

  /** Writes a number as its JSON text. */
  default void number(String text) throws IOException {
    token(Token.DECIMAL, text);
  }

  /** Writes {@code true} or {@code false}. */
  default void bool(boolean value) throws IOException {
    token(value ? Token.TRUE : Token.FALSE, null);
  }
}
