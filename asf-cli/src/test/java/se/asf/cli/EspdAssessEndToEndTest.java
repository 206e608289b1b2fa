package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.json.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.Outcome;

/**
 * {@code asf assess} end to end on a folder of ESPD responses (asf-espd's fixtures: 2.1.1, 3.0.0,
 * 3.1.0, 4.0.0, 4.1.0) against the bundled pilot procurement: the report is the same, byte for byte
 * and in every format, as for the same bidders given as a CSV with the self-declaration columns or
 * as an asf-json bidders document, both written by hand here from what the fixtures say.
 */
class EspdAssessEndToEndTest {
  static final Path FIXTURES = ProcurementCommandTest.FIXTURES;

  /** The fixtures' bidders as a CSV, one row each, transcribed from the XML. */
  static final String CSV = String.join("\n",
      "identity;name;legal_form;self_declared_indicator;self_declared_percentage;self_declared_categories;"
          + "self_declared_document_id;self_declared_standard_version",
      "769600-0004;Exempel Second Hand ekonomisk förening;other;yes;45;Persons with disabilities and long-term"
          + " unemployed persons in work training.;ESPD-R-SE-0001;ESPD-EDM 2.1.1",
      "556016-0680;Exempel Bygg AB;other;no;;;ESPD-R-SE-0004;ESPD-EDM 3.0.0",
      "FI:VAT:FI01120389;Esimerkki Osuuskunta;other;yes;35;Partially disabled persons and the long-term unemployed.;"
          + "ESPD-R-FI-0002;ESPD-EDM 3.1.0",
      "802000-0009;Stiftelsen Exempelgården;other;yes;;Persons in daily activity under LSS.;ESPD-R-SE-0005;"
          + "ESPD-EDM 4.0.0",
      "DK:NATIONAL_REGISTER:24256790;Eksempel Socialøkonomisk Virksomhed ApS;other;yes;62.5;Persons with reduced"
          + " working capacity.;ESPD-R-DK-0003;ESPD-EDM 4.1.0") + "\n";

  /** The same bidders as an asf-json bidders document. */
  static final String JSON = "{\"formatVersion\": 2, \"bidders\": ["
      + bidder("\"organisationNumber\": \"769600-0004\"", "Exempel Second Hand ekonomisk förening",
          "\"indicator\": true, \"declaredValue\": \"45\", \"declaredShare\": 0.45, \"categories\": \"Persons with"
              + " disabilities and long-term unemployed persons in work training.\"", "ESPD-R-SE-0001", "2.1.1") + ","
      + bidder("\"organisationNumber\": \"556016-0680\"", "Exempel Bygg AB", "\"indicator\": false", "ESPD-R-SE-0004",
          "3.0.0") + ","
      + bidder("\"foreignIdentifier\": \"FI:VAT:FI01120389\"", "Esimerkki Osuuskunta", "\"indicator\": true,"
          + " \"declaredValue\": \"35\", \"declaredShare\": 0.35, \"categories\": \"Partially disabled persons and the"
          + " long-term unemployed.\"", "ESPD-R-FI-0002", "3.1.0") + ","
      + bidder("\"organisationNumber\": \"802000-0009\"", "Stiftelsen Exempelgården", "\"indicator\": true,"
          + " \"categories\": \"Persons in daily activity under LSS.\"", "ESPD-R-SE-0005", "4.0.0") + ","
      + bidder("\"foreignIdentifier\": \"DK:NATIONAL_REGISTER:24256790\"", "Eksempel Socialøkonomisk Virksomhed ApS",
          "\"indicator\": true, \"declaredValue\": \"62.5\", \"declaredShare\": 0.625, \"categories\": \"Persons"
              + " with reduced working capacity.\"", "ESPD-R-DK-0003", "4.1.0")
      + "]}";

  private static String bidder(String identity, String name, String answers, String documentId, String version) {
    return "{\"name\": \"" + name + "\", " + identity + ", \"legalForm\": \"other\", \"sites\": [],"
        + " \"selfDeclaredShare\": {"
        + answers + ", \"document\": \"espd-response\", \"documentId\": \"" + documentId
        + "\", \"standardVersion\": \"ESPD-EDM " + version + "\"}}";
  }

  @TempDir
  Path dir;

  private Path espd;
  private Path csv;
  private Path json;

  @BeforeEach
  void files() throws IOException {
    espd = Files.createDirectory(dir.resolve("espd"));
    try (Stream<Path> fixtures = Files.list(FIXTURES)) {
      for (Path fixture : fixtures.filter(p -> p.getFileName().toString().startsWith("espd-response-")).toList()) {
        Files.copy(fixture, espd.resolve(fixture.getFileName()));
      }
    }
    csv = Files.writeString(dir.resolve("bidders.csv"), CSV, StandardCharsets.UTF_8);
    json = Files.writeString(dir.resolve("bidders.json"), JSON, StandardCharsets.UTF_8);
  }

  private static CliRun assess(String procurement, Path bidders, String... more) {
    List<String> args = new ArrayList<>(List.of("assess", "--procurement", procurement, "--bidders",
        bidders.toString()));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void theFolderOfEspdResponsesGivesTheSameReportAsTheCsvAndTheJsonInEveryFormatAndLanguage() {
    assertEquals(5, espd.toFile().list().length);
    for (String lang : List.of("sv", "en")) {
      for (String format : List.of("table", "markdown", "csv", "json", "geojson")) {
        CliRun fromEspd = assess(AssessCommandTest.PROCUREMENT, espd, "--format", format, "--lang", lang);
        CliRun fromCsv = assess(AssessCommandTest.PROCUREMENT, csv, "--format", format, "--lang", lang);
        CliRun fromJson = assess(AssessCommandTest.PROCUREMENT, json, "--format", format, "--lang", lang);
        String what = format + " " + lang;
        assertEquals(ExitCodes.OK, fromEspd.exitCode, what + fromEspd);
        assertEquals(ExitCodes.OK, fromCsv.exitCode, what + fromCsv);
        assertEquals(ExitCodes.OK, fromJson.exitCode, what + fromJson);
        assertEquals(fromCsv.out, fromEspd.out, what);
        assertEquals(fromJson.out, fromEspd.out, what);
        assertEquals("", fromCsv.err, what);
      }
    }
  }

  @Test
  void thePilotRequiresWorkforceFiguresSoEverySelfDeclarationIsUndeterminedAndExplained() {
    CliRun run = assess(AssessCommandTest.PROCUREMENT, espd, "--lang", "en");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.contains("LOU-4-18-SHARE UNDETERMINED [LOU 4 kap. 18 §]: Self-declared: the bidder declares"
        + " 62.5 % in ESPD-R-DK-0003 (ESPD-EDM 4.1.0), and this procurement does not accept a self-declaration for the"
        + " share requirement of 30 %; ask for the workforce figures."), run.out);
    assertTrue(run.out.contains("Self-declared: the bidder declares 45 % in ESPD-R-SE-0001 (ESPD-EDM 2.1.1)"), run.out);
    List<String> table = run.out.lines().dropWhile(line -> !line.startsWith("---")).skip(1)
        .takeWhile(line -> !line.isEmpty()).toList();
    assertEquals(5, table.size(), run.out);
    assertTrue(table.stream().allMatch(line -> line.matches(".*  UNDETERMINED  .*")), run.out);
  }

  @Test
  void eachFilesReadingFindingsAreNotedOnStandardErrorWhateverTheFormat() {
    for (String format : List.of("table", "json", "csv", "markdown")) {
      CliRun run = assess(AssessCommandTest.PROCUREMENT, espd, "--lang", "en", "--format", format);
      assertEquals(ExitCodes.OK, run.exitCode, run.toString());
      List<String> notes = run.err.lines().toList();
      assertEquals(List.of(
          espd.resolve("espd-response-2.1.1-sweden-vat.xml") + ": The identifier at /QualificationApplicationResponse/"
              + "cac:EconomicOperatorParty/cac:Party/cac:PartyIdentification/cbc:ID is a Swedish VAT number, read as"
              + " 769600-0004.",
          espd.resolve("espd-response-3.0.0-answer-no.xml") + ": Exempel Bygg AB answers no to the criterion"
              + " \"Economic operator is a sheltered workshop\" (ESPD response ESPD-R-SE-0004).",
          espd.resolve("espd-response-4.0.0-without-percentage.xml") + ": The identifier at"
              + " /QualificationApplicationResponse/cac:EconomicOperatorParty/cac:Party/cac:PartyIdentification/cbc:ID"
              + " is a Swedish VAT number, read as 802000-0009.",
          espd.resolve("espd-response-4.0.0-without-percentage.xml") + ": The answer to"
              + " /QualificationApplicationResponse/cac:TenderingCriterion[2] is yes but gives no percentage."), notes,
          format);
    }
    CliRun sv = assess(AssessCommandTest.PROCUREMENT, espd);
    assertTrue(sv.err.contains("Exempel Bygg AB svarar nej på kriteriet"), sv.err);
  }

  @Test
  void anAmbiguousPercentageIsNotedAndTheShareUndetermined() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("ambiguous"));
    Path file = Files.writeString(folder.resolve("fi.xml"), Files.readString(
        FIXTURES.resolve("espd-response-3.1.0-finland.xml"), StandardCharsets.UTF_8).replace(">35<", ">0.35<"));
    CliRun run = assess(accepting(), folder, "--lang", "en");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.err.startsWith(file + ": The declared percentage 0.35 at "), run.err);
    assertTrue(run.err.contains("may be a fraction or a percentage; it is not read as a share, ask the bidder."),
        run.err);
    assertEquals(Outcome.UNDETERMINED, share(AsfJson.create().readAssessmentReport(
        assess(accepting(), folder, "--format", "json").out).get(0)));
  }

  /** The pilot, accepting self-declarations at the qualification stage. */
  private String accepting() throws IOException {
    String pilot = Files.readString(Path.of(AssessCommandTest.PROCUREMENT), StandardCharsets.UTF_8);
    String changed = pilot.replace("\"selfDeclarations\": \"require-workforce-figures\"",
        "\"selfDeclarations\": \"accept-at-qualification\"");
    assertTrue(!changed.equals(pilot), "the pilot states its policy");
    return Files.writeString(dir.resolve("accepting.json"), changed, StandardCharsets.UTF_8).toString();
  }

  private static Outcome share(Assessment assessment) {
    return assessment.getFindings().stream().filter(f -> f.getRuleId().equals("LOU-4-18-SHARE")).findFirst()
        .orElseThrow().getOutcome();
  }

  @Test
  void aProcurementAcceptingSelfDeclarationsJudgesTheAnswersTheSameWayFromEveryInput() throws IOException {
    String procurement = accepting();
    CliRun fromEspd = assess(procurement, espd, "--format", "json");
    assertEquals(ExitCodes.OK, fromEspd.exitCode, fromEspd.toString());
    assertEquals(assess(procurement, csv, "--format", "json").out, fromEspd.out);
    assertEquals(assess(procurement, json, "--format", "json").out, fromEspd.out);
    assertEquals(assess(procurement, csv, "--lang", "en").out, assess(procurement, espd, "--lang", "en").out);
    Map<String, Outcome> shares = new LinkedHashMap<>();
    for (Assessment assessment : AsfJson.create().readAssessmentReport(fromEspd.out)) {
      shares.put(assessment.getSubjectName(), share(assessment));
    }
    Map<String, Outcome> expected = new LinkedHashMap<>();
    expected.put("Eksempel Socialøkonomisk Virksomhed ApS", Outcome.MET);   // 62.5 %
    expected.put("Esimerkki Osuuskunta", Outcome.MET);                      // 35 %
    expected.put("Exempel Bygg AB", Outcome.NOT_MET);                       // "no"
    expected.put("Exempel Second Hand ekonomisk förening", Outcome.MET);    // 45 %
    expected.put("Stiftelsen Exempelgården", Outcome.UNDETERMINED);         // yes, without a percentage
    assertEquals(expected, shares);
  }
}
