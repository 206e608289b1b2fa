package se.asf.cli;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import se.asf.rules.Assessment;

/** Orders reports and writes them to standard output or to a file. */
final class ReportOutput {
  private ReportOutput() {}

  /**
   * Sorts assessments by subject name in Swedish alphabetical order (å, ä, ö last), then by identity;
   * the sort is stable, so two runs on the same input give the same report whatever the input order.
   */
  static List<Assessment> sorted(List<Assessment> assessments) {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    collator.setStrength(Collator.TERTIARY);
    List<Keyed> keyed = new ArrayList<>(assessments.size());
    for (Assessment assessment : assessments) {
      keyed.add(new Keyed(collator.getCollationKey(assessment.getSubjectName()), assessment));
    }
    keyed.sort(Comparator.comparing((Keyed k) -> k.key)
        .thenComparing(k -> k.assessment.getSubjectName())
        .thenComparing(k -> k.assessment.getSubjectIdentity()));
    List<Assessment> sorted = new ArrayList<>(keyed.size());
    keyed.forEach(k -> sorted.add(k.assessment));
    return sorted;
  }

  private static final class Keyed {
    final CollationKey key;
    final Assessment assessment;

    Keyed(CollationKey key, Assessment assessment) {
      this.key = key;
      this.assessment = assessment;
    }
  }

  /**
   * A report body: it writes itself as text, or as UTF-8 bytes, which for a large JSON report saves
   * holding it as a string.
   */
  interface Body {
    /** Writes the report as text. */
    void text(PrintWriter out);

    /** Writes the report as UTF-8 bytes. */
    default void bytes(OutputStream out) throws IOException {
      PrintWriter writer = new PrintWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
      text(writer);
      writer.flush();
      if (writer.checkError()) {
        throw new IOException("the report could not be written");
      }
    }
  }

  /**
   * Writes a report: to the file when one is given, replacing it only once the whole report is
   * written (through a temporary file beside it); otherwise to standard output.
   */
  static void write(Body body, Path output, PrintWriter out) throws IOException {
    if (output == null) {
      body.text(out);
      out.flush();
      return;
    }
    Path absolute = output.toAbsolutePath();
    Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
    try {
      try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        body.bytes(file);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
