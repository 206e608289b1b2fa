package se.asf.json.wire;

/**
 * Makes input text safe to show in a message: short, and never a whole personnummer.
 *
 * <p>Untrusted input can be megabytes long, or be a personnummer put in the wrong field; a message
 * echoes at most {@value #MAX_ECHO} characters of it, and masks digits as asf-core's identity
 * messages do.
 */
public final class SafeText {
  /** The most characters of an input that a message shows. */
  public static final int MAX_ECHO = 40;
  /** The most characters a whole message may have. */
  public static final int MAX_MESSAGE = 600;

  private SafeText() {}

  /**
   * Returns input text as a message may show it: cut after {@value #MAX_ECHO} characters, and, when
   * it holds ten or more digits (enough for a personnummer), with its last four digits and every
   * digit after the eighth replaced by {@code *}.
   *
   * @param text the input
   * @return the text to show
   */
  public static String echo(CharSequence text) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        digits++;
      }
    }
    int limit = Math.min(text.length(), MAX_ECHO);
    StringBuilder shown = new StringBuilder(limit + 1);
    int seen = 0;
    for (int i = 0; i < limit; i++) {
      char c = text.charAt(i);
      if (digits >= 10 && isDigit(c)) {
        seen++;
        shown.append(seen > 8 || seen > digits - 4 ? '*' : c);
      } else if (Character.isISOControl(c)) {
        shown.append('?');
      } else {
        shown.append(c);
      }
    }
    if (text.length() > limit) {
      shown.append('…');
    }
    return shown.toString();
  }

  /**
   * Redacts a finished message: masks the last four digits of anything shaped like a personnummer
   * ({@code YYMMDD-NNNN}, {@code YYYYMMDD-NNNN}, with or without separator, month 01–12; an
   * organisation number has 20 or more there and stays readable) and cuts the message after
   * {@value #MAX_MESSAGE} characters.
   *
   * @param message the message, which may hold figures taken from the input
   * @return the redacted message
   */
  public static String redact(String message) {
    StringBuilder out = new StringBuilder(message);
    int i = 0;
    while (i < out.length()) {
      if (!isDigit(out.charAt(i)) || (i > 0 && isDigit(out.charAt(i - 1)))) {
        i++;
        continue;
      }
      int run = runLength(out, i);
      int dateDigits = run == 6 || run == 8 ? run : 0;
      int end = i + run;
      if (dateDigits > 0 && end < out.length() && (out.charAt(end) == '-' || out.charAt(end) == '+')
          && runLength(out, end + 1) == 4) {
        maskIfPersonal(out, i, dateDigits, end + 1);
      } else if (run == 10 || run == 12) {
        maskIfPersonal(out, i, run - 4, i + run - 4);
      }
      i = end;
    }
    String redacted = out.toString();
    return redacted.length() <= MAX_MESSAGE ? redacted : redacted.substring(0, MAX_MESSAGE) + "…";
  }

  private static void maskIfPersonal(StringBuilder out, int start, int dateDigits, int lastFour) {
    int monthAt = start + dateDigits - 4;
    int month = (out.charAt(monthAt) - '0') * 10 + (out.charAt(monthAt + 1) - '0');
    if (month >= 1 && month <= 12) {
      for (int j = lastFour; j < lastFour + 4; j++) {
        out.setCharAt(j, '*');
      }
    }
  }

  private static int runLength(CharSequence text, int from) {
    int end = from;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end - from;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
