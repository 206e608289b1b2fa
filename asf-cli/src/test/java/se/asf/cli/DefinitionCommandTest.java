package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.json.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.Outcome;

/** {@code asf definition} on the bundled enterprise and on broken ones. */
class DefinitionCommandTest {
  static final String ENTERPRISE = AssessCommandTest.EXAMPLES.resolve("tumba-aterbruk.enterprise.json").toString();

  @TempDir
  Path dir;

  @Test
  void assessesAgainstTillvaxtverketsDefinition() {
    CliRun run = CliRun.run("definition", "--enterprise", ENTERPRISE, "--as-of", "2017-12-11", "--lang", "en");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.startsWith("Tumba Återbruk ekonomisk förening (769631-2458), assessed as of 2017-12-11.\n\n"
        + "TVV-ASF version 2: MET\n"), run.out);
    for (String rule : List.of("TVV-ENTITY", "TVV-BUSINESS", "TVV-PURPOSE", "TVV-PARTICIPATION", "TVV-REINVESTMENT",
        "TVV-INDEPENDENCE")) {
      assertTrue(run.out.lines().anyMatch(line -> line.matches("  " + rule + " +MET \\[Tillväxtverkets definition.*")),
          rule + "\n" + run.out);
    }
    assertEquals(ExitCodes.OK,
        CliRun.run("definition", "--enterprise", ENTERPRISE, "--fail-on", "undetermined").exitCode);
  }

  @Test
  void theSkoopiProfileIsAssessedToo() {
    CliRun run = CliRun.run("definition", "--enterprise", ENTERPRISE, "--profile", "skoopi", "--lang", "en");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.contains("\nSKOOPI version 1: NOT MET\n"), run.out);
    assertTrue(run.out.lines().anyMatch(line -> line.matches("  SKOOPI-NO-DISTRIBUTION +NOT MET .*12000.*")), run.out);
    assertEquals(ExitCodes.FAIL_ON, CliRun.run("definition", "--enterprise", ENTERPRISE, "--profile", "skoopi",
        "--fail-on", "not-met").exitCode);
  }

  @Test
  void jsonIsTheAssessmentReportAndMarkdownHasASectionPerRuleSet() {
    CliRun json = CliRun.run("definition", "--enterprise", ENTERPRISE, "--profile", "skoopi", "--format", "json");
    List<Assessment> report = AsfJson.create().readAssessmentReport(json.out);
    assertEquals(List.of("TVV-ASF", "SKOOPI"), report.stream().map(Assessment::getRuleSetId).toList());
    assertEquals(Outcome.MET, report.get(0).getOutcome());
    assertEquals("2026-11-23", report.get(0).getAssessmentDate().toString(), "today, from the clock");
    CliRun markdown = CliRun.run("definition", "--enterprise", ENTERPRISE, "--profile", "skoopi", "--format",
        "markdown");
    assertTrue(markdown.out.startsWith("# Tumba Återbruk ekonomisk förening (769631-2458), bedömd per 2026-11-23.\n"),
        markdown.out);
    assertTrue(markdown.out.contains("\n## TVV-ASF version 2: UPPFYLLT\n"), markdown.out);
    assertTrue(markdown.out.contains("\n## SKOOPI version 1: EJ UPPFYLLT\n"), markdown.out);
    assertTrue(markdown.out.contains("| Regel | Resultat | Källa | Underlag | Förklaring |"), markdown.out);
  }

  @Test
  void aBrokenEnterpriseIsRefusedWithItsJsonPointer() throws IOException {
    String broken = Files.readString(Path.of(ENTERPRISE), StandardCharsets.UTF_8)
        .replace("\"legalForm\": \"ekonomisk-forening\"", "\"legalForm\": \"aktiebolag\"");
    Path file = Files.writeString(dir.resolve("broken.json"), broken, StandardCharsets.UTF_8);
    CliRun run = CliRun.run("definition", "--enterprise", file.toString(), "--lang", "en");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.startsWith(file + ": /enterprise/legalForm: "), run.err);
    assertEquals("", run.out);
  }

  @Test
  void aBiddersDocumentIsNotAnEnterprise() {
    CliRun run = CliRun.run("definition", "--enterprise", AssessCommandTest.JSON, "--lang", "en");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.startsWith(AssessCommandTest.JSON + ": /bidders: "), run.err);
  }

  @Test
  void usageErrors() {
    assertEquals(ExitCodes.USAGE, CliRun.run("definition").exitCode);
    assertEquals(ExitCodes.USAGE, CliRun.run("definition", "--enterprise", ENTERPRISE, "--profile", "x").exitCode);
    assertEquals(ExitCodes.USAGE, CliRun.run("definition", "--enterprise", ENTERPRISE, "--as-of", "2017-13-01").exitCode);
  }
}
