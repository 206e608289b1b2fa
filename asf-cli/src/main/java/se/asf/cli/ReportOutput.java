package se.asf.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.NoSuchFileException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;

/** Orders reports and writes them to standard output or to a file. */
final class ReportOutput {
  private ReportOutput() {}

  /**
   * Sorts bidders by name in Swedish alphabetical order (å, ä, ö last), then by their full identity,
   * so that two runs on the same input, in any order, give the same report.
   */
  static <T> List<T> sorted(List<T> items, Function<T, Enterprise> enterprise) {
    NameOrder order = new NameOrder();
    List<Keyed<T>> keyed = new ArrayList<>(items.size());
    for (T item : items) {
      Enterprise e = enterprise.apply(item);
      keyed.add(new Keyed<>(order.key(e.getName()), e.getName(), identityKey(e.getIdentity()), item));
    }
    keyed.sort(Comparator.comparing((Keyed<T> k) -> k.key).thenComparing(k -> k.name).thenComparing(k -> k.identity));
    List<T> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.item));
    return sorted;
  }

  /**
   * The full canonical identity, for grouping, ordering and comparing only: never printed, since it
   * may be a personnummer.
   */
  static String identityKey(SupplierIdentity identity) {
    return identity instanceof Personnummer ? "p" + ((Personnummer) identity).toUnmaskedString()
        : identity instanceof se.asf.core.identity.ForeignIdentifier ? "f" + identity : "o" + identity;
  }

  private static final class Keyed<T> {
    final String key;
    final String name;
    final String identity;
    final T item;

    Keyed(String key, String name, String identity, T item) {
      this.key = key;
      this.name = name;
      this.identity = identity;
      this.item = item;
    }
  }

  /** A report body: it writes itself as text, and says whether that text is a JSON document. */
  interface Body {
    /** Writes the report as text. */
    void text(PrintWriter out);

    /** Tells whether the report is a JSON document, which the output filter treats as JSON. */
    default boolean json() {
      return false;
    }

    /** Tells whether the report starts with a UTF-8 byte order mark, as a spreadsheet's CSV does. */
    default boolean byteOrderMark() {
      return false;
    }

    /** A text report body that starts with a byte order mark. */
    static Body withByteOrderMark(Body body) {
      return new Body() {
        @Override
        public void text(PrintWriter out) {
          body.text(out);
        }

        @Override
        public boolean byteOrderMark() {
          return true;
        }
      };
    }

    /**
     * A JSON report body, written as bytes by {@code writer}: the bytes reach the text output line by
     * line, so the report is never held as a string as well.
     */
    static Body jsonBytes(java.util.function.Consumer<OutputStream> writer) {
      return json(out -> {
        LineDecoder lines = new LineDecoder(out);
        writer.accept(lines);
        lines.flush();
      });
    }

    /** A JSON report body. */
    static Body json(Body body) {
      return new Body() {
        @Override
        public void text(PrintWriter out) {
          body.text(out);
        }

        @Override
        public boolean json() {
          return true;
        }
      };
    }
  }

  /**
   * Writes a report: to the file when one is given, replacing it only once the whole report is
   * written (through a temporary file beside it); otherwise to standard output. Either way it passes
   * through a {@link SafeWriter}.
   *
   * @param body the report
   * @param output the file, or null for standard output
   * @param out standard output, which writes through {@code filter}
   * @param filter the filter under {@code out}, switched to JSON mode for a JSON report
   * @throws IOException if the file cannot be written; an error on standard output is left to the
   *     caller, who checks {@code out} at the end of the run
   */
  static void write(Body body, Path output, PrintWriter out, SafeWriter filter) throws IOException {
    if (output == null) {
      out.flush();
      filter.json(body.json());
      try {
        if (body.byteOrderMark()) {
          filter.byteOrderMark();
        }
        body.text(out);
        out.flush();
        filter.finish();
      } catch (IOException standardOutput) {
        // Found again, and reported, at the end of the run, as for every other write to standard output.
      } finally {
        filter.json(false);
      }
      return;
    }
    Path absolute = output.toAbsolutePath();
    Path parent = absolute.getParent();
    if (parent == null || absolute.getFileName() == null) {
      throw new NoSuchFileException(output.toString());
    }
    // Created like any new file (the umask applies), then given the permissions of the file it replaces.
    Path temporary = parent.resolve("." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "."
        + System.nanoTime() + ".tmp");
    Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW).close();
    Interrupts.writing(temporary);
    try {
      if (Files.exists(absolute) && Files.getFileAttributeView(absolute, PosixFileAttributeView.class) != null) {
        Files.setPosixFilePermissions(temporary, Files.getPosixFilePermissions(absolute));
      }
      try (SafeWriter file = new SafeWriter(new BufferedWriter(
          new OutputStreamWriter(Files.newOutputStream(temporary), StandardCharsets.UTF_8)))) {
        file.json(body.json());
        if (body.byteOrderMark()) {
          file.byteOrderMark();
        }
        PrintWriter writer = new PrintWriter(file);
        body.text(writer);
        writer.flush();
        if (writer.checkError()) {
          throw new IOException("the report could not be written");
        }
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
      Interrupts.written(temporary);
    }
  }

  /**
   * Decodes UTF-8 bytes line by line onto a text output. A line feed never occurs inside a UTF-8
   * sequence, so every complete line decodes on its own; a malformed sequence becomes U+FFFD.
   */
  static final class LineDecoder extends OutputStream {
    private final PrintWriter out;
    private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

    LineDecoder(PrintWriter out) {
      this.out = out;
    }

    @Override
    public void write(int b) {
      line.write(b);
      if (b == '\n') {
        emit();
      }
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
      int start = offset;
      for (int i = offset; i < offset + length; i++) {
        if (bytes[i] == '\n') {
          line.write(bytes, start, i + 1 - start);
          emit();
          start = i + 1;
        }
      }
      line.write(bytes, start, offset + length - start);
    }

    @Override
    public void flush() {
      emit();
      out.flush();
    }

    private void emit() {
      if (line.size() > 0) {
        out.write(new String(line.toByteArray(), StandardCharsets.UTF_8));
        line.reset();
      }
    }
  }
}
