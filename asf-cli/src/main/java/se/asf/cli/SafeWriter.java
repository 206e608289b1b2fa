package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import se.asf.core.text.SafeText;

/**
 * The one path by which the tool's text reaches a person: standard output, standard error and
 * report files. It holds text back until a line is complete, then writes the line made safe:
 *
 * <ul>
 *   <li>in text mode, with every personal identity number masked and every control character shown
 *       as an escape ({@link SafeText#display(CharSequence)}); only the line ends themselves stay;
 *   <li>in JSON mode, with personal identity numbers masked inside string values only, so numbers
 *       and the document's structure are left exactly as written (JSON already escapes control
 *       characters).
 * </ul>
 *
 * <p>So whatever a message or picocli echoes of an argument, a file or standard input, no line
 * written carries a whole personnummer or a raw control character. Fields that come from the input
 * and could hold a line break are made safe before they are placed in a line, by the reports and
 * {@link InputProblem}; this writer is the net under them.
 *
 * <p>Complete lines are written at once; an unfinished line is held until it ends or until
 * {@link #finish()} or {@link #close()}, since a number could run on in the next write. Write errors
 * are not swallowed: they propagate as {@link IOException}, also when the writer underneath is a
 * {@link PrintWriter}, which only records them; a {@link PrintWriter} over this writer records them
 * in turn for {@code checkError()}.
 */
final class SafeWriter extends Writer {
  private final Writer out;
  private final StringBuilder line = new StringBuilder();
  private boolean json;

  SafeWriter(Writer out) {
    super(out);
    this.out = out;
  }

  /**
   * Switches between text mode (the default) and JSON mode, from the next line on.
   *
   * @param json whether what follows is a JSON document
   */
  void json(boolean json) {
    synchronized (lock) {
      this.json = json;
    }
  }

  /**
   * Writes a UTF-8 byte order mark (U+FEFF), which text mode would show as an escape; only at the
   * start of a line, as the first character of a document.
   *
   * @throws IOException if it cannot be written
   * @throws IllegalStateException if part of a line is held
   */
  void byteOrderMark() throws IOException {
    synchronized (lock) {
      if (line.length() > 0) {
        throw new IllegalStateException("a byte order mark belongs before any text");
      }
      out.write('\uFEFF');
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    synchronized (lock) {
      for (int i = offset; i < offset + length; i++) {
        char c = chars[i];
        if (c == '\n') {
          boolean crlf = line.length() > 0 && line.charAt(line.length() - 1) == '\r';
          if (crlf) {
            line.setLength(line.length() - 1);
          }
          out.write(safe(line));
          out.write(crlf ? "\r\n" : "\n");
          line.setLength(0);
        } else {
          line.append(c);
        }
      }
    }
  }

  @Override
  public void flush() throws IOException {
    synchronized (lock) {
      // An unfinished line stays held: a number could run on in the next write.
      out.flush();
      checkError();
    }
  }

  /** A PrintWriter records errors instead of throwing them; this writer passes them on. */
  private void checkError() throws IOException {
    if (out instanceof PrintWriter && ((PrintWriter) out).checkError()) {
      throw new IOException("the output cannot be written");
    }
  }

  /**
   * Writes all text held back, even an unfinished line, and flushes; for the end of a run, when the
   * stream itself stays open.
   *
   * @throws IOException if the text cannot be written
   */
  void finish() throws IOException {
    synchronized (lock) {
      if (line.length() > 0) {
        out.write(safe(line));
        line.setLength(0);
      }
      out.flush();
      checkError();
    }
  }

  @Override
  public void close() throws IOException {
    synchronized (lock) {
      finish();
      out.close();
    }
  }

  private String safe(CharSequence text) {
    return json ? JsonStrings.redact(text) : SafeText.display(text);
  }

  /**
   * Masks personal identity numbers inside the string values of one line of JSON; the digits of a
   * {@code \}{@code uXXXX} escape belong to no number ({@link SafeText#redact}).
   */
  static final class JsonStrings {
    private JsonStrings() {}

    static String redact(CharSequence line) {
      String text = line.toString();
      // Created at the first string value that changes: most lines have none, and are returned as they are.
      StringBuilder out = null;
      int copied = 0;
      int i = 0;
      while (i < text.length()) {
        if (text.charAt(i) != '"') {
          i++;
          continue;
        }
        int end = i + 1;
        while (end < text.length() && text.charAt(end) != '"') {
          end += text.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end, text.length());
        String value = text.substring(i + 1, end);
        String redacted = SafeText.redact(value);
        if (!redacted.equals(value)) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copied, i + 1).append(redacted);
          copied = end;
        }
        i = end + 1;
      }
      return out == null ? text : out.append(text, copied, text.length()).toString();
    }
  }
}
