package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import se.asf.json.AsfJson;
import se.asf.json.base.BidderStream;
import se.asf.rules.RuleSet;

/**
 * The streamed run that {@code assess}, {@code screen} and {@code definition} share: it opens the
 * input, reads it as a stream ({@link StreamedInput}), assesses each bidder ({@link StreamingAssess})
 * and writes the report as it goes, then says on standard error what the run met and gives its exit
 * code: 0; 3 when the file was refused before its first bidder, when bidders were skipped (the
 * report covers the rest), at the first problem with {@code --strict}, or when the file held no
 * bidder; 1 when the input or the report could not be read or written on; 4 when the
 * {@code --fail-on} condition held; 130 when stopped by Ctrl-C, with no report file left.
 */
final class StreamedRun {
  /** Makes a run's report body, reading and assessing as it is written. */
  @FunctionalInterface
  interface Report {
    /** The body that writes the report of {@code run} over {@code source}. */
    ReportOutput.Body body(StreamingAssess run, StreamingAssess.Source source);
  }

  private final AsfCli cli;
  private final CommandSpec spec;
  private final Path file;
  private final long maxBidders;
  private final boolean progress;

  /**
   * @param cli the tool, for its language and standard output
   * @param spec the command, for its standard output and error
   * @param file the input
   * @param options {@code --max-bidders} and {@code --progress}
   * @param terminal whether standard error is a terminal, where the progress line is drawn by default
   */
  StreamedRun(AsfCli cli, CommandSpec spec, Path file, StreamOptions options, boolean terminal) {
    this.cli = cli;
    this.spec = spec;
    this.file = file;
    this.maxBidders = options.maxBidders(spec);
    this.progress = options.progress(terminal);
  }

  /**
   * Runs the assessment.
   *
   * @param json the JSON reader and writer
   * @param rules the rule sets each bidder is assessed under
   * @param asOf the date of the assessment
   * @param csv the CSV reader's options
   * @param report where the report goes, and {@code --fail-on}
   * @param strict whether the run stops at the first problem and writes no report
   * @param emptyRefused whether an input without bidders is refused (exit code 3)
   * @param body the report body
   * @return the exit code
   */
  int run(AsfJson json, List<RuleSet> rules, LocalDate asOf, BidderCsv.Options csv, ReportOptions report,
      boolean strict, boolean emptyRefused, Report body) {
    CliMessages messages = cli.language.messages();
    Locale locale = cli.language.locale();
    PrintWriter err = spec.commandLine().getErr();
    String name = file.toString();
    StreamingAssess.Counting input;
    try {
      input = InputFiles.stream(file);
    } catch (InputFileException e) {
      return refuse(e.problems(), err, locale, messages, "assess.refused");
    }
    StreamedInput kind = StreamedInput.of(file);
    StreamProgress shown = new StreamProgress(cli.progressErr(), messages, progress, () -> input.read, input.size);
    StreamingAssess run = new StreamingAssess(name, rules, asOf, report.failOn, strict, err, locale, shown);
    int written;
    try (BidderStream stream = kind.open(json, input, maxBidders); input) {
      StreamingAssess.Source source = kind.source(stream, name, input, csv, run.counts());
      written = report.write(body.body(run, source), cli, spec.commandLine().getOut(), err, locale);
    } catch (StreamingAssess.FileRefused e) {
      shown.finish();
      return refuse(e.refusal.problems(), err, locale, messages, "assess.refused");
    } catch (IOException e) {
      // Closing the input failed; what was read was reported.
      written = ExitCodes.OK;
    } catch (Interrupts.Stopped e) {
      return stop(shown, err, messages.get("assess.stopped"), ExitCodes.INTERRUPTED);
    } catch (StreamingAssess.Refused e) {
      return stop(shown, err, messages.get("assess.strict"), ExitCodes.INVALID_INPUT);
    } catch (StreamingAssess.InputFailed e) {
      return stop(shown, err, InputProblem.ofFile(name, InputProblem.message("file.unreadable",
          e.getCause().getClass().getSimpleName())).render(locale), ExitCodes.SOFTWARE);
    }
    shown.finish();
    if (written != ExitCodes.OK) {
      return written;
    }
    StreamingAssess.Counts counts = run.counts();
    if (counts.problems > 0) {
      err.println(kind == StreamedInput.CSV
          ? messages.get("assess.partial.csv", counts.assessed, counts.skippedRows + counts.refusedRows, counts.rows)
          : messages.get("assess.streamed", counts.assessed, counts.met));
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    if (emptyRefused && counts.assessed == 0) {
      return refuse(List.of(InputProblem.ofFile(name, InputProblem.message("assess.none"))), err, locale, messages,
          "assess.refused");
    }
    return counts.failOnHeld ? ExitCodes.FAIL_ON : ExitCodes.OK;
  }

  private static int stop(StreamProgress shown, PrintWriter err, String message, int exitCode) {
    shown.finish();
    err.println(message);
    err.flush();
    return exitCode;
  }

  /**
   * Lists the problems on standard error, then the summary line.
   *
   * @return {@link ExitCodes#INVALID_INPUT}
   */
  static int refuse(List<InputProblem> problems, PrintWriter err, Locale locale, CliMessages messages,
      String summary) {
    for (InputProblem problem : problems) {
      err.println(problem.render(locale));
    }
    err.println(messages.get(summary));
    err.flush();
    return ExitCodes.INVALID_INPUT;
  }
}
