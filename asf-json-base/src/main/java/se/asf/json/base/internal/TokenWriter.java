package se.asf.json.base.internal;

import java.io.IOException;

/**
 * What the engine writes JSON through: the canonical text of {@link JsonText}, or a thin view of a
 * Jackson generator (2 or 3). Numbers arrive as their text, so every writer writes the same digits.
 */
public interface TokenWriter {
  /**
   * Starts an object.
   *
   * @throws IOException if the output fails
   */
  void startObject() throws IOException;

  /**
   * Ends an object.
   *
   * @throws IOException if the output fails
   */
  void endObject() throws IOException;

  /**
   * Starts an array.
   *
   * @throws IOException if the output fails
   */
  void startArray() throws IOException;

  /**
   * Ends an array.
   *
   * @throws IOException if the output fails
   */
  void endArray() throws IOException;

  /**
   * Writes a property name.
   *
   * @param name the name
   * @throws IOException if the output fails
   */
  void name(String name) throws IOException;

  /**
   * Writes a string.
   *
   * @param value the text
   * @throws IOException if the output fails
   */
  void string(String value) throws IOException;

  /**
   * Writes a number as it is written.
   *
   * @param text the number's JSON text
   * @throws IOException if the output fails
   */
  void number(String text) throws IOException;

  /**
   * Writes {@code true} or {@code false}.
   *
   * @param value the value
   * @throws IOException if the output fails
   */
  void bool(boolean value) throws IOException;
}
