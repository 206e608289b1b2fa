package se.asf.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes of the documents this library writes: besides the C0 control characters that JSON
 * requires escaped, DEL, the C1 control characters, format characters (bidirectional overrides,
 * zero-width characters, the byte-order mark), other characters that show nothing, the line and
 * paragraph separators, and every character outside the Basic Multilingual Plane (as its surrogate
 * pair) are written as {@code \}{@code uXXXX}. A document shown in a terminal or an editor then cannot drive it or reorder
 * what is shown; read back, the text is the same.
 */
final class VisibleEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;

  private final int[] ascii;

  VisibleEscapes() {
    ascii = standardAsciiEscapesForJSON();
    ascii[0x7F] = ESCAPE_STANDARD;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii.clone();
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    // Jackson hands over UTF-16 units, so a supplementary character (an emoji, or an invisible tag
    // character) arrives as two surrogates: both are escaped, which JSON reads back as the character.
    boolean escaped = se.asf.core.text.SafeText.mustBeShownEscaped(ch);
    if (!escaped) {
      return null;
    }
    return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
  }
}
