package se.asf.cli;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The shapes a bidders CSV's cells must have, checked character by character: the CSV reader checks
 * several cells of every row, where a regular expression would cost a matcher each time. Digits are
 * the ASCII digits {@code 0}–{@code 9} only. {@code CsvShapesTest} checks each shape against the
 * regular expression written beside it.
 */
final class CsvShapes {
  private CsvShapes() {}

  /** A whole number of at most nine digits: {@code [0-9]{1,9}}. */
  static boolean isWhole(String text) {
    return text.length() >= 1 && text.length() <= 9 && digits(text, 0, text.length());
  }

  /**
   * A decimal number, a point or a comma before its decimals, at most fifteen digits either side:
   * {@code -?[0-9]{1,15}([.,][0-9]{1,15})?}.
   */
  static boolean isDecimal(String text) {
    int start = text.startsWith("-") ? 1 : 0;
    int point = start;
    while (point < text.length() && text.charAt(point) != '.' && text.charAt(point) != ',') {
      point++;
    }
    if (point - start < 1 || point - start > 15 || !digits(text, start, point)) {
      return false;
    }
    int decimals = text.length() - point - 1;
    return point == text.length() || decimals >= 1 && decimals <= 15 && digits(text, point + 1, text.length());
  }

  /** A year of four digits, not starting with 0: {@code [1-9][0-9]{3}}. */
  static boolean isYear(String text) {
    return text.length() == 4 && text.charAt(0) != '0' && digits(text, 0, 4);
  }

  /** A date written {@code YYYY-MM-DD}, not yet checked as a date: {@code [0-9]{4}-[0-9]{2}-[0-9]{2}}. */
  static boolean isDateShape(String text) {
    return text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4)
        && digits(text, 5, 7) && digits(text, 8, 10);
  }

  /**
   * The date a text writes as {@code YYYY-MM-DD}: what {@link LocalDate#parse(CharSequence)} reads
   * from a text of that {@linkplain #isDateShape shape}, a date of the ISO calendar, checked strictly
   * (no 30 February).
   *
   * @return the date, or null when the text is not of the shape or no such date exists
   */
  static LocalDate date(String text) {
    if (!isDateShape(text)) {
      return null;
    }
    try {
      return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written by ASCII digits from {@code from} to {@code to}. */
  private static int number(String text, int from, int to) {
    int number = 0;
    for (int i = from; i < to; i++) {
      number = number * 10 + text.charAt(i) - '0';
    }
    return number;
  }

  /** The text's ASCII digits, in order: {@code text.replaceAll("[^0-9]", "")}. */
  static String digitsOf(String text) {
    return keep(text, false);
  }

  /**
   * The text's ASCII letters and digits, in order: {@code text.replaceAll("[^0-9A-Za-z]", "")}.
   */
  static String lettersAndDigitsOf(String text) {
    return keep(text, true);
  }

  private static String keep(String text, boolean letters) {
    StringBuilder kept = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean keep = isDigit(c) || letters && (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z');
      if (!keep && kept == null) {
        kept = new StringBuilder(text.length()).append(text, 0, i);
      } else if (keep && kept != null) {
        kept.append(c);
      }
    }
    return kept == null ? text : kept.toString();
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
