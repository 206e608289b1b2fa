package se.asf.json.base.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import se.asf.json.base.JsonProblemCode;
import se.asf.json.base.AsfJsonDocuments;

/**
 * Writes the scalar values of the wire format, in their one canonical form: decimals exactly as
 * {@link BigDecimal#toString()} gives them (so {@code 3.50} keeps its scale), dates as
 * {@code YYYY-MM-DD}, codes from the tables.
 *
 * <p>A value the reader would reject (a decimal longer than the number limit, a date outside the
 * years 0000–9999, a text with an unpaired surrogate) is refused here, so every document written can
 * be read back.
 */
public final class Out {
  private Out() {}

  static void text(TokenWriter out, String name, String value) throws IOException {
    out.name(name);
    text(out, value);
  }

  static void text(TokenWriter out, String value) throws IOException {
    if (Scalars.hasUnpairedSurrogate(value)) {
      throw Problems.fail(JsonProblemCode.ENCODING, "problem.unpaired-surrogate");
    }
    out.string(value);
  }

  /** Writes a value as the string of its {@code toString()}, its canonical form. */
  static void string(TokenWriter out, Object value) throws IOException {
    out.string(value.toString());
  }

  static void decimal(TokenWriter out, BigDecimal value) throws IOException {
    if (Scalars.plainLength(value) > AsfJsonDocuments.MAX_NUMBER_LENGTH) {
      throw Problems.fail(JsonProblemCode.LIMIT_EXCEEDED, "problem.decimal-too-long",
          Integer.toString(AsfJsonDocuments.MAX_NUMBER_LENGTH));
    }
    out.number(value.toString());
  }

  static void coordinate(TokenWriter out, String name, double value) throws IOException {
    out.name(name);
    out.number(Double.toString(value));
  }

  static void date(TokenWriter out, LocalDate value) throws IOException {
    if (value.getYear() < 0 || value.getYear() > 9999) {
      throw Problems.fail(JsonProblemCode.INVALID_VALUE, "problem.date-unwritable", value.toString());
    }
    out.string(value.toString());
  }

  /** Returns the writer of an array of values. */
  public static <T> ValueWriter<List<T>> list(ValueWriter<T> element) {
    return (out, values) -> {
      out.startArray();
      for (T value : values) {
        element.write(out, value);
      }
      out.endArray();
    };
  }
}
