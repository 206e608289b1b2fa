package se.asf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.definition.SkoopiProfile;
import se.asf.rules.definition.TillvaxtverketDefinition;
import se.asf.rules.validation.InvalidInputException;

/**
 * {@code asf definition}: assesses one enterprise ({@code --enterprise}), or every enterprise of a
 * register ({@code --input}), against Tillväxtverket's ASF definition and, with
 * {@code --profile skoopi}, against Skoopi's membership profile as well.
 *
 * <p>A register is read as {@code assess} reads bidders (a bidders document, JSON Lines or CSV), but
 * always as a stream ({@link StreamedRun}): each enterprise is read, assessed under every rule set and
 * written before the next, in the file's order.
 */
@Command(name = "definition", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Assess an enterprise against Tillväxtverket's definition of a work-integration social"
        + " enterprise (ASF); with --profile skoopi, also against Skoopi's membership profile.", "",
        "With --input, every enterprise of a register: an asf-json bidders document (*.json), JSON Lines (*.jsonl,"
            + " one enterprise a line) or a CSV file, as for assess; always streamed, in the file's order: each"
            + " enterprise is read, assessed and written before the next; table and Markdown reports come in"
            + " sections of 5000 enterprises. An enterprise that cannot be read is listed on standard error with"
            + " file, line or JSON Pointer and problem; the others are assessed."},
    footer = {"", "Exit codes: 0 assessed, whatever the outcome; 1 internal or I/O error; 2 usage error;"
        + " 3 invalid input (a file refused, or enterprises skipped: the report covers the rest); 4 the --fail-on"
        + " condition occurred; 130 stopped by Ctrl-C (no report file is left)."})
final class DefinitionCommand implements Callable<Integer> {
  /** The profiles an enterprise can be assessed against besides the definition. */
  enum Profile {
    /** Tillväxtverket's definition only. */
    tillvaxtverket,
    /** Tillväxtverket's definition, then Skoopi's profile. */
    skoopi
  }

  @ParentCommand
  AsfCli parent;

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Subject subject;

  /** One enterprise, or a register of them. */
  static final class Subject {
    @Option(names = "--enterprise", required = true, paramLabel = "FILE",
        description = "The enterprise: an asf-json enterprise document.")
    Path enterpriseFile;

    @Option(names = "--input", required = true, paramLabel = "FILE",
        description = "A register of enterprises: an asf-json bidders document (*.json), JSON Lines (*.jsonl) or a"
            + " CSV file (any other name).")
    Path input;
  }

  @Option(names = "--profile", paramLabel = "tillvaxtverket|skoopi", defaultValue = "tillvaxtverket",
      description = "tillvaxtverket (default): the definition; skoopi: the definition and Skoopi's profile.")
  Profile profile = Profile.tillvaxtverket;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The date the enterprise is assessed as of (default: today).")
  LocalDate asOf;

  @Mixin
  ReportOptions report;

  @Mixin
  StreamOptions streaming;

  private final Clock clock;
  private final boolean terminal;

  DefinitionCommand(Clock clock, boolean terminal) {
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter err = spec.commandLine().getErr();
    if (report.format == Format.geojson) {
      err.println(messages.get("definition.geojson"));
      err.flush();
      return ExitCodes.USAGE;
    }
    AsfJson json = AsfJson.builder().clock(clock).build();
    LocalDate date = asOf != null ? asOf : LocalDate.now(clock);
    List<RuleSet> rules = profile == Profile.skoopi
        ? List.of(TillvaxtverketDefinition.ruleSet(), SkoopiProfile.ruleSet())
        : List.of(TillvaxtverketDefinition.ruleSet());
    if (subject.input != null) {
      return register(json, rules, date, messages, locale);
    }
    Path enterpriseFile = subject.enterpriseFile;
    List<Assessment> assessments = new ArrayList<>();
    Enterprise enterprise;
    try {
      enterprise = InputFiles.enterprise(json, enterpriseFile);
      for (RuleSet ruleSet : rules) {
        assessments.add(ruleSet.assess(enterprise, date));
      }
    } catch (InputFileException e) {
      e.problems().forEach(problem -> err.println(problem.render(locale)));
      err.flush();
      return ExitCodes.INVALID_INPUT;
    } catch (InvalidInputException e) {
      err.println(InputProblem.ofFile(enterpriseFile.toString(), e::getMessage).render(locale));
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    String title = messages.get("definition.title", enterprise.getName(), enterprise.getIdentity(), date);
    ReportOutput.Body body = out -> {
      if (report.format == Format.markdown) {
        MarkdownReport.definition(title, assessments, locale, messages, out);
      } else {
        out.println(title);
        AssessmentTable.printFindings(assessments, locale, messages, out);
      }
    };
    if (report.format == Format.json) {
      body = ReportOutput.Body.jsonBytes(bytes -> json.writeAssessmentReport(assessments, bytes));
    } else if (report.format == Format.jsonl) {
      body = AssessCommand.jsonLines(assessments, () -> json);
    } else if (report.format == Format.csv) {
      body = CsvReport.findings(assessments, locale, messages);
    }
    int written = report.write(body, parent, spec.commandLine().getOut(), err, locale);
    return written != ExitCodes.OK ? written : report.exitCode(assessments);
  }

  /** Assesses every enterprise of the register {@code --input}, streamed. */
  private int register(AsfJson json, List<RuleSet> rules, LocalDate date, CliMessages messages, Locale locale) {
    String title = messages.get("definition.inputTitle", date, rules.stream()
        .map(r -> r.getId() + " " + messages.get("report.version", r.getVersion())).collect(Collectors.joining(", ")));
    int perEnterprise = rules.size();
    StreamingAssess.Layout layout = new StreamingAssess.Layout() {
      @Override
      public void table(List<Assessment> section, PrintWriter out) {
        out.println();
        AssessmentTable.printDefinitions(section, perEnterprise, locale, messages, out);
      }

      @Override
      public void markdown(String sectionTitle, List<Assessment> section, PrintWriter out) {
        MarkdownReport.definitions(sectionTitle, section, perEnterprise, locale, messages, out);
      }

      @Override
      public void csv(List<Assessment> section, boolean header, PrintWriter out) {
        CsvReport.findings(section, true, locale, messages, out, header);
      }
    };
    // No rule of the definition or the profile judges a share of the workforce: CSV totals are enough.
    BidderCsv.Options csv = new BidderCsv.Options(LocalDate.now(clock), true);
    return new StreamedRun(parent, spec, subject.input, streaming, terminal).run(json,
        rules, date, csv, report, false, true,
        (run, source) -> run.body(source, report.format, title, json, messages, layout));
  }
}
