package se.asf.json.base.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.Locale;
import se.asf.core.text.SafeText;

/**
 * Writes the canonical text of a document, the same bytes whichever Jackson major is in use:
 * properties in the order written, two-space indentation, {@code \n} line ends,
 * {@code "name": value}, {@code []} and {@code {}} when empty, UTF-8 and a final line end.
 *
 * <p>Besides what JSON requires ({@code "}, {@code \}, and the C0 controls, with the short escapes
 * {@code \b \t \n \f \r}), DEL and every character that asf-core's
 * {@link SafeText#mustBeShownEscaped(int)} names (C1 controls, format characters, line and
 * paragraph separators, characters that show nothing, and each half of a character outside the
 * Basic Multilingual Plane) are written as {@code \}{@code uXXXX}, so a document shown in a terminal
 * cannot drive it; read back, the text is the same.
 */
public final class JsonText implements TokenWriter {
  private final StringBuilder out = new StringBuilder();
  private final Deque<Frame> frames = new ArrayDeque<>();

  /** An open object or array: how many entries it has, and the last property name. */
  private static final class Frame {
    final boolean array;
    int entries;
    String name;

    Frame(boolean array) {
      this.array = array;
    }
  }

  @Override
  public void token(Token token, String text) {
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        beforeValue();
        out.append(token == Token.START_OBJECT ? '{' : '[');
        frames.push(new Frame(token == Token.START_ARRAY));
      }
      case END_OBJECT, END_ARRAY -> {
        if (frames.pop().entries > 0) {
          newLine();
        }
        out.append(token == Token.END_OBJECT ? '}' : ']');
      }
      case NAME -> {
        Frame frame = frames.element();
        entry(frame);
        frame.name = text;
        quote(text);
        out.append(": ");
      }
      case STRING -> {
        beforeValue();
        quote(text);
      }
      default -> {
        beforeValue();
        out.append(token == Token.TRUE ? "true" : token == Token.FALSE ? "false" : text);
      }
    }
  }

  /** Returns the document written, with its final line end. */
  public byte[] toBytes() {
    return (out + "\n").getBytes(StandardCharsets.UTF_8);
  }

  /** Returns where the writing stands, as a JSON Pointer: the names and indices of the open objects and arrays. */
  public String pointer() {
    StringBuilder pointer = new StringBuilder();
    for (Iterator<Frame> i = frames.descendingIterator(); i.hasNext(); ) {
      Frame frame = i.next();
      if (frame.array && frame.entries > 0) {
        pointer.append('/').append(frame.entries - 1);
      } else if (!frame.array && frame.name != null) {
        pointer.append('/').append(frame.name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return pointer.toString();
  }

  private void beforeValue() {
    Frame frame = frames.peek();
    if (frame != null && frame.array) {
      entry(frame);
    }
  }

  private void entry(Frame frame) {
    if (frame.entries++ > 0) {
      out.append(',');
    }
    newLine();
  }

  private void newLine() {
    out.append('\n');
    out.append("  ".repeat(frames.size()));
  }

  private void quote(String text) {
    out.append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\b' -> out.append("\\b");
        case '\t' -> out.append("\\t");
        case '\n' -> out.append("\\n");
        case '\f' -> out.append("\\f");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F || (c >= 0x80 && SafeText.mustBeShownEscaped(c))) {
            out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
