package se.asf.cli;

import java.io.IOException;
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
 * <p>{@link #flush()} writes complete lines, and of an unfinished line all but a tail that could be
 * the start of an identity number; {@link #finish()} and {@link #close()} write everything. Write errors are not swallowed: they
 * propagate as {@link IOException}, which a {@link java.io.PrintWriter} records for
 * {@code checkError()}.
 */
final class SafeWriter extends Writer {
  /** A personal identity number with separator is 13 characters; text held back at a flush. */
  private static final int HELD_AT_FLUSH = 13;

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
      int keep = 0;
      while (keep < line.length() && keep < HELD_AT_FLUSH && isNumberPart(line.charAt(line.length() - 1 - keep))) {
        keep++;
      }
      if (line.length() > keep) {
        // What precedes the held tail ends in a letter, so no number runs across the cut.
        String head = line.substring(0, line.length() - keep);
        out.write(safe(head));
        line.delete(0, head.length());
      }
      out.flush();
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

  /** A digit, separator or anything else but a letter: what could belong to an unfinished number. */
  private static boolean isNumberPart(char c) {
    return !Character.isLetter(c);
  }

  /** Masks personal identity numbers inside the string values of one line of JSON. */
  static final class JsonStrings {
    private JsonStrings() {}

    static String redact(CharSequence line) {
      StringBuilder out = new StringBuilder(line.length());
      int i = 0;
      while (i < line.length()) {
        char c = line.charAt(i);
        if (c != '"') {
          out.append(c);
          i++;
          continue;
        }
        int end = i + 1;
        while (end < line.length() && line.charAt(end) != '"') {
          end += line.charAt(end) == '\\' ? 2 : 1;
        }
        end = Math.min(end, line.length());
        out.append('"').append(redactValue(line.subSequence(i + 1, end)));
        if (end < line.length()) {
          out.append('"');
        }
        i = end + 1;
      }
      return out.toString();
    }

    /**
     * Masks the numbers in one string value as written, escapes left as they are: an escape ends
     * the text before it, so that the hex digits of {@code \u0095} never join the digits after it
     * into a longer run that would hide a personnummer from the mask.
     */
    private static String redactValue(CharSequence value) {
      StringBuilder out = new StringBuilder(value.length());
      int start = 0;
      int i = 0;
      while (i < value.length()) {
        if (value.charAt(i) != '\\') {
          i++;
          continue;
        }
        out.append(SafeText.redact(value.subSequence(start, i)));
        int escapeEnd = Math.min(value.length(),
            i + 1 < value.length() && value.charAt(i + 1) == 'u' ? i + 6 : i + 2);
        out.append(value, i, escapeEnd);
        start = escapeEnd;
        i = escapeEnd;
      }
      out.append(SafeText.redact(value.subSequence(start, value.length())));
      return out.toString();
    }
  }
}
