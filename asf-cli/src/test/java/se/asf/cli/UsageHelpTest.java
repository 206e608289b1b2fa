package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** The usage help follows --lang: Swedish by default, English with --lang en. */
class UsageHelpTest {

  @Test
  void theTopLevelHelpIsSwedishByDefault() {
    CliRun run = CliRun.run("--help");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.contains("Arbetsintegrerande sociala företag (ASF)"), run.out);
    assertTrue(run.out.contains("Visa hjälp för ett kommando."), run.out);
    assertTrue(run.out.contains("Språk för meddelanden och rapporter: sv (standard)"), run.out);
    assertTrue(run.out.contains("Kommandon:"), run.out);
    assertTrue(run.out.contains("Slutkoder: 0 klart"), run.out);
    assertFalse(run.out.contains("Language of messages"), run.out);
  }

  @Test
  void theTopLevelHelpIsEnglishWithLangEn() {
    for (String[] args : List.of(new String[] {"--lang", "en", "--help"}, new String[] {"--lang=en", "--help"})) {
      CliRun run = CliRun.run(args);
      assertEquals(ExitCodes.OK, run.exitCode, run.toString());
      assertTrue(run.out.contains("Language of messages and reports: sv (default)"), run.out);
      assertTrue(run.out.contains("Commands:"), run.out);
      assertFalse(run.out.contains("Språk för"), run.out);
    }
  }

  @Test
  void subcommandHelpFollowsTheLanguage() {
    CliRun sv = CliRun.run("assess", "--help");
    assertTrue(sv.out.contains("Bedöm anbudsgivare mot en reserverad"), sv.out);
    assertTrue(sv.out.contains("Rapportformat: table (standard)"), sv.out);
    assertTrue(sv.out.contains("Flaggor:"), sv.out);
    CliRun en = CliRun.run("--lang", "en", "assess", "--help");
    assertTrue(en.out.contains("Assess bidders against a reserved procurement"), en.out);
    CliRun orgnr = CliRun.run("help", "orgnr");
    assertTrue(orgnr.out.contains("Organisationsnummer, t.ex. 556016-0680."), orgnr.out);
    CliRun demo = CliRun.run("demo", "--help");
    assertTrue(demo.out.contains("åtta påhittade anbudsgivare"), demo.out);
    CliRun procurement = CliRun.run("procurement", "--help");
    assertTrue(procurement.out.contains("eForms-meddelandet om upphandling (XML).")
        && procurement.out.contains("Skriv stommen till FILE"), procurement.out);
    CliRun notice = CliRun.run("notice", "--help");
    assertTrue(notice.out.contains("Vad som skrivs: eforms (standard)") && notice.out.contains("Skriv XML till FILE"),
        notice.out);
    CliRun definition = CliRun.run("definition", "--help");
    assertTrue(definition.out.contains("Med --input alla företag i ett register")
        && definition.out.contains("Med --input: läs högst N företag")
        && definition.out.contains("avbruten med Ctrl-C"), definition.out);
    CliRun noticeEn = CliRun.run("--lang", "en", "notice", "--help");
    assertTrue(noticeEn.out.contains("What to write: eforms (default)"), noticeEn.out);
  }

  @Test
  void theLastLangWinsAndAnythingButEnIsSwedish() {
    assertEquals(Language.en, AsfCli.requestedLanguage(new String[] {"--lang", "sv", "--lang", "en"}));
    assertEquals(Language.sv, AsfCli.requestedLanguage(new String[] {"--lang=en", "--lang", "sv"}));
    assertEquals(Language.sv, AsfCli.requestedLanguage(new String[] {"--lang", "de"}));
    assertEquals(Language.sv, AsfCli.requestedLanguage(new String[] {}));
    assertEquals(Language.sv, AsfCli.requestedLanguage(new String[] {"--", "--lang", "en"}));
  }

  /** Every command, option and parameter has a Swedish text of its own in the bundle. */
  @Test
  void everyDescriptionHasASwedishText() {
    CommandLine en = new CommandLine(new AsfCli(null, null),
        AsfCli.factory(java.io.InputStream.nullInputStream(), CliRun.CLOCK, false));
    CommandLine sv = new CommandLine(new AsfCli(null, null),
        AsfCli.factory(java.io.InputStream.nullInputStream(), CliRun.CLOCK, false));
    sv.setResourceBundle(AsfCli.usageHelp(Language.sv));
    compare(en.getCommandSpec(), sv.getCommandSpec());
    for (String name : en.getSubcommands().keySet()) {
      compare(en.getSubcommands().get(name).getCommandSpec(), sv.getSubcommands().get(name).getCommandSpec());
    }
  }

  private static void compare(CommandSpec en, CommandSpec sv) {
    String name = en.qualifiedName();
    String[] enText = en.usageMessage().description().length > 0 ? en.usageMessage().description()
        : en.usageMessage().header();
    String[] svText = sv.usageMessage().description().length > 0 ? sv.usageMessage().description()
        : sv.usageMessage().header();
    assertFalse(List.of(enText).equals(List.of(svText)), name + ": " + List.of(svText));
    List<ArgSpec> enArgs = en.args();
    List<ArgSpec> svArgs = sv.args();
    assertEquals(enArgs.size(), svArgs.size(), name);
    for (int i = 0; i < enArgs.size(); i++) {
      assertFalse(List.of(enArgs.get(i).description()).equals(List.of(svArgs.get(i).description())),
          name + ": " + List.of(svArgs.get(i).description()));
    }
  }
}
