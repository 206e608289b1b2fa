package se.asf.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.AsfJson;
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

  @Mixin
  StreamOptions streaming;

  private final Clock clock;
  private final boolean terminal;

  ScreenCommand(Clock clock, boolean terminal) {
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    AsfJson json = AsfJson.builder().clock(clock).build();
    ReservedProcurement procurement;
    try {
      procurement = InputFiles.procurement(json, procurementFile);
    } catch (InputFileException e) {
      return StreamedRun.refuse(e.problems(), spec.commandLine().getErr(), locale, messages, "assess.refused");
    }
    ReportOptions report = new ReportOptions();
    report.output = output;
    return new StreamedRun(parent, spec, input, streaming, terminal).run(json,
        List.of(ProcurementRules.forProcurement(procurement)), procurement.getTenderDeadline(),
        AssessCommand.csvOptions(procurement, clock), report, false, false,
        (run, source) -> run.screenBody(source, messages));
  }
}
