package se.asf.cli;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Strict parsing of decimal numbers from the command line: a point as decimal separator, nothing else. */
final class Numbers {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]{1,10}(\\.[0-9]{1,15})?");

  private Numbers() {}

  /**
   * Parses a plain decimal number such as {@code 59.1983} or {@code -17.5}.
   *
   * @throws NumberFormatException if the text is not such a number (no exponent, NaN, comma or spaces)
   */
  static double parse(String text) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw new NumberFormatException(text == null ? "null" : truncate(text));
    }
    return new BigDecimal(text).doubleValue();
  }

  static String truncate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…";
  }
}
