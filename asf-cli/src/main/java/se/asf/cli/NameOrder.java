package se.asf.cli;

import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.Locale;

/**
 * Sort keys for names in Swedish alphabetical order: the order of the JDK's {@code sv-SE}
 * {@link Collator} at tertiary strength (å, ä, ö after z; case and accents break ties).
 *
 * <p>A key is a string whose {@link String#compareTo} order is the collator's order: the chars of
 * the collator's own {@link java.text.CollationKey} (its {@link java.text.CollationKey#toByteArray()
 * bytes}, most significant first, are those chars). The collator builds a key by walking the name's
 * collation elements, which is most of the cost of sorting a large report. For a name made only of
 * {@linkplain #isFast characters that the collator maps one by one} the key is put together from
 * each character's parts instead, which gives the same chars: {@code NameOrderTest} compares the
 * two on every pair of those characters and on random names. Any other name goes to the collator.
 *
 * <p>The collator's key of a name, with {@code sv-SE}'s rules (no French accent order), is the
 * primary order of every collation element, a 0, the secondary orders, a 0, and the tertiary
 * orders. Each part of a character listed here is the same wherever the character stands: none
 * starts or continues a contraction (Swedish contracts a letter with a combining mark, which is not
 * listed), so the key of a name is each part of its characters, joined.
 *
 * <p>Instances are not thread-safe (the collator is not), and cheap: each command makes its own.
 */
final class NameOrder {
  /** The characters keyed by parts: printable ASCII and the printable part of Latin-1. */
  private static final char FIRST = ' ';
  private static final char LAST = '\u00FF';

  private final RuleBasedCollator collator;
  private final String[] primary = new String[LAST + 1];
  private final String[] secondary = new String[LAST + 1];
  private final String[] tertiary = new String[LAST + 1];

  NameOrder() {
    collator = (RuleBasedCollator) Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    collator.setStrength(Collator.TERTIARY);
    for (char c = FIRST; c <= LAST; c++) {
      if (isFast(c)) {
        String key = collatorKey(String.valueOf(c));
        int first = key.indexOf('\0');
        int second = key.indexOf('\0', first + 1);
        primary[c] = key.substring(0, first);
        secondary[c] = key.substring(first + 1, second);
        tertiary[c] = key.substring(second + 1);
      }
    }
  }

  /**
   * Whether a character's parts of a key are the same wherever it stands in a name: printable ASCII
   * and Latin-1 from U+00A0 to U+00FF.
   */
  static boolean isFast(char c) {
    return c >= FIRST && c < '\u007F' || c >= '\u00A0' && c <= LAST;
  }

  /**
   * The sort key of a name.
   *
   * @param name the name
   * @return a key that compares with other keys of this order as the names do
   */
  String key(String name) {
    int length = name.length();
    for (int i = 0; i < length; i++) {
      if (!isFast(name.charAt(i))) {
        return collatorKey(name);
      }
    }
    StringBuilder key = new StringBuilder(length * 3 + 2);
    for (int i = 0; i < length; i++) {
      key.append(primary[name.charAt(i)]);
    }
    key.append('\0');
    for (int i = 0; i < length; i++) {
      key.append(secondary[name.charAt(i)]);
    }
    key.append('\0');
    for (int i = 0; i < length; i++) {
      key.append(tertiary[name.charAt(i)]);
    }
    return key.toString();
  }

  /** The collator's own key of a name, as chars. */
  String collatorKey(String name) {
    byte[] bytes = collator.getCollationKey(name).toByteArray();
    char[] chars = new char[bytes.length / 2];
    for (int i = 0; i < chars.length; i++) {
      chars[i] = (char) ((bytes[2 * i] & 0xFF) << 8 | bytes[2 * i + 1] & 0xFF);
    }
    return new String(chars);
  }
}
