package se.asf.cli;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import se.asf.core.text.SafeText;

/** Strict parsing of decimal numbers from the command line: a point as decimal separator, nothing else. */
final class Numbers {
  private static final Pattern DECIMAL = Pattern.compile("[-+]?[0-9]{1,10}(\\.[0-9]{1,15})?");

  private Numbers() {}

  /**
   * Parses a plain decimal number such as {@code 59.1983} or {@code -17.5}.
   *
   * @throws NumberFormatException if the text is not such a number (no exponent, NaN, comma or
   *     spaces); its message is the text as {@link SafeText#echo} quotes it
   */
  static double parse(String text) {
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw new NumberFormatException(text == null ? "null" : SafeText.echo(text));
    }
    return new BigDecimal(text).doubleValue();
  }

}
