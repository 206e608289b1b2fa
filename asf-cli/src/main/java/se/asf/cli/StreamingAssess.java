package se.asf.cli;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import se.asf.json.AsfJson;
import se.asf.json.base.AssessmentReportWriter;
import se.asf.json.base.BidderStream;
import se.asf.json.base.JsonProblem;
import se.asf.json.base.StreamedBidder;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.validation.InvalidInputException;

/**
 * {@code asf assess} over an input read as a stream (JSON Lines, and bidders documents larger than
 * the whole-document reader takes), and {@code asf screen} and {@code asf definition --input}, which
 * always stream ({@link StreamedRun}). Each bidder is read, assessed and written before the next is
 * read, so memory is bounded by the largest bidder (and by one section of the table and Markdown
 * reports), not by the file.
 *
 * <p>The report follows the input's order. JSON and JSON Lines reports are written one assessment at
 * a time; CSV row by row, with its header once; the table and Markdown reports in sections of
 * {@value #SECTION} bidders, each a complete table (with column widths of its own) followed by the
 * explanations of its bidders. A problem is written to standard error as soon as it is met. Unlike a
 * report read whole, a streamed report is not sorted and an identity given twice is assessed twice.
 */
final class StreamingAssess {
  /** The bidders of one section of a table or Markdown report. */
  static final int SECTION = 5_000;

  /** What the run met. */
  static final class Counts {
    long met;
    long assessed;
    long problems;
    boolean failOnHeld;
    boolean endedEarly;
    long rows;
    long skippedRows;
    long refusedRows;
  }

  private final String file;
  private final List<RuleSet> rules;
  private final LocalDate asOf;
  private final FailOn failOn;
  private final boolean strict;
  private final PrintWriter err;
  private final Locale locale;
  private final StreamProgress progress;
  private final Counts counts = new Counts();

  /**
   * @param rules the rule sets each bidder is assessed under, in order: one for a procurement, the
   *     definition and maybe a profile for {@code asf definition}
   */
  StreamingAssess(String file, List<RuleSet> rules, LocalDate asOf, FailOn failOn, boolean strict, PrintWriter err,
      Locale locale, StreamProgress progress) {
    this.file = file;
    this.rules = List.copyOf(rules);
    this.asOf = asOf;
    this.failOn = failOn;
    this.strict = strict;
    this.err = err;
    this.locale = locale;
    this.progress = progress;
  }

  Counts counts() {
    return counts;
  }

  /** An input that counts the bytes read from it. */
  static final class Counting extends FilterInputStream {
    final long size;
    volatile long read;

    Counting(InputStream in, long size) {
      super(in);
      this.size = size;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        read++;
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = super.read(bytes, offset, length);
      if (n > 0) {
        read += n;
      }
      return n;
    }
  }

  /**
   * How the sections of a table, Markdown or CSV report are written: those of {@code assess}
   * ({@link #bidders}) or of {@code definition}. A section holds the assessments of whole bidders,
   * each bidder's under every rule set in turn.
   */
  interface Layout {
    /** Writes a section of a table report, after the title. */
    void table(List<Assessment> section, PrintWriter out);

    /** Writes a section of a Markdown report under its title. */
    void markdown(String title, List<Assessment> section, PrintWriter out);

    /** Writes a section of a CSV report, after the header row when {@code header}. */
    void csv(List<Assessment> section, boolean header, PrintWriter out);
  }

  /** The sections of {@code asf assess}: one row per bidder, then the explanations. */
  static Layout bidders(Locale locale, CliMessages messages) {
    return new Layout() {
      @Override
      public void table(List<Assessment> section, PrintWriter out) {
        out.println();
        AssessmentTable.print(section, locale, messages, out);
        AssessmentTable.printWarnings(section, locale, messages, out);
        AssessmentTable.printExplanations(section, locale, messages, out);
      }

      @Override
      public void markdown(String title, List<Assessment> section, PrintWriter out) {
        MarkdownReport.bidders(title, section, locale, messages, out);
      }

      @Override
      public void csv(List<Assessment> section, boolean header, PrintWriter out) {
        CsvReport.write(section, locale, messages, out, header);
      }
    };
  }

  /**
   * The report body: it reads the bidders, assesses each one and writes the report as it goes.
   *
   * @param stream the bidders
   * @param format the report format: table, json, jsonl, markdown or csv
   * @param title the title of the table and Markdown reports
   * @param json the JSON writer
   * @param messages the tool's messages
   * @param layout how the sections of a table, Markdown or CSV report are written
   */
  ReportOutput.Body body(Source stream, Format format, String title, AsfJson json, CliMessages messages,
      Layout layout) {
    ReportOutput.Body text = switch (format) {
      case json, jsonl -> out -> {
        ReportOutput.LineDecoder bytes = new ReportOutput.LineDecoder(out);
        try (AssessmentReportWriter writer = format == Format.json
            ? json.assessmentReportWriter(bytes) : json.assessmentLinesWriter(bytes)) {
          each(stream, writer::write);
        } finally {
          bytes.flush();
        }
      };
      case csv -> ReportOutput.Body.withByteOrderMark(out -> sections(stream, (section, first) ->
          layout.csv(section, first, out)));
      case markdown -> out -> sections(stream, (section, first) -> layout.markdown(
          first ? title : messages.get("report.section", title, counts.assessed - section.size() / rules.size() + 1,
              counts.assessed), section, out));
      default -> out -> {
        out.println(title);
        sections(stream, (section, first) -> layout.table(section, out));
      };
    };
    return format == Format.json || format == Format.jsonl ? ReportOutput.Body.json(text) : text;
  }

  /** The body of {@code asf screen}: CSV with a byte order mark, row by row ({@link CsvReport#screen}). */
  ReportOutput.Body screenBody(Source stream, CliMessages messages) {
    return ReportOutput.Body.withByteOrderMark(out -> sections(stream, (section, first) ->
        CsvReport.screen(section, locale, messages, out, first)));
  }

  /** Writes one section of a report. */
  @FunctionalInterface
  private interface Section {
    void write(List<Assessment> section, boolean first);
  }

  private void sections(Source stream, Section section) {
    List<Assessment> window = new ArrayList<>();
    boolean[] first = {true};
    each(stream, assessment -> {
      window.add(assessment);
      // A bidder's assessments come together, so a full window ends with a whole bidder.
      if (window.size() == SECTION * rules.size()) {
        section.write(window, first[0]);
        first[0] = false;
        window.clear();
      }
    });
    if (!window.isEmpty() || first[0]) {
      section.write(window, first[0]);
    }
  }

  /** Where the bidders come from: it hands on each bidder, and each problem, as it reads them. */
  @FunctionalInterface
  interface Source {
    /** Reads the input to its end, or until a consumer throws. */
    void read(Consumer<Bidder> bidders, Consumer<InputProblem> problems);
  }

  /** The bidders of a JSON document or of JSON Lines; problems name the line, and the pointer. */
  static Source json(BidderStream stream, boolean lines, String file, Counts counts) {
    return (bidders, problems) -> {
      while (hasNext(stream)) {
        StreamedBidder item = stream.next();
        counts.met = item.endsStream() ? item.getIndex() : item.getIndex() + 1;
        if (item.isRead()) {
          bidders.accept(Bidder.fromStream(item.getEnterprise().orElseThrow(), lines ? "" : "/bidders/"
              + item.getIndex(), item.getLine()));
        }
        for (JsonProblem problem : item.getProblems()) {
          String pointer = problem.getPointer().isEmpty() ? null : problem.getPointer();
          problems.accept(InputProblem.ofLine(file, item.getLine(), pointer, problem::getMessage));
        }
        counts.endedEarly |= item.endsStream();
      }
    };
  }

  /** The bidders of a CSV file, chunk by chunk ({@link BidderCsv#stream}). */
  static Source csv(String file, InputStream in, BidderCsv.Options options, Counts counts) {
    return (bidders, problems) -> {
      try {
        BidderCsv.stream(file, in, options, SECTION, result -> {
          counts.rows += result.rows;
          counts.skippedRows += result.skippedRows;
          result.problems.forEach(problems);
          result.bidders.forEach(bidders);
        });
      } catch (InputFileException e) {
        throw new FileRefused(e);
      }
    };
  }

  /** The file was refused before its first bidder, as a file read whole is: nothing is written. */
  static final class FileRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient InputFileException refusal;

    FileRefused(InputFileException refusal) {
      super("refused", null, false, false);
      this.refusal = refusal;
    }
  }

  /** Reads, assesses and hands on every bidder; stops on an interrupt, or at the first problem with --strict. */
  private void each(Source source, Consumer<Assessment> sink) {
    source.read(bidder -> {
      if (Interrupts.requested()) {
        throw new Interrupts.Stopped();
      }
      try {
        List<Assessment> assessments = assess(bidder);
        counts.assessed++;
        if (failOn != null && !counts.failOnHeld) {
          counts.failOnHeld = failOn.holds(assessments);
        }
        assessments.forEach(sink);
      } catch (InvalidInputException e) {
        counts.refusedRows += bidder.rowCount();
        report(bidder.problem(file, e::getMessage));
      }
      progress.advance();
    }, this::report);
  }

  /**
   * Assesses a bidder under every rule set before any assessment is handed on, so that a bidder
   * that one of them refuses is not half reported.
   */
  private List<Assessment> assess(Bidder bidder) {
    if (rules.size() == 1) {
      return List.of(rules.get(0).assess(bidder.enterprise(), asOf));
    }
    List<Assessment> assessments = new ArrayList<>(rules.size());
    for (RuleSet ruleSet : rules) {
      assessments.add(ruleSet.assess(bidder.enterprise(), asOf));
    }
    return assessments;
  }

  private static boolean hasNext(BidderStream stream) {
    try {
      return stream.hasNext();
    } catch (java.io.UncheckedIOException e) {
      throw new InputFailed(e.getCause());
    }
  }

  /** The input could not be read on. */
  static final class InputFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    InputFailed(IOException cause) {
      super(cause.getMessage(), cause, false, false);
    }
  }

  private void report(InputProblem problem) {
    if (Interrupts.requested()) {
      throw new Interrupts.Stopped();
    }
    counts.problems++;
    progress.clear();
    err.println(problem.render(locale));
    err.flush();
    if (strict) {
      throw new Refused();
    }
  }

  /** Thrown out of the loop at the first problem with {@code --strict}: no report file is written. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused() {
      super("refused", null, false, false);
    }
  }
}
