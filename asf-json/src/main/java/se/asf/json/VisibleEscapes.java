package se.asf.json;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;

/**
 * The escapes of the documents this library writes: besides the C0 control characters that JSON
 * requires escaped, DEL, the C1 control characters, format characters (bidirectional overrides,
 * zero-width characters, the byte-order mark) and the line and paragraph separators are written as
 * {@code \}{@code uXXXX}. A document shown in a terminal or an editor then cannot drive it or reorder
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
    int type = Character.getType(ch);
    boolean escaped = type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
    if (!escaped || ch > 0xFFFF) {
      return null;
    }
    return new SerializedString(String.format(java.util.Locale.ROOT, "\\u%04X", ch));
  }
}
