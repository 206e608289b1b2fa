package se.asf.core.text;

/**
 * Makes text safe to show to a person: no personal identity number in full, no control character
 * that a terminal, a spreadsheet or a Markdown viewer would obey, and no input echoed at length.
 *
 * <p>Every message, exception text, JSON Pointer and report line of the library and its
 * command-line tool that can hold text taken from the input passes through this class, so the
 * guarantees below hold in one place rather than message by message. Applications that show the
 * library's data to people (a bidder's name, a site's name) get the same guarantees by passing it
 * through {@link #display(CharSequence)}.
 *
 * <p><b>Personal identity numbers</b> (personnummer and samordningsnummer, Skatteverket SKV 704 and
 * SKV 707) are masked in every spelling: ten or twelve digits, with or without a separator between
 * the date and the last four digits, where the separator may be {@code -}, {@code +}, an en or em
 * dash, a Unicode hyphen or minus, a full stop, slash, underscore or a space; with ASCII or other
 * Unicode decimal digits. A number is a run of exactly ten or twelve digits, or of six or eight
 * digits, one separator and four digits, with no digit right before or after it (a longer run of
 * digits is another kind of number: a timestamp, an account). It is taken for a personal identity
 * number when its month digits are 01–12 and its day digits 01–31 or 61–91; its last four digits
 * become {@code *}. An organisation number has 20 or more in the month's place and stays readable;
 * an amount of ten or twelve digits that reads as a date is masked too, which errs on the safe side.
 * The check digit is not consulted: a mistyped personnummer is personal data too.
 *
 * <p><b>Control characters</b> become visible escapes: {@code \n}, {@code \r} and {@code \t}, and
 * {@code \}{@code u} with four hexadecimal digits for every other C0 or C1 control character, DEL,
 * format character (bidirectional overrides, zero-width characters, the byte-order mark), line or
 * paragraph separator, and unpaired surrogate. So a name cannot forge a line of a report, move the
 * cursor, recolour or retitle a terminal, or reorder what is shown.
 *
 * <p>Every method returns a new string and never throws for any input but {@code null}.
 */
public final class SafeText {
  /** The most characters of an input that {@link #echo(CharSequence)} shows. */
  public static final int MAX_ECHO = 40;

  private SafeText() {}

  /**
   * Returns text as it may be shown to a person: every personal identity number masked, and control
   * characters neutralised.
   *
   * @param text the text
   * @return the text to show
   */
  public static String display(CharSequence text) {
    // Masked first: a control character between digits ends a number, while its escape would
    // join the digits around it into a longer run.
    return neutralise(redact(text));
  }

  /**
   * Returns a short piece of input as a message may quote it: {@link #display(CharSequence)}, cut
   * after {@value #MAX_ECHO} characters with {@code …}, and when the input holds ten or more digits
   * in all, every digit after the eighth and its last four digits masked, so that even a number cut
   * short or spread over separators is never shown whole.
   *
   * @param text the input
   * @return the text to quote
   */
  public static String echo(CharSequence text) {
    String shown = display(text);
    int digits = 0;
    for (int i = 0; i < shown.length(); i++) {
      if (Character.isDigit(shown.charAt(i))) {
        digits++;
      }
    }
    int limit = Math.min(shown.length(), MAX_ECHO);
    StringBuilder out = new StringBuilder(limit + 1);
    int seen = 0;
    for (int i = 0; i < limit; i++) {
      char c = shown.charAt(i);
      if (digits >= 10 && Character.isDigit(c)) {
        seen++;
        out.append(seen > 8 || seen > digits - 4 ? '*' : c);
      } else {
        out.append(c);
      }
    }
    if (shown.length() > limit) {
      out.append('…');
    }
    return out.toString();
  }

  /**
   * Masks the last four digits of every personal identity number in the text, in every spelling
   * (see the class comment). Nothing else changes.
   *
   * @param text the text
   * @return the text with personal identity numbers masked
   */
  public static String redact(CharSequence text) {
    int length = text.length();
    StringBuilder out = null;
    int i = 0;
    while (i < length) {
      if (!isDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int run = runLength(text, i);
      int end = i + run;
      int lastFour = -1;
      if ((run == 6 || run == 8) && end + 1 < length && isSeparator(text.charAt(end))
          && runLength(text, end + 1) == 4 && isDate(text, i + run - 4)) {
        lastFour = end + 1;
      } else if ((run == 10 || run == 12) && isDate(text, end - 8)) {
        lastFour = end - 4;
      }
      if (lastFour >= 0) {
        if (out == null) {
          out = new StringBuilder(text);
        }
        for (int j = lastFour; j < lastFour + 4; j++) {
          out.setCharAt(j, '*');
        }
      }
      i = end;
    }
    return out == null ? text.toString() : out.toString();
  }

  /** Whether the four digits at {@code at} are a month 01–12 and a day 01–31 or 61–91. */
  private static boolean isDate(CharSequence text, int at) {
    int month = twoDigits(text, at);
    int day = twoDigits(text, at + 2);
    return month >= 1 && month <= 12 && (day >= 1 && day <= 31 || day >= 61 && day <= 91);
  }

  private static int runLength(CharSequence text, int from) {
    int end = from;
    while (end < text.length() && isDigit(text.charAt(end))) {
      end++;
    }
    return end - from;
  }

  private static int twoDigits(CharSequence text, int at) {
    return Character.digit(text.charAt(at), 10) * 10 + Character.digit(text.charAt(at + 1), 10);
  }

  private static boolean isDigit(char c) {
    return Character.digit(c, 10) >= 0 && Character.isDigit(c);
  }

  /** The separators a personal identity number is written with, or could be disguised by. */
  private static boolean isSeparator(char c) {
    switch (c) {
      case '-': case '+': case ' ': case '.': case '/': case '_':
      case '\u00A0': // no-break space
      case '\u2007': case '\u2009': case '\u202F': // figure, thin and narrow no-break space
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': // dashes
      case '\u2212': case '\uFE63': case '\uFF0B': case '\uFF0D': // minus, small and full-width
        return true;
      default:
        return false;
    }
  }

  /**
   * Replaces every control, format, line-separator or paragraph-separator character, and every
   * unpaired surrogate, with a visible escape (see the class comment). Nothing else changes.
   *
   * @param text the text
   * @return the text with no character a terminal or viewer would obey
   */
  public static String neutralise(CharSequence text) {
    int length = text.length();
    int i = 0;
    while (i < length && !mustEscape(text, i)) {
      i += width(text, i);
    }
    if (i == length) {
      return text.toString();
    }
    StringBuilder out = new StringBuilder(length + 16);
    out.append(text, 0, i);
    while (i < length) {
      int width = width(text, i);
      if (!mustEscape(text, i)) {
        out.append(text, i, i + width);
      } else {
        for (int j = i; j < i + width; j++) {
          escape(text.charAt(j), out);
        }
      }
      i += width;
    }
    return out.toString();
  }

  private static void escape(char c, StringBuilder out) {
    switch (c) {
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      case '\t':
        out.append("\\t");
        break;
      default:
        out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
            .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
    }
  }

  /**
   * Tells whether a text holds a character that {@link #neutralise(CharSequence)} would escape.
   *
   * @param text the text
   * @return {@code true} when the text is not safe to show as it is
   */
  public static boolean hasUnsafeCharacters(CharSequence text) {
    for (int i = 0; i < text.length(); i += width(text, i)) {
      if (mustEscape(text, i)) {
        return true;
      }
    }
    return false;
  }

  /** 2 for a surrogate pair starting at {@code i}, else 1. */
  private static int width(CharSequence text, int i) {
    return Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
        && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 1;
  }

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  /**
   * Whether the character (or surrogate pair) at {@code i} must be escaped: a control, format,
   * line- or paragraph-separator character, or an unpaired surrogate. Supplementary format
   * characters (the invisible tag characters among them) count too.
   */
  private static boolean mustEscape(CharSequence text, int i) {
    char c = text.charAt(i);
    int codePoint;
    if (Character.isSurrogate(c)) {
      if (width(text, i) == 1) {
        return true;
      }
      codePoint = Character.toCodePoint(c, text.charAt(i + 1));
    } else {
      codePoint = c;
    }
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
        return true;
      default:
        return false;
    }
  }
}
