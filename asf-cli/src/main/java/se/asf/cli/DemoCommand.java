package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/** {@code asf demo}: assesses the bundled example, the 2017 HBS pilot and eight fictional bidders. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Assess the bundled example: the 2017 HBS reserved procurement (LOU 4 kap. 18 §, 30 %%,"
        + " 9 km from Huddinge, Tumba or Salem) against eight fictional bidders.")
final class DemoCommand implements Callable<Integer> {
  @ParentCommand
  AsfCli parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--format", paramLabel = "table|json|jsonl|markdown|csv|geojson", defaultValue = "table",
      description = "Report format: table (default), json (the asf-json assessment report), jsonl (one"
          + " assessment a line), markdown, or csv"
          + " (for a spreadsheet: ; and decimal commas in Swedish, , and points in English), or geojson"
          + " (a map of centres, radii and sites; assess and demo).")
  Format format = Format.table;

  @Override
  public Integer call() {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter out = spec.commandLine().getOut();
    ReservedProcurement pilot = Hbs2017Pilot.procurement();
    RuleSet rules = ProcurementRules.forProcurement(pilot);
    List<GeoJsonReport.Assessed> assessed = ReportOutput.sorted(Hbs2017Bidders.all(), bidder -> bidder).stream()
        .map(bidder -> new GeoJsonReport.Assessed(bidder, rules.assess(bidder, pilot.getTenderDeadline())))
        .toList();
    List<Assessment> assessments = assessed.stream().map(GeoJsonReport.Assessed::assessment).toList();
    String title = messages.get("report.title", pilot.getTitle(), pilot.getReference(), pilot.getTenderDeadline(),
        rules.getId(), rules.getVersion());
    try {
      ReportOutput.Body body = format == Format.geojson ? GeoJsonReport.bidders(pilot, assessed)
          : AssessCommand.render(format, title, assessments, locale, messages, AsfJson::create);
      ReportOutput.write(body, null,
          out, parent.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // standard output's errors are found at the end of the run
    }
    return ExitCodes.OK;
  }
}
