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
 * SKV 707) are masked in every spelling. The text is read as clusters of digits (ASCII or other
 * Unicode decimal digits) in which up to three separator characters may stand between two digits:
 * dashes, hyphens and minus signs of any kind, {@code +}, white space, and characters that show
 * nothing (not {@code /} or {@code .}, which join paths, dates and decimals to the digits around
 * them). So {@code 19121212-1212}, {@code 191212+1212},
 * {@code 19121212 – 1212}, {@code 1912-12-12-1212} and {@code 191212121212} are each one cluster. A
 * cluster of ten digits is a number {@code YYMMDDNNNN}, one of twelve {@code YYYYMMDDNNNN}; a cluster
 * of eleven to fourteen digits may hold either anywhere (a number typed next to another digit); a
 * Swedish VAT number, {@code SE} and twelve digits ending {@code 01}, holds one in its first ten
 * digits. Where the month digits are 01–12 and the day digits 01–31 or 61–91, the last four digits
 * become {@code *}. An organisation number has 20 or more in the month's place and stays readable,
 * with or without the {@code 16} prefix and in its VAT form; a cluster of more than fourteen digits
 * is taken for another kind of number (a timestamp, an account, a generated file name) and left
 * alone; an amount of ten to fourteen digits that reads as a date is masked, which errs on the safe
 * side. The check digit is not consulted: a mistyped personnummer is personal data too. The digits
 * of an escape {@code \}{@code uXXXX} belong to no number.
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
      if (isEscape(shown, i)) {
        i += ESCAPE_LENGTH - 1;
      } else if (Character.isDigit(shown.charAt(i))) {
        digits++;
      }
    }
    int limit = Math.min(shown.length(), MAX_ECHO);
    StringBuilder out = new StringBuilder();
    int seen = 0;
    for (int i = 0; i < limit; i++) {
      char c = shown.charAt(i);
      if (isEscape(shown, i)) {
        out.append(shown, i, Math.min(i + ESCAPE_LENGTH, limit));
        i += ESCAPE_LENGTH - 1;
      } else if (digits >= 10 && Character.isDigit(c)) {
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
    String plain = text.toString();
    return fewerDigitsThanANumber(plain) ? plain : searchAndRedact(plain);
  }

  /** {@link #redact}'s full search, for a text of any number of digits. */
  static String searchAndRedact(String text) {
    int length = text.length();
    // Copied at the first digit masked: a text with no number to mask is returned as it is.
    StringBuilder out = null;
    int[] digits = new int[MAX_CLUSTER_DIGITS];
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      if (c == '\\' && isEscape(text, i)) {
        i += ESCAPE_LENGTH;
        continue;
      }
      if (!isDigit(c)) {
        i++;
        continue;
      }
      // A cluster: digits, with gaps of at most MAX_GAP separator characters between them. It
      // starts outside any escape, and an escape's digits follow its backslash and u, which no
      // cluster holds, so no digit of a cluster is part of an escape.
      boolean vat = i >= 2 && (text.charAt(i - 2) == 'S' || text.charAt(i - 2) == 's')
          && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e');
      int count = 0;
      int j = i;
      while (j < length) {
        if (isDigit(text.charAt(j))) {
          if (count < MAX_CLUSTER_DIGITS) {
            digits[count] = j;
          }
          count++;
          j++;
          continue;
        }
        int gap = 0;
        while (j + gap < length && gap < MAX_GAP && isSeparator(text.charAt(j + gap))) {
          gap++;
        }
        // No gap (a character that is neither digit nor separator) ends the cluster too.
        if (j + gap < length && isDigit(text.charAt(j + gap))) {
          j += gap;
        } else {
          break;
        }
      }
      if (count <= MAX_CLUSTER_DIGITS) {
        out = maskCluster(text, digits, count, vat, out);
      }
      i = j;
    }
    return out == null ? text : out.toString();
  }

  /**
   * Whether the text holds fewer than ten digits in all: then no cluster can hold a personal identity
   * number (every spelling {@link #maskCluster} masks has at least ten), and nothing is masked. The
   * digits of escapes are counted too, which only sends a few more texts through the full search.
   */
  private static boolean fewerDigitsThanANumber(String text) {
    int digits = 0;
    for (int i = 0, length = text.length(); i < length; i++) {
      if (isDigit(text.charAt(i)) && ++digits == 10) {
        return false;
      }
    }
    return true;
  }

  /** {@link Character#isDigit(char)}, without the look-up for ASCII, where only 0–9 are digits. */
  static boolean isDigit(char c) {
    return c <= '9' ? c >= '0' : c > ASCII_LAST && Character.isDigit(c);
  }

  /** The last ASCII character. */
  private static final char ASCII_LAST = 0x7F;

  /** The most digits a cluster may have and still be searched for a personal identity number. */
  private static final int MAX_CLUSTER_DIGITS = 14;
  /** The most separator characters between two digits of one number. */
  private static final int MAX_GAP = 3;

  /**
   * Masks the personal identity numbers of one cluster of digits: a ten- or twelve-digit cluster
   * is one number; a Swedish VAT number ({@code SE}, twelve digits ending {@code 01}) holds one in
   * its first ten; a cluster of eleven to fourteen digits may hold one anywhere. Returns the masked
   * copy of the text: {@code out}, or a new copy when this cluster is the first to mask, or
   * {@code null} while nothing is masked.
   */
  private static StringBuilder maskCluster(CharSequence text, int[] at, int count, boolean vat, StringBuilder out) {
    if (vat && count == 12 && digit(text, at[10]) == 0 && digit(text, at[11]) == 1) {
      return maskIfDate(text, at, 0, 2, 6, out);
    } else if (count == 12) {
      return maskIfDate(text, at, 0, 4, 8, out);
    } else {
      // Every window of ten digits (none in fewer than ten). A twelve-digit number YYYYMMDDNNNN at
      // k is the ten-digit window at k + 2, with the same date and last four digits.
      for (int k = 0; k + 10 <= count; k++) {
        out = maskIfDate(text, at, k, 2, 6, out);
      }
      return out;
    }
  }

  /**
   * Masks the four digits from {@code start + lastFour} when the month and day at {@code start + date}
   * are a date; returns the masked copy, as {@link #maskCluster} does.
   */
  private static StringBuilder maskIfDate(CharSequence text, int[] at, int start, int date, int lastFour,
      StringBuilder out) {
    int month = digit(text, at[start + date]) * 10 + digit(text, at[start + date + 1]);
    int day = digit(text, at[start + date + 2]) * 10 + digit(text, at[start + date + 3]);
    if (month < 1 || month > 12 || (day < 1 || day > 31) && (day < 61 || day > 91)) {
      return out;
    }
    StringBuilder masked = out == null ? new StringBuilder(text) : out;
    for (int j = start + lastFour; j < start + lastFour + 4; j++) {
      masked.setCharAt(at[j], '*');
    }
    return masked;
  }

  private static int digit(CharSequence text, int at) {
    return Character.digit(text.charAt(at), 10);
  }

  /** The length of an escape {@code \}{@code u} and four hexadecimal digits. */
  private static final int ESCAPE_LENGTH = 6;

  /**
   * Whether an escape {@code \}{@code u} and four hexadecimal digits, as {@link #neutralise} writes
   * and JSON has, starts at {@code i} (and not after a backslash, which would escape its own). Its
   * digits are not part of any number. Every caller reads the text from its start and steps over
   * each escape whole, so it never lands inside one.
   */
  private static boolean isEscape(CharSequence text, int i) {
    return i + ESCAPE_LENGTH <= text.length() && text.charAt(i) == '\\' && text.charAt(i + 1) == 'u'
        && isHex(text, i + 2, i + ESCAPE_LENGTH) && (i == 0 || text.charAt(i - 1) != '\\');
  }

  private static boolean isHex(CharSequence text, int from, int to) {
    for (int k = from; k < to; k++) {
      if (Character.digit(text.charAt(k), 16) < 0 || text.charAt(k) > 'f') {
        return false;
      }
    }
    return true;
  }

  /**
   * The characters a personal identity number is written with between its digits, or could be
   * disguised by: dashes, hyphens and minus signs, {@code +}, white
   * space, and characters that show nothing (controls, format characters, default-ignorables).
   * Not {@code /} or {@code .}: they join paths, pointers, dates and decimals to the digits around
   * them.
   */
  private static boolean isSeparator(char c) {
    switch (c) {
      case '-': case '+':
      case '\u2010': case '\u2011': case '\u2012': case '\u2013': case '\u2014': case '\u2015': // dashes
      case '\u2212': case '\uFE63': case '\uFF0B': case '\uFF0D': // minus, small and full-width
        return true;
      default:
        // Every white-space character is a space character or an ISO control.
        return Character.isSpaceChar(c) || Character.isISOControl(c) || isInvisible(c);
    }
  }

  /**
   * Whether a code point shows nothing: a format character, or one of the other default-ignorable
   * code points of Unicode (combining grapheme joiner, Hangul fillers, variation selectors,
   * Mongolian free variation selectors, Khmer inherent vowels, the tag and variation-selector
   * supplements).
   */
  private static boolean isInvisible(int c) {
    return Character.getType(c) == Character.FORMAT || c == 0x034F || c == 0x115F || c == 0x1160
        || c == 0x17B4 || c == 0x17B5 || c >= 0x180B && c <= 0x180F || c == 0x3164 || c >= 0xFE00 && c <= 0xFE0F
        || c == 0xFFA0 || c >= 0xFFF0 && c <= 0xFFF8 || c >= 0xE0000 && c <= 0xE0FFF;
  }

  /**
   * Replaces every control, format, line-separator or paragraph-separator character, and every
   * unpaired surrogate, with a visible escape (see the class comment). Nothing else changes.
   *
   * @param text the text
   * @return the text with no character a terminal or viewer would obey
   */
  public static String neutralise(CharSequence text) {
    if (!hasUnsafeCharacters(text)) {
      return text.toString();
    }
    int length = text.length();
    StringBuilder out = new StringBuilder();
    int i = 0;
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
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      // Printable ASCII (space to tilde) is never escaped; everything else is looked up.
      if (c >= ' ' && c < ASCII_LAST) {
        i++;
      } else if (mustEscape(text, i)) {
        return true;
      } else {
        i += width(text, i);
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
   * Whether the character (or surrogate pair) at {@code i} must be escaped: see
   * {@link #mustBeShownEscaped(int)}; an unpaired surrogate must be too.
   */
  private static boolean mustEscape(CharSequence text, int i) {
    char c = text.charAt(i);
    if (Character.isSurrogate(c)) {
      return width(text, i) == 1 || mustBeShownEscaped(Character.toCodePoint(c, text.charAt(i + 1)));
    }
    return mustBeShownEscaped(c);
  }

  /**
   * Tells whether a code point is one that {@link #neutralise(CharSequence)} shows as an escape: a
   * control, format, line-separator or paragraph-separator character, or another code point that
   * shows nothing (see the class comment). Writers of other formats (the JSON writer of asf-json)
   * escape the same set.
   *
   * @param codePoint the code point; a surrogate on its own counts as one to escape
   * @return {@code true} when the code point must not be shown as it is
   */
  public static boolean mustBeShownEscaped(int codePoint) {
    switch (Character.getType(codePoint)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return true;
      default:
        return isInvisible(codePoint);
    }
  }
}
