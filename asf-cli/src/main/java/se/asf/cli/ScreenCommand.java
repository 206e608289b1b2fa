package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.AsfJson;
import se.asf.json.base.BidderStream;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/**
 * {@code asf screen}: the register's fast path. It assesses every organisation of a file against a
 * reserved procurement as {@code assess} does, always streamed and in the file's order, but writes
 * only what a coordinator needs, one CSV row per organisation: name, identity, overall outcome, the
 * rules not met, the nearest centre and its distance ({@link CsvReport#screen}). No finding's message
 * is read, so none is formatted, and the radius rule decides each site with its {@code RadiusScreen},
 * computing an exact distance only for the site shown.
 */
@Command(name = "screen", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Screen a register against a reserved procurement: one CSV row per organisation with its"
        + " identity, outcome, the rules not met, and the nearest centre and distance.", "",
        "The organisations: JSON Lines (*.jsonl), an asf-json bidders document (*.json) or a CSV file, as for"
            + " assess; always streamed, in the file's order. The CSV has ; and decimal commas in Swedish, , and"
            + " points in English, and a byte order mark."},
    footer = {"", "Exit codes: 0 every organisation screened, whatever the outcomes; 1 internal or I/O error;"
        + " 2 usage error; 3 invalid input (a file refused, or organisations skipped: the rows cover the rest);"
        + " 130 stopped by Ctrl-C (no report file is left)."})
final class ScreenCommand implements Callable<Integer> {
  @ParentCommand
  AsfCli parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--procurement", required = true, paramLabel = "FILE",
      description = "The reserved procurement: an asf-json procurement document.")
  Path procurementFile;

  @Option(names = {"--input", "--bidders"}, required = true, paramLabel = "FILE",
      description = "The organisations: JSON Lines (*.jsonl), an asf-json bidders document (*.json) or a CSV"
          + " file (any other name).")
  Path input;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the rows to FILE (replaced only once complete) instead of standard output.")
  Path output;

  @Option(names = "--max-bidders", paramLabel = "N", defaultValue = "2000000",
      description = "Read at most N organisations (default 2000000); the reading stops there with exit code 3.")
  long maxBidders;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress line on standard error (organisations done, rate, time left); by default"
          + " only when the tool runs in a terminal.")
  Boolean progress;

  private final Clock clock;
  private final boolean terminal;

  ScreenCommand(Clock clock, boolean terminal) {
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter err = spec.commandLine().getErr();
    if (maxBidders < 0) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--max-bidders must be 0 or more");
    }
    AsfJson json = AsfJson.builder().clock(clock).build();
    StreamedInput kind = StreamedInput.of(input);
    ReservedProcurement procurement;
    StreamingAssess.Counting in;
    try {
      procurement = InputFiles.procurement(json, procurementFile);
      in = InputFiles.stream(input);
    } catch (InputFileException e) {
      return refuse(e.problems(), err, locale, messages);
    }
    RuleSet rules = ProcurementRules.forProcurement(procurement);
    LocalDate asOf = procurement.getTenderDeadline();
    StreamProgress shown = new StreamProgress(parent.progressErr(), messages, progress != null ? progress : terminal,
        () -> in.read, in.size);
    StreamingAssess run = new StreamingAssess(input.toString(), rules, asOf, null, false, err, locale, shown);
    String file = input.toString();
    int written;
    ReportOptions report = new ReportOptions();
    report.output = output;
    try (BidderStream stream = kind.open(json, in, maxBidders); in) {
      StreamingAssess.Source source = kind.source(stream, file, in, AssessCommand.csvOptions(procurement, clock),
          run.counts());
      written = report.write(run.screenBody(source, messages), parent, spec.commandLine().getOut(), err, locale);
    } catch (StreamingAssess.FileRefused e) {
      shown.finish();
      return refuse(e.refusal.problems(), err, locale, messages);
    } catch (Interrupts.Stopped e) {
      shown.finish();
      err.println(messages.get("assess.stopped"));
      err.flush();
      return ExitCodes.INTERRUPTED;
    } catch (StreamingAssess.InputFailed e) {
      shown.finish();
      err.println(InputProblem.ofFile(file, InputProblem.message("file.unreadable",
          e.getCause().getClass().getSimpleName())).render(locale));
      err.flush();
      return ExitCodes.SOFTWARE;
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
    return ExitCodes.OK;
  }

  private static int refuse(List<InputProblem> problems, PrintWriter err, Locale locale, CliMessages messages) {
    for (InputProblem problem : problems) {
      err.println(problem.render(locale));
    }
    err.println(messages.get("assess.refused"));
    err.flush();
    return ExitCodes.INVALID_INPUT;
  }
}
