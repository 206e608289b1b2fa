package se.asf.json.base.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * What the engine reads JSON through: a thin view of a Jackson parser (2 or 3). Every strictness
 * rule, problem and pointer of the wire format is the engine's; the parser only tokenizes.
 */
public interface TokenReader {

  /**
   * Returns the current token.
   *
   * @return the token, or {@code null} before the first and after the last
   */
  Token current();

  /**
   * Moves to the next token.
   *
   * @return the token, or {@code null} at the end of the input
   * @throws IOException a parser error
   */
  Token next() throws IOException;

  /**
   * Returns the current property's name.
   *
   * @return the name
   * @throws IOException a parser error
   */
  String name() throws IOException;

  /**
   * Returns the current string value's text.
   *
   * @return the text
   * @throws IOException a parser error
   */
  String text() throws IOException;

  /**
   * Tells whether the current integer fits a Java {@code int}.
   *
   * @return {@code true} when it does
   * @throws IOException a parser error
   */
  boolean fitsInt() throws IOException;

  /**
   * Returns the current number as an {@code int}; only after {@link #fitsInt()}.
   *
   * @return the value
   * @throws IOException a parser error
   */
  int intValue() throws IOException;

  /**
   * Returns the current number exactly, from its text.
   *
   * @return the value
   * @throws IOException a parser error
   */
  BigDecimal decimalValue() throws IOException;

  /**
   * Returns the current number as a double.
   *
   * @return the value
   * @throws IOException a parser error
   */
  double doubleValue() throws IOException;

  /**
   * Moves to the end of the object or array that starts at the current token; stays on a scalar.
   *
   * @throws IOException a parser error
   */
  void skipChildren() throws IOException;

  /**
   * Returns how deep the current token is nested, as the parser counts it.
   *
   * @return the nesting depth
   */
  int depth();

  /**
   * Tells whether an unknown property is a problem; otherwise its value is skipped.
   *
   * @return {@code true} for the documents, and when a mapper fails on unknown properties
   */
  boolean failOnUnknownProperties();
}
