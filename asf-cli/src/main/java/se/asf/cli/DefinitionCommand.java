package se.asf.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.definition.SkoopiProfile;
import se.asf.rules.definition.TillvaxtverketDefinition;
import se.asf.rules.validation.InvalidInputException;

/**
 * {@code asf definition}: assesses one enterprise against Tillväxtverket's ASF definition and, with
 * {@code --profile skoopi}, against Skoopi's membership profile as well.
 */
@Command(name = "definition", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Assess an enterprise against Tillväxtverket's definition of a work-integration social"
        + " enterprise (ASF); with --profile skoopi, also against Skoopi's membership profile.",
    footer = {"", "Exit codes: 0 assessed, whatever the outcome; 1 internal or I/O error; 2 usage error;"
        + " 3 invalid input; 4 the --fail-on condition occurred."})
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

  @Option(names = "--enterprise", required = true, paramLabel = "FILE",
      description = "The enterprise: an asf-json enterprise document.")
  Path enterpriseFile;

  @Option(names = "--profile", paramLabel = "tillvaxtverket|skoopi", defaultValue = "tillvaxtverket",
      description = "tillvaxtverket (default): the definition; skoopi: the definition and Skoopi's profile.")
  Profile profile = Profile.tillvaxtverket;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The date the enterprise is assessed as of (default: today).")
  LocalDate asOf;

  @Mixin
  ReportOptions report;

  private final Clock clock;

  DefinitionCommand(Clock clock) {
    this.clock = clock;
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
    List<Assessment> assessments = new ArrayList<>();
    Enterprise enterprise;
    try {
      enterprise = InputFiles.enterprise(json, enterpriseFile);
      assessments.add(TillvaxtverketDefinition.ruleSet().assess(enterprise, date));
      if (profile == Profile.skoopi) {
        assessments.add(SkoopiProfile.ruleSet().assess(enterprise, date));
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
}
