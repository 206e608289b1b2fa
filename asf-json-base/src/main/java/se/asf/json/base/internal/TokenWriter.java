package se.asf.json.base.internal;

import java.io.IOException;

/**
 * What the engine writes JSON through: the canonical text of {@link JsonText}, or a thin view of a
 * Jackson generator (2 or 3) made by {@link Jackson#writer}. Numbers arrive as their text, so every
 * writer writes the same digits.
 */
public interface TokenWriter {
  /** Writes {@code &#123;}. */
  void startObject() throws IOException;

  /** Writes {@code &#125;}. */
  void endObject() throws IOException;

  /** Writes {@code [}. */
  void startArray() throws IOException;

  /** Writes {@code ]}. */
  void endArray() throws IOException;

  /** Writes a property name. */
  void name(String name) throws IOException;

  /** Writes a string. */
  void string(String value) throws IOException;

  /** Writes a number as its JSON text. */
  void number(String text) throws IOException;

  /** Writes {@code true} or {@code false}. */
  void bool(boolean value) throws IOException;
}
