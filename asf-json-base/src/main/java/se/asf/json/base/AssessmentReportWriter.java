package se.asf.json.base;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;
import se.asf.json.base.internal.DocumentCodec;
import se.asf.rules.Assessment;

/**
 * Writes an assessment report one assessment at a time, so that a report of any length is never held
 * whole ({@link AsfJsonDocuments#assessmentReportWriter(OutputStream)},
 * {@link AsfJsonDocuments#assessmentLinesWriter(OutputStream)}). Two forms:
 *
 * <ul>
 *   <li><b>a report document</b>, the same bytes {@link AsfJsonDocuments#writeAssessmentReport(java.util.List)}
 *       writes for the same assessments: the start of the document is written at once, each assessment
 *       as it comes, and the end by {@link #close()};
 *   <li><b>JSON Lines</b>: each assessment on a line of its own, as one element of a report's
 *       {@code assessments} array (report format {@value DocumentCodec#ASSESSMENT_REPORT_FORMAT_VERSION}),
 *       without indentation.
 * </ul>
 *
 * <p>Each assessment is written whole or not at all: one that cannot be written
 * ({@link AsfJsonException}) leaves nothing behind. Closing ends the document even when the run that
 * fed the writer failed halfway, so with try-with-resources the report written so far is always a
 * well-formed document. The output stream is flushed after each assessment and is not closed.
 *
 * <p>Not thread-safe. Needs asf-rules.
 */
public final class AssessmentReportWriter implements Closeable {
  private static final byte[] START = ("{\n  \"" + DocumentCodec.FORMAT_VERSION_PROPERTY + "\": "
      + DocumentCodec.ASSESSMENT_REPORT_FORMAT_VERSION + ",\n  \"assessments\": [").getBytes(StandardCharsets.UTF_8);

  private final OutputStream out;
  private final boolean lines;
  private final Function<Assessment, byte[]> canonical;
  private long written;
  private boolean closed;

  /** {@code canonical} writes one assessment's canonical text, with its final line end. */
  AssessmentReportWriter(OutputStream out, boolean lines, Function<Assessment, byte[]> canonical) {
    this.out = Objects.requireNonNull(out, "out");
    this.lines = lines;
    this.canonical = canonical;
    if (!lines) {
      emit(START);
    }
  }

  /**
   * Writes one assessment.
   *
   * @param assessment the assessment
   * @throws AsfJsonException if a value cannot be written; nothing is written then
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalStateException if the writer is closed
   */
  public void write(Assessment assessment) {
    Objects.requireNonNull(assessment, "assessment");
    if (closed) {
      throw new IllegalStateException("the report is closed");
    }
    byte[] text = canonical.apply(assessment);
    emit(lines ? compact(text) : indented(text, written > 0));
    written++;
  }

  /**
   * Returns how many assessments were written.
   *
   * @return the count
   */
  public long getWritten() {
    return written;
  }

  /**
   * Ends the report document (a JSON Lines report needs no end) and flushes; the output stream is
   * not closed. Closing again does nothing.
   *
   * @throws UncheckedIOException if the stream fails
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!lines) {
      emit((written > 0 ? "\n  ]\n}\n" : "]\n}\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private void emit(byte[] bytes) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The canonical text as an element of the report's array: two levels deeper. */
  private static byte[] indented(byte[] text, boolean comma) {
    // Strings hold no raw line end (they are escaped), so every line feed is the layout's own.
    int length = text.length - 1;
    int feeds = 0;
    for (int i = 0; i < length; i++) {
      if (text[i] == '\n') {
        feeds++;
      }
    }
    byte[] element = new byte[(comma ? 1 : 0) + 5 + length + feeds * 4];
    int at = 0;
    if (comma) {
      element[at++] = ',';
    }
    at = indent(element, at);
    for (int i = 0; i < length; i++) {
      element[at++] = text[i];
      if (text[i] == '\n') {
        at = indent(element, at - 1);
      }
    }
    return element;
  }

  private static int indent(byte[] element, int at) {
    element[at++] = '\n';
    for (int i = 0; i < 4; i++) {
      element[at++] = ' ';
    }
    return at;
  }

  /** The canonical text without its layout: no whitespace outside strings, one line. */
  private static byte[] compact(byte[] text) {
    byte[] line = new byte[text.length];
    int at = 0;
    boolean string = false;
    boolean escape = false;
    for (byte b : text) {
      if (string) {
        if (escape) {
          escape = false;
        } else if (b == '\\') {
          escape = true;
        } else if (b == '"') {
          string = false;
        }
      } else if (b == '"') {
        string = true;
      } else if (b == ' ' || b == '\n') {
        continue;
      }
      line[at++] = b;
    }
    line[at++] = '\n';
    return java.util.Arrays.copyOf(line, at);
  }
}
