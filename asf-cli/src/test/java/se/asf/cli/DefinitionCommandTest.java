package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.AsfJson;
import se.asf.json.base.AsfJsonFeature;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;

/**
 * {@code asf definition} on the bundled enterprise and on broken ones, and with {@code --input} on a
 * register of enterprises: the bundled bidders CSV, and the same enterprises as a bidders document
 * and as JSON Lines.
 */
class DefinitionCommandTest {
  static final String ENTERPRISE = AssessCommandTest.EXAMPLES.resolve("tumba-aterbruk.enterprise.json").toString();
  /** Keeps a decimal as written: 20000.00 stays 20000.00, as the tool reads it. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .build();
  /** The bundled CSV's enterprises, in its order. */
  private static final List<String> NAMES = List.of("Tumba Återbruk ekonomisk förening",
      "Huddinge Café och Catering AB", "Salem Fastighetsservice AB (svb)", "Roslagens Textil ideell förening",
      "Tullinge Städ ekonomisk förening", "Vårby Gård Matlag ideell förening", "Södertörns kommunalförbund",
      "Anna Exempelsson Trädgårdstjänst");

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

  // ------------------------------------------------------------------------------- --input: a register

  /** The bundled CSV's enterprises as one JSON object each, in the CSV's order. */
  private static List<String> enterprises() throws Exception {
    Path csv = Path.of(AssessCommandTest.CSV);
    List<Enterprise> read = new ArrayList<>();
    List<InputProblem> problems = new ArrayList<>();
    try (InputStream in = Files.newInputStream(csv)) {
      BidderCsv.stream(csv.toString(), in, new BidderCsv.Options(LocalDate.of(2026, 11, 23), true), 100, chunk -> {
        chunk.bidders.forEach(bidder -> read.add(bidder.enterprise()));
        problems.addAll(chunk.problems);
      });
    }
    assertEquals(List.of(), problems);
    List<String> objects = new ArrayList<>();
    // The sole trader's personnummer in full, as an input must give it.
    AsfJson json = AsfJson.builder().enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();
    for (JsonNode bidder : MAPPER.readTree(json.writeBidders(read)).get("bidders")) {
      objects.add(MAPPER.writeValueAsString(bidder));
    }
    return objects;
  }

  private Path lines(String name, List<String> lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private Path document(String name, List<String> bidders) throws IOException {
    return Files.writeString(dir.resolve(name), "{\"formatVersion\": 2, \"bidders\": [\n" + String.join(",\n", bidders)
        + "\n]}\n", StandardCharsets.UTF_8);
  }

  private static CliRun register(Path input, String... args) {
    List<String> all = new ArrayList<>(List.of("--lang", "en", "definition", "--input", input.toString(), "--as-of",
        "2017-12-11"));
    all.addAll(List.of(args));
    return CliRun.run(all.toArray(String[]::new));
  }

  private static List<Assessment> report(String json) {
    return AsfJson.create().readAssessmentReport(json);
  }

  @Test
  void aRegisterGivesTheSameReportFromCsvJsonAndJsonLines() throws Exception {
    List<String> enterprises = enterprises();
    List<Path> inputs = List.of(Path.of(AssessCommandTest.CSV), document("register.json", enterprises),
        lines("register.jsonl", enterprises));
    for (String format : List.of("table", "markdown", "csv", "json", "jsonl")) {
      for (String lang : List.of("en", "sv")) {
        List<String> outputs = new ArrayList<>();
        for (Path input : inputs) {
          CliRun run = CliRun.run("--lang", lang, "definition", "--input", input.toString(), "--as-of", "2017-12-11",
              "--profile", "skoopi", "--format", format);
          assertEquals(ExitCodes.OK, run.exitCode, input + " " + format + ": " + run);
          assertEquals("", run.err);
          outputs.add(run.out);
        }
        assertEquals(outputs.get(0), outputs.get(1), format + " " + lang + ": CSV and JSON");
        assertEquals(outputs.get(0), outputs.get(2), format + " " + lang + ": CSV and JSON Lines");
      }
    }
    List<Assessment> report = report(register(inputs.get(0), "--profile", "skoopi", "--format", "json").out);
    assertEquals(16, report.size());
    for (int i = 0; i < report.size(); i++) {
      assertEquals(NAMES.get(i / 2), report.get(i).getSubjectName(), "the file's order");
      assertEquals(i % 2 == 0 ? "TVV-ASF" : "SKOOPI", report.get(i).getRuleSetId());
      assertEquals(LocalDate.of(2017, 12, 11), report.get(i).getAssessmentDate());
    }
    // A kommunalförbund (group 2, public sector) is not independent of the public sector.
    Assessment public_ = report.get(12);
    assertEquals("212999-8767", public_.getSubjectIdentity());
    assertEquals(Outcome.NOT_MET, public_.getOutcome());
    assertEquals(Outcome.NOT_MET, public_.finding("TVV-INDEPENDENCE").map(Finding::getOutcome).orElseThrow());
    CliRun lines = register(inputs.get(0), "--profile", "skoopi", "--format", "jsonl");
    assertEquals(16, lines.out.lines().count());
    assertEquals(report, lines.out.lines().map(line -> report("{\"formatVersion\": 3, \"assessments\": [" + line
        + "]}").get(0)).toList());
  }

  @Test
  void theTableAndMarkdownSumUpEachEnterpriseThenExplainWhatIsNotMet() throws Exception {
    Path input = lines("register.jsonl", enterprises());
    CliRun table = register(input, "--profile", "skoopi");
    List<String> rows = table.out.lines().toList();
    assertEquals("Enterprises assessed as of 2017-12-11: TVV-ASF version 2, SKOOPI version 1.", rows.get(0));
    assertEquals(List.of("Enterprise", "Identity", "TVV-ASF", "SKOOPI", "TVV-ENTITY"),
        List.of(rows.get(2).split("\\s{2,}")).subList(0, 5));
    assertTrue(rows.get(4).matches("Tumba Återbruk ekonomisk förening +769612-3459 +UNDETERMINED +NOT MET +MET .*"),
        rows.get(4));
    assertTrue(rows.get(10).matches("Södertörns kommunalförbund +212999-8767 +NOT MET +NOT MET +NOT MET .*"),
        rows.get(10));
    assertTrue(table.out.contains("\nSödertörns kommunalförbund (212999-8767), TVV-ASF version 2: NOT MET\n"
        + "  TVV-ENTITY NOT MET ["), table.out);
    assertTrue(table.out.contains("\nAnna Exempelsson Trädgårdstjänst (19121212-****), SKOOPI version 1: NOT MET\n"),
        table.out);
    AssessCommandTest.assertPersonnummerHidden(table);

    CliRun markdown = register(input, "--profile", "skoopi", "--format", "markdown");
    assertTrue(markdown.out.startsWith("# Enterprises assessed as of 2017-12-11: TVV-ASF version 2, SKOOPI version 1."
        + "\n\n| Enterprise | Identity | TVV-ASF | SKOOPI | TVV-ENTITY |"), markdown.out);
    assertTrue(markdown.out.contains("\n## Tumba Återbruk ekonomisk förening (769612-3459), SKOOPI version 1: NOT MET"
        + "\n"), markdown.out);
    assertEquals(16, markdown.out.lines().filter(line -> line.startsWith("## ")).count());
  }

  @Test
  void aLongRegisterComesInSectionsOfWholeEnterprises() throws Exception {
    String tumba = enterprises().get(0);
    Path input = lines("register.jsonl", Collections.nCopies(StreamingAssess.SECTION + 1, tumba));
    CliRun markdown = register(input, "--profile", "skoopi", "--format", "markdown");
    assertEquals(ExitCodes.OK, markdown.exitCode, markdown.err);
    List<String> titles = markdown.out.lines().filter(line -> line.startsWith("# ")).toList();
    String title = "# Enterprises assessed as of 2017-12-11: TVV-ASF version 2, SKOOPI version 1.";
    assertEquals(List.of(title, title + " (bidders 5001–5001)"), titles);
    String last = markdown.out.substring(markdown.out.lastIndexOf("\n# "));
    assertEquals(2, last.lines().filter(line -> line.startsWith("## Tumba")).count(), last);
    CliRun table = register(input, "--profile", "skoopi");
    assertEquals(2, table.out.lines().filter(line -> line.startsWith("Enterprise  ")).count());
  }

  @Test
  void theSkoopiProfileAndFailOnCoverEveryEnterprise() throws Exception {
    List<String> enterprises = enterprises();
    Path register = lines("register.jsonl", enterprises);
    // One enterprise of the register is NOT MET under the definition: the report is written, and the exit is 4.
    CliRun definition = register(register, "--fail-on", "not-met", "--format", "csv");
    assertEquals(ExitCodes.FAIL_ON, definition.exitCode, definition.err);
    assertEquals(1 + 8 * 6, definition.out.lines().count());
    List<String> bidders = new ArrayList<>();
    for (JsonNode bidder : MAPPER.readTree(new java.io.File(AssessCommandTest.JSON)).get("bidders")) {
      bidders.add(MAPPER.writeValueAsString(bidder));
    }
    // Tumba Återbruk and Salems Café (the bundled document's first and third) meet the definition ...
    Path met = lines("met.jsonl", List.of(bidders.get(0), bidders.get(2)));
    CliRun metRun = register(met, "--fail-on", "undetermined", "--format", "json");
    assertEquals(ExitCodes.OK, metRun.exitCode, metRun.err);
    assertEquals(List.of(Outcome.MET, Outcome.MET), report(metRun.out).stream().map(Assessment::getOutcome).toList());
    // ... but not Skoopi's profile: their statutes allow a distribution.
    CliRun skoopi = register(met, "--profile", "skoopi", "--fail-on", "not-met", "--format", "json");
    assertEquals(ExitCodes.FAIL_ON, skoopi.exitCode, skoopi.err);
    List<Assessment> report = report(skoopi.out);
    assertEquals(List.of("TVV-ASF", "SKOOPI", "TVV-ASF", "SKOOPI"), report.stream().map(Assessment::getRuleSetId)
        .toList());
    assertEquals(Outcome.NOT_MET, report.get(1).finding("SKOOPI-NO-DISTRIBUTION").map(Finding::getOutcome)
        .orElseThrow());
  }

  @Test
  void aBrokenJsonLineMidwayIsReportedWithItsLineAndTheOthersAreAssessed() throws Exception {
    List<String> lines = new ArrayList<>(enterprises());
    lines.add(3, "{\"name\": broken");
    CliRun run = register(lines("register.jsonl", lines), "--profile", "skoopi", "--format", "json");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.err);
    assertEquals(NAMES, report(run.out).stream().map(Assessment::getSubjectName).distinct().toList());
    assertTrue(run.err.contains("register.jsonl:4: /name: The document is not well-formed JSON (line 4, column 10)."),
        run.err);
    assertTrue(run.err.contains("Bidders assessed: 8 of 9"), run.err);
  }

  @Test
  void brokenJsonInADocumentEndsTheRegisterAfterTheEnterprisesBeforeIt() throws Exception {
    List<String> enterprises = new ArrayList<>(enterprises());
    enterprises.set(2, enterprises.get(2).replaceFirst("\"name\":", "\"name\""));
    Path report = dir.resolve("report.json");
    CliRun run = register(document("register.json", enterprises), "--format", "json", "--output", report.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.err);
    assertEquals(NAMES.subList(0, 2), report(Files.readString(report, StandardCharsets.UTF_8)).stream()
        .map(Assessment::getSubjectName).toList());
    assertTrue(run.err.contains("register.json:4: /bidders/2"), run.err);
  }

  @Test
  void aBadCsvRowMidwayNamesItsLineAndTheOthersAreAssessed() throws Exception {
    List<String> rows = new ArrayList<>(Files.readAllLines(Path.of(AssessCommandTest.CSV), StandardCharsets.UTF_8));
    // Line 5 is Salem Fastighetsservice's only row; its organisation number loses its check digit.
    assertTrue(rows.get(4).startsWith("559812-3452;Salem Fastighetsservice AB (svb);"), rows.get(4));
    rows.set(4, rows.get(4).replaceFirst("559812-3452", "559812-3453"));
    CliRun run = register(lines("register.csv", rows), "--format", "json");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.err);
    List<String> others = new ArrayList<>(NAMES);
    others.remove("Salem Fastighetsservice AB (svb)");
    assertEquals(others, report(run.out).stream().map(Assessment::getSubjectName).toList());
    assertTrue(run.err.contains("register.csv:5: "), run.err);
  }

  @Test
  void aDocumentOverTheWholeDocumentLimitIsStreamedToTheSameReport() throws Exception {
    List<String> enterprises = new ArrayList<>(enterprises());
    Path plain = document("register.json", enterprises);
    enterprises.set(1, enterprises.get(1) + " ".repeat(AsfJson.MAX_DOCUMENT_BYTES));
    Path large = document("large.json", enterprises);
    assertTrue(Files.size(large) > AsfJson.MAX_DOCUMENT_BYTES);
    for (String format : List.of("json", "csv")) {
      CliRun whole = register(plain, "--profile", "skoopi", "--format", format);
      CliRun streamed = register(large, "--profile", "skoopi", "--format", format);
      assertEquals(ExitCodes.OK, streamed.exitCode, streamed.err);
      assertEquals(whole.out, streamed.out, format);
    }
  }

  @Test
  void theEnterprisesReadAreBoundedByMaxBidders() throws Exception {
    CliRun run = register(lines("register.jsonl", enterprises()), "--profile", "skoopi", "--format", "json",
        "--max-bidders", "2");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.err);
    assertEquals(NAMES.subList(0, 2), report(run.out).stream().map(Assessment::getSubjectName).distinct().toList());
    assertTrue(run.err.contains("register.jsonl:3: The stream holds more than 2 bidders"), run.err);
    assertEquals(ExitCodes.USAGE, register(Path.of(AssessCommandTest.CSV), "--max-bidders", "-1").exitCode);
  }

  @Test
  void theReportFileIsReplacedWholeAndDashIsStandardOutput() throws Exception {
    Path input = lines("register.jsonl", enterprises());
    Path report = Files.writeString(dir.resolve("report.csv"), "the earlier report\n", StandardCharsets.UTF_8);
    CliRun toFile = register(input, "--format", "csv", "--output", report.toString());
    assertEquals(ExitCodes.OK, toFile.exitCode, toFile.err);
    CliRun toStdout = register(input, "--format", "csv");
    assertEquals(toStdout.out, Files.readString(report, StandardCharsets.UTF_8));
    assertEquals(toStdout.out, register(input, "--format", "csv", "--output", "-").out);
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("register.jsonl", "report.csv"), files.map(p -> p.getFileName().toString()).sorted()
          .toList());
    }
  }

  @Test
  void ctrlCStopsARegisterWith130AndLeavesNoReportFile() throws Exception {
    StreamingAssessTest.assertCtrlCStops(dir, enterprises().subList(0, 3), "definition", "--profile", "skoopi",
        "--input");
  }

  @Test
  void progressIsDrawnOnlyWhenAskedOrInATerminal() throws Exception {
    Path input = lines("register.jsonl", enterprises());
    String[] args = {"--lang", "en", "definition", "--input", input.toString(), "--format", "jsonl"};
    CliRun piped = CliRun.run(args);
    assertEquals("", piped.err);
    CliRun terminal = CliRun.inTerminal(args);
    assertTrue(terminal.err.contains("\rBidders done: 8 ("), terminal.err);
    assertEquals(piped.out, terminal.out);
    List<String> off = new ArrayList<>(List.of(args));
    off.add("--no-progress");
    assertEquals("", CliRun.inTerminal(off.toArray(String[]::new)).err);
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAreWrittenAsText() throws Exception {
    List<String> enterprises = new ArrayList<>(enterprises());
    enterprises.set(0, enterprises.get(0).replace("Tumba Återbruk ekonomisk förening", "=HYPERLINK(\\\"x\\\")"));
    CliRun sv = CliRun.run("definition", "--input", lines("register.jsonl", enterprises).toString(), "--format", "csv");
    assertEquals(ExitCodes.OK, sv.exitCode, sv.err);
    assertTrue(sv.out.startsWith("\uFEFFFöretag;Identitet;Regeluppsättning;"), sv.out);
    List<String> rows = sv.out.lines().toList();
    assertTrue(rows.get(1).startsWith("\"'=HYPERLINK(\"\"x\"\")\";769612-3459;TVV-ASF;2;"), rows.get(1));
    assertTrue(sv.out.lines().allMatch(line -> !line.startsWith("=")));
  }

  @Test
  void aRegisterHasNoMapAndOneSubjectIsGiven() throws Exception {
    CliRun geojson = register(Path.of(AssessCommandTest.CSV), "--format", "geojson");
    assertEquals(ExitCodes.USAGE, geojson.exitCode);
    assertTrue(geojson.err.contains("not for definition"), geojson.err);
    assertEquals(ExitCodes.USAGE, CliRun.run("definition", "--enterprise", ENTERPRISE, "--input",
        AssessCommandTest.CSV).exitCode);
    CliRun missing = register(dir.resolve("missing.csv"));
    assertEquals(ExitCodes.INVALID_INPUT, missing.exitCode);
    assertTrue(missing.err.startsWith(dir.resolve("missing.csv") + ": "), missing.err);
  }
}
