package se.asf.core.identity;

/** Digit arithmetic shared by the identity numbers: Luhn, masking. */
final class Digits {
  /** The most characters of an input that a message shows. */
  private static final int MAX_SHOWN = 24;
  /** The most digits shown: the date part of a 12-digit personnummer. */
  private static final int MAX_SHOWN_DIGITS = 8;

  private Digits() {}

  /** Tells whether the text is only ASCII digits (and not empty). */
  static boolean allAsciiDigits(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return text.length() > 0;
  }

  /**
   * Computes the Luhn check digit over the first nine digits of a ten-digit string.
   *
   * <p>Weights 2, 1, 2, … from the left; two-digit products add their digits.
   */
  static int luhnCheckDigit(CharSequence tenDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (tenDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Masks a text for use in messages, so neither a full personnummer nor a huge input is ever
   * echoed: the last four digits become {@code *}, as does every digit after the eighth, and text
   * past 24 characters is cut.
   *
   * <p>Masking only the last four digits is not enough: in {@code 19811228-9874 0000}, or in a
   * long text cut before its last digits, a whole personnummer would be shown.
   */
  static String mask(CharSequence text) {
    int limit = Math.min(text.length(), MAX_SHOWN);
    int lastFourStart = text.length();
    for (int found = 0; lastFourStart > 0 && found < 4; ) {
      lastFourStart--;
      if (Character.isDigit(text.charAt(lastFourStart))) {
        found++;
      }
    }
    StringBuilder masked = new StringBuilder(limit + 1);
    int digitsSeen = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) {
        digitsSeen++;
        masked.append(i >= lastFourStart || digitsSeen > MAX_SHOWN_DIGITS ? '*' : c);
      } else {
        masked.append(c);
      }
    }
    if (text.length() > limit) {
      masked.append('…');
    }
    return masked.toString();
  }
}
