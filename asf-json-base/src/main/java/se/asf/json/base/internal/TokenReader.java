package se.asf.json.base.internal;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * What the engine reads JSON through: a thin view of a Jackson parser (2 or 3), made by
 * {@link Jackson.Parser}. Every strictness rule, problem and pointer of the wire format is the
 * engine's; the parser only tokenizes. Parser problems are thrown as the parser throws them, or as
 * a {@link ParseFailure} when a whole document is read.
 */
public interface TokenReader {
  /** The current token: {@code null} before the first and after the last. */
  Token current();

  /** Moves to the next token: {@code null} at the end of the input. */
  Token next() throws IOException;

  /** The current property's name. */
  String name() throws IOException;

  /** The current string's text. */
  String text() throws IOException;

  /** The current number exactly, from its text. */
  BigDecimal decimalValue() throws IOException;

  /** The current number as a double. */
  double doubleValue() throws IOException;

  /** How deep the current token is nested, as the parser counts it. */
  int depth();

  /** Whether an unknown property is a problem; otherwise its value is skipped. */
  boolean failOnUnknownProperties();
}
