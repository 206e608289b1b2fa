package se.asf.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/** {@code asf demo}: assesses the bundled example, the 2017 HBS pilot and eight fictional bidders. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Assess the bundled example: the 2017 HBS reserved procurement (LOU 4 kap. 18 §,",
        "30 %, 9 km from Huddinge, Tumba or Salem) against eight fictional bidders."})
final class DemoCommand implements Callable<Integer> {
  @ParentCommand
  AsfCli parent;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter out = spec.commandLine().getOut();
    ReservedProcurement pilot = Hbs2017Pilot.procurement();
    RuleSet rules = ProcurementRules.forProcurement(pilot);
    List<Assessment> assessments = Hbs2017Bidders.all().stream()
        .map(bidder -> rules.assess(bidder, pilot.getTenderDeadline()))
        .toList();
    out.println(messages.get("demo.title", pilot.getTitle(), pilot.getReference(), pilot.getTenderDeadline(),
        rules.getId(), rules.getVersion()));
    out.println();
    AssessmentTable.print(assessments, locale, messages, out);
    AssessmentTable.printExplanations(assessments, locale, messages, out);
    out.flush();
    return ExitCodes.OK;
  }
}
