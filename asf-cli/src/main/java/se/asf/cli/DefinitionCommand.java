package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
    description = {"Assess an enterprise against Tillväxtverket's definition of a work-integration social",
        "enterprise (ASF); with --profile skoopi, also against Skoopi's membership profile."},
    footer = {"", "Exit codes: 0 assessed, whatever the outcome; 1 internal or I/O error; 2 usage error;",
        "3 invalid input; 4 the --fail-on condition occurred."})
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

  @Option(names = "--format", paramLabel = "table|json|markdown", defaultValue = "table",
      description = "Report format: table (default), json (the asf-json assessment report) or markdown.")
  Format format = Format.table;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE (replaced only once complete) instead of standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "not-met|undetermined", converter = FailOn.Converter.class,
      description = "Exit with 4 when an outcome is NOT MET (not-met), or is not MET (undetermined).")
  FailOn failOn;

  private final Clock clock;

  DefinitionCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter err = spec.commandLine().getErr();
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
    String report;
    switch (format) {
      case json:
        report = json.writeAssessmentReport(assessments);
        break;
      case markdown:
        StringWriter markdown = new StringWriter();
        PrintWriter writer = new PrintWriter(markdown);
        MarkdownReport.definition(title, assessments, locale, messages, writer);
        writer.flush();
        report = markdown.toString();
        break;
      default:
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        out.println(title);
        AssessmentTable.printFindings(assessments, locale, messages, out);
        out.flush();
        report = text.toString();
    }
    try {
      ReportOutput.write(report, output, spec.commandLine().getOut());
    } catch (IOException e) {
      err.println(InputProblem.ofFile(String.valueOf(output),
          InputProblem.message("file.unwritable", e.getClass().getSimpleName())).render(locale));
      err.flush();
      return ExitCodes.SOFTWARE;
    }
    return failOn != null && failOn.holds(assessments) ? ExitCodes.FAIL_ON : ExitCodes.OK;
  }
}
