package se.asf.core.identity;

/** Digit arithmetic shared by the identity numbers: Luhn, masking. */
final class Digits {
  private Digits() {}

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
   * Masks a text for use in messages: the last four digits become {@code *}, and text past 24
   * characters is cut, so neither a full personnummer nor a huge input is ever echoed.
   */
  static String mask(CharSequence text) {
    int limit = Math.min(text.length(), 24);
    StringBuilder masked = new StringBuilder(text.subSequence(0, limit));
    int toMask = 4;
    for (int i = text.length() - 1; i >= 0 && toMask > 0; i--) {
      if (Character.isDigit(text.charAt(i))) {
        if (i < limit) {
          masked.setCharAt(i, '*');
        }
        toMask--;
      }
    }
    if (text.length() > limit) {
      masked.append('…');
    }
    return masked.toString();
  }
}
