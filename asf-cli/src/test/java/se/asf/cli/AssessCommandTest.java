package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.json.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.Outcome;

/**
 * {@code asf assess}, run in-process on the bundled example files and on hostile ones; each case
 * asserts the exit code and the message.
 */
class AssessCommandTest {
  static final Path EXAMPLES = Path.of(System.getProperty("user.dir")).resolve("../examples").normalize();
  static final String PROCUREMENT = EXAMPLES.resolve("hbs-2017-pilot.procurement.json").toString();
  static final String CSV = EXAMPLES.resolve("hbs-2017-bidders.csv").toString();
  static final String JSON = EXAMPLES.resolve("hbs-2017-bidders.json").toString();

  @TempDir
  Path dir;

  /** The bundled CSV, without its byte-order mark, as lines. */
  static List<String> bundledLines() throws IOException {
    String text = Files.readString(Path.of(CSV), StandardCharsets.UTF_8);
    assertTrue(text.startsWith("\uFEFF"), "the bundled CSV is saved as Excel saves CSV UTF-8, with a BOM");
    return new ArrayList<>(text.substring(1).lines().toList());
  }

  Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  Path writeLines(String name, List<String> lines) throws IOException {
    return write(name, String.join("\n", lines) + "\n");
  }

  static CliRun assess(Path bidders, String... more) {
    List<String> args = new ArrayList<>(List.of("assess", "--procurement", PROCUREMENT, "--bidders",
        bidders.toString(), "--lang", "en"));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  static void assertPersonnummerHidden(CliRun run) {
    assertFalse(run.out.contains("1212-1212") || run.err.contains("1212-1212")
        || run.out.contains("121212121212") || run.err.contains("121212121212"), "personnummer in full: " + run);
  }

  /** Each finding as subject, rule, outcome and both messages. */
  static List<String> findings(List<Assessment> assessments) {
    List<String> findings = new ArrayList<>();
    for (Assessment assessment : assessments) {
      assessment.getFindings().forEach(f -> findings.add(String.join(" | ", assessment.getSubjectName(),
          assessment.getSubjectIdentity(), f.getRuleId(), f.getOutcome().name(), f.getMessage(java.util.Locale.forLanguageTag("sv")),
          f.getMessage(java.util.Locale.ENGLISH))));
    }
    return findings;
  }

  // ------------------------------------------------------------------------------------ the bundle

  @Test
  void theExampleJsonFilesAreTheLibrarysOwnExamples() throws IOException {
    for (String name : List.of("hbs-2017-pilot.procurement.json", "hbs-2017-bidders.json")) {
      try (var in = se.asf.json.base.AsfDocument.class.getResourceAsStream("/se/asf/json/examples/" + name)) {
        assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8),
            Files.readString(EXAMPLES.resolve(name), StandardCharsets.UTF_8), name);
      }
    }
  }

  @Test
  void theBundledCsvGivesTheDemoReportWithEverySiteOfItsMultiSiteBidder() {
    CliRun run = assess(Path.of(CSV));
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("", run.err);
    // The CSV gives Tumba Återbruk a second site, Lagret i Tullinge, that the bundled example lacks;
    // the table lists every site, so that cell (and the column's width) differs, and nothing else.
    String tumba = "Tumba centrum 308.378 m";
    String bothSites = "Butiken i Tumba: Tumba centrum 308.378 m; Lagret i Tullinge: Tumba centrum 3939.648 m";
    assertTrue(run.out.contains(bothSites), run.out);
    assertEquals(cells(CliRun.run("demo", "--lang", "en").out), cells(run.out.replace(bothSites, tumba)));
    assertPersonnummerHidden(run);
  }

  /** The report's lines, table rows split into cells, so column widths do not count. */
  private static List<List<String>> cells(String report) {
    List<List<String>> lines = new ArrayList<>();
    for (String line : report.split("\n")) {
      lines.add(line.startsWith("-----") ? List.of("rule") : List.of(line.strip().split("\\s{2,}")));
    }
    return lines;
  }

  @Test
  void theBundledCsvGivesTheDemoFindingsInJson() {
    CliRun csv = assess(Path.of(CSV), "--format", "json");
    CliRun demo = CliRun.run("demo", "--format", "json");
    assertEquals(ExitCodes.OK, csv.exitCode, csv.toString());
    List<Assessment> report = AsfJson.create().readAssessmentReport(csv.out);
    // The CSV gives Tumba Återbruk a second, farther site, which only the radius figures list.
    assertEquals(findings(AsfJson.create().readAssessmentReport(demo.out)), findings(report));
    assertEquals(8, report.size());
    assertEquals(Outcome.MET, report.stream()
        .filter(a -> a.getSubjectName().equals("Tullinge Städ ekonomisk förening")).findFirst().orElseThrow()
        .getOutcome(), "the site exactly at the radius is inside");
  }

  /** A minimal ESPD-EDM 4.1.0 response, written for this test. */
  static String espd(String id, String name, String country, String percentage) {
    String cac = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
    String cbc = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
    return "<QualificationApplicationResponse xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:"
        + "QualificationApplicationResponse-2\" xmlns:cac=\"" + cac + "\" xmlns:cbc=\"" + cbc + "\">"
        + "<cbc:ProfileExecutionID>ESPD-EDMv4.1.0-EXTENDED</cbc:ProfileExecutionID><cbc:ID>R-" + id + "</cbc:ID>"
        + "<cbc:ContractFolderID>KS 2017/1</cbc:ContractFolderID><cbc:IssueDate>2017-12-01</cbc:IssueDate>"
        + "<cac:EconomicOperatorParty><cac:Party><cac:PartyIdentification><cbc:ID>" + id + "</cbc:ID>"
        + "</cac:PartyIdentification><cac:PartyName><cbc:Name>" + name + "</cbc:Name></cac:PartyName><cac:PostalAddress>"
        + "<cac:Country><cbc:IdentificationCode>" + country + "</cbc:IdentificationCode></cac:Country></cac:PostalAddress>"
        + "</cac:Party></cac:EconomicOperatorParty>"
        + "<cac:TenderingCriterion><cbc:CriterionTypeCode>shelt-worksh</cbc:CriterionTypeCode>"
        + "<cac:TenderingCriterionPropertyGroup><cac:TenderingCriterionProperty><cbc:ID>Q1</cbc:ID>"
        + "<cbc:TypeCode>QUESTION</cbc:TypeCode><cbc:ValueDataTypeCode>INDICATOR</cbc:ValueDataTypeCode>"
        + "</cac:TenderingCriterionProperty><cac:TenderingCriterionProperty><cbc:ID>Q2</cbc:ID>"
        + "<cbc:TypeCode>QUESTION</cbc:TypeCode><cbc:ValueDataTypeCode>PERCENTAGE</cbc:ValueDataTypeCode>"
        + "</cac:TenderingCriterionProperty></cac:TenderingCriterionPropertyGroup></cac:TenderingCriterion>"
        + "<cac:TenderingCriterionResponse><cbc:ValidatedCriterionPropertyID>Q1</cbc:ValidatedCriterionPropertyID>"
        + "<cac:ResponseValue><cbc:ResponseIndicator>true</cbc:ResponseIndicator></cac:ResponseValue>"
        + "</cac:TenderingCriterionResponse><cac:TenderingCriterionResponse>"
        + "<cbc:ValidatedCriterionPropertyID>Q2</cbc:ValidatedCriterionPropertyID><cac:ResponseValue>"
        + "<cbc:ResponseNumeric format=\"PERCENTAGE\">" + percentage + "</cbc:ResponseNumeric></cac:ResponseValue>"
        + "</cac:TenderingCriterionResponse></QualificationApplicationResponse>";
  }

  @Test
  void aFolderOfEspdResponsesIsAssessedAndARefusedFileIsNamed() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("espd"));
    Files.writeString(folder.resolve("a-sweden.xml"), espd("SE769600000401", "Exempel Second Hand", "SE", "45"));
    Files.writeString(folder.resolve("b-finland.xml"), espd("FI01120389", "Esimerkki Osuuskunta", "FI", "0.7"));
    Files.writeString(folder.resolve("c-refused.xml"), "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
    Files.writeString(folder.resolve("notes.txt"), "not read");
    CliRun run = assess(folder);
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.out.contains("Exempel Second Hand") && run.out.contains("769600-0004"), run.out);
    assertTrue(run.out.contains("Esimerkki Osuuskunta") && run.out.contains("FI:VAT:FI01120389"), run.out);
    assertTrue(run.err.contains("c-refused.xml") && run.err.contains("document type declarations"), run.err);
    assertFalse(run.out.contains("root:"), run.out);
  }

  @Test
  void theBundledJsonBiddersAreAssessed() {
    CliRun run = assess(Path.of(JSON));
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    List<String> table = run.out.lines().dropWhile(line -> !line.startsWith("---")).skip(1)
        .takeWhile(line -> !line.isEmpty()).toList();
    assertEquals(9, table.size(), run.out);
    assertTrue(table.stream().anyMatch(line -> line.matches("Vallentuna Textilverkstad ideell förening +802489-5768 +NOT MET .*")),
        run.out);
    assertPersonnummerHidden(run);
  }

  @Test
  void markdownListsEveryFindingWithItsFiguresAndSource() {
    CliRun run = assess(Path.of(CSV), "--format", "markdown");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.startsWith("# Arbetsträningsplatser"), run.out);
    assertTrue(run.out.contains("## Huddinge Café och Catering AB (559876-5435): NOT MET"), run.out);
    assertTrue(run.out.contains("| LOU-4-18-SHARE | NOT MET | LOU 4 kap. 18 § | "), run.out);
    assertTrue(run.out.contains("occupied = 20"), run.out);
    assertEquals(8, run.out.lines().filter(line -> line.startsWith("## ")).count());
  }

  @Test
  void swedishReportsAndMessagesByDefault() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";20;5;", ";tjugo;5;"));
    CliRun run = CliRun.run("assess", "--procurement", PROCUREMENT, "--bidders", writeLines("b.csv", lines).toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.out.contains("Anbudsgivare") && run.out.contains("UPPFYLLT"), run.out);
    assertTrue(run.err.contains("b.csv:4: sysselsatta: Inget heltal: ”tjugo” (endast siffror, högst 9)."), run.err);
  }

  @Test
  void theOutputIsTheSameWhateverTheRowOrder() throws IOException {
    List<String> lines = bundledLines();
    List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(rows, new Random(7));
    List<String> shuffled = new ArrayList<>(List.of(lines.get(0)));
    shuffled.addAll(rows);
    assertEquals(assess(Path.of(CSV)).out, assess(writeLines("shuffled.csv", shuffled)).out);
  }

  @Test
  void englishHeadersCommasAndPointsReadTheSame() throws IOException {
    List<String> lines = bundledLines();
    List<String> english = new ArrayList<>();
    english.add("identity,name,legal_form,unit,site,latitude,longitude,address,period_start,occupied,"
        + "occupied_target_groups,occupied_fte,occupied_target_groups_fte,purpose_source,integration_purpose,"
        + "purpose_document,participation,distribution_rule,fiscal_year,reinvested,distributed");
    for (String row : lines.subList(1, lines.size())) {
      // Decimal commas become points, then the separator becomes a comma.
      english.add(row.replaceAll("(\\d),(\\d)", "$1.$2").replace(';', ','));
    }
    CliRun run = assess(writeLines("english.csv", english));
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals(assess(Path.of(CSV)).out, run.out);
  }

  @Test
  void headersIgnoreCaseSpacesAndSwedishLetters() throws IOException {
    List<String> lines = bundledLines();
    lines.set(0, lines.get(0).replace("organisationsnummer", " Organisationsnummer ")
        .replace("sysselsatta_malgrupp;", "Sysselsatta målgrupp;").replace("juridisk_form", "Juridisk-form")
        .replace("rakenskapsar", "räkenskapsår").replace("aterinvesterat", "återinvesterat"));
    CliRun run = assess(writeLines("headers.csv", lines));
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals(assess(Path.of(CSV)).out, run.out);
  }

  @Test
  void aQuotedValueMaySpanLinesAndHoldTheSeparator() throws IOException {
    List<String> lines = bundledLines();
    lines.add("769612-3459;\"Tumba Återbruk ekonomisk förening\";ekonomisk-forening;;\"Verkstaden; \"\"gamla\"\"\n"
        + "lokalen\";59,3;17,9" + ";".repeat(14));
    lines.add("559812-3452;Salem Fastighetsservice AB (svb);aktiebolag-svb" + ";".repeat(18));
    CliRun run = assess(writeLines("quoted.csv", lines), "--format", "markdown");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    // The line break in the quoted name is shown, escaped, and cannot break the Markdown table.
    assertTrue(run.out.contains("Verkstaden; \"gamla\"\\\\nlokalen: "), run.out);
  }

  // ------------------------------------------------------------------------------- hostile: files

  @Test
  void anEmptyFileIsRefused() throws IOException {
    CliRun run = assess(write("empty.csv", ""));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertEquals(dir.resolve("empty.csv") + ": The file is empty; expected a header line naming the columns, then"
        + " one row per bidder and site.\nNothing was assessed.\n", run.err);
    assertEquals("", run.out);
  }

  @Test
  void aFileOfOnlyAByteOrderMarkAndBlankLinesIsEmpty() throws IOException {
    CliRun run = assess(write("bom.csv", "\uFEFF\n  \n"));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("bom.csv: The file is empty"), run.err);
  }

  @Test
  void aHeaderWithoutRowsHoldsNoBidders() throws IOException {
    CliRun run = assess(writeLines("header.csv", bundledLines().subList(0, 1)));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("header.csv: The file holds no bidders.\nNothing was assessed."), run.err);
  }

  @Test
  void aByteOrderMarkIsOptional() throws IOException {
    List<String> lines = bundledLines();
    CliRun run = assess(writeLines("nobom.csv", lines));
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals(assess(Path.of(CSV)).out, run.out);
  }

  @Test
  void utf16IsRefusedWithAdvice() throws IOException {
    byte[] utf16 = ("\uFEFF" + String.join("\n", bundledLines())).getBytes(StandardCharsets.UTF_16LE);
    CliRun run = assess(write("utf16.csv", utf16));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("utf16.csv: The file is UTF-16; save it as UTF-8 (in Excel: CSV UTF-8)."), run.err);
  }

  @Test
  void latin1IsRefusedAtItsLine() throws IOException {
    List<String> lines = bundledLines();
    byte[] head = (String.join("\n", lines.subList(0, 3)) + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] latin1 = (lines.get(3) + "\n").getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[head.length + latin1.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(latin1, 0, all, head.length, latin1.length);
    CliRun run = assess(write("latin1.csv", all));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("latin1.csv:4: The line is not valid UTF-8"), run.err);
  }

  @Test
  void aTenMegabyteLineIsRefusedWithoutBeingParsed() throws IOException {
    List<String> lines = bundledLines();
    lines.add(2, "559876-5435;" + "x".repeat(10 * 1024 * 1024) + ";aktiebolag");
    CliRun run = assess(writeLines("long.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertEquals(dir.resolve("long.csv") + ":3: The line is longer than 65536 bytes; the file is not read.\n"
        + "Nothing was assessed.\n", run.err);
  }

  @Test
  void aNulByteMeansNotText() throws IOException {
    CliRun run = assess(write("nul.csv", "organisationsnummer;namn;juridisk_form\n\0\n"));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("nul.csv:2: The line holds a NUL byte"), run.err);
  }

  @Test
  void anUnterminatedQuoteIsMalformed() throws IOException {
    List<String> lines = bundledLines();
    lines.add("559812-3452;\"Salem Fastighetsservice AB (svb);aktiebolag-svb;;;;;;;;;;;;;;;;;");
    CliRun run = assess(writeLines("quote.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.matches("(?s).*quote\\.csv:\\d+: Not well-formed CSV: .*Nothing was assessed\\.\n"), run.err);
  }

  @Test
  void aMissingFileIsNamed() {
    CliRun run = assess(dir.resolve("missing.csv"));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertEquals(dir.resolve("missing.csv") + ": No such file.\nNothing was assessed.\n", run.err);
  }

  @Test
  void aDirectoryWithoutEspdResponsesHoldsNoBidders() {
    CliRun run = assess(dir);
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains(dir + ": The file holds no bidders."), run.err);
  }

  // ------------------------------------------------------------------------------ hostile: header

  @Test
  void aWrongDelimiterIsExplained() throws IOException {
    List<String> lines = bundledLines();
    lines.replaceAll(line -> line.replace(';', '\t'));
    CliRun run = assess(writeLines("tabs.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    // The tabs are shown as \t, never written raw.
    assertTrue(run.err.contains("tabs.csv:1: Unknown column \"organisationsnummer\\tnamn\\tjuridisk_form…\": it holds"
        + " tab characters; separate the columns with ; or ,."), run.err);
    assertTrue(run.err.contains("tabs.csv:1: Required columns are missing: identity, name, legal_form"), run.err);
    assertEquals("", run.out);
  }

  @Test
  void missingColumnsAreNamedInTheChosenLanguage() throws IOException {
    String csv = "organisationsnummer;namn\n769612-3459;Tumba Återbruk ekonomisk förening\n";
    CliRun en = assess(write("missing.csv", csv));
    assertEquals(ExitCodes.INVALID_INPUT, en.exitCode);
    assertTrue(en.err.contains("missing.csv:1: Required columns are missing: legal_form (columns read with ; as"
        + " separator)."), en.err);
    CliRun sv = CliRun.run("assess", "--procurement", PROCUREMENT, "--bidders", dir.resolve("missing.csv").toString());
    assertTrue(sv.err.contains("missing.csv:1: Obligatoriska kolumner saknas: juridisk_form"), sv.err);
  }

  @Test
  void unknownAndRepeatedColumnsAreRefused() throws IOException {
    CliRun run = assess(write("columns.csv", "organisationsnummer;namn;juridisk_form;identity;betyg\n"));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("columns.csv:1: The column \"identity\" appears more than once."), run.err);
    assertTrue(run.err.contains("columns.csv:1: Unknown column \"betyg\"; see the README for the columns."), run.err);
  }

  // -------------------------------------------------------------------------------- hostile: rows

  @Test
  void aNonNumericCountSkipsThatBidderOnlyAndNamesLineAndColumn() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";20;5;", ";tjugo;5;"));
    CliRun run = assess(writeLines("counts.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    String file = dir.resolve("counts.csv").toString();
    assertEquals(file + ":4: sysselsatta: Not a whole number: \"tjugo\" (digits only, at most 9).\n"
        + file + ":4: The bidder 559876-5435 is not assessed; its lines are skipped: 4.\n"
        + "Bidders assessed: 7; rows skipped: 1 of 9, as listed above.\n", run.err);
    assertFalse(run.out.contains("Huddinge Café"), run.out);
    assertTrue(run.out.contains("Tumba Återbruk ekonomisk förening  769612-3459"), run.out);
  }

  @Test
  void aBadRowSkipsEveryRowOfItsBidderSoNoSiteIsLost() throws IOException {
    List<String> lines = bundledLines();
    lines.set(2, lines.get(2).replace("59,2050", "59.20.50"));
    CliRun run = assess(writeLines("site.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("site.csv:3: latitud: Not a decimal number: \"59.20.50\""), run.err);
    assertTrue(run.err.contains("site.csv:2: The bidder 769612-3459 is not assessed; its lines are skipped: 2, 3."),
        run.err);
    assertTrue(run.err.contains("Bidders assessed: 7; rows skipped: 2 of 9"), run.err);
  }

  @Test
  void strictRefusesTheWholeFile() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";20;5;", ";tjugo;5;"));
    CliRun run = assess(writeLines("strict.csv", lines), "--strict");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertEquals("", run.out);
    assertTrue(run.err.endsWith("Nothing was assessed: --strict refuses a file with any problem.\n"), run.err);
    assertTrue(run.err.contains("strict.csv:4: sysselsatta: Not a whole number"), run.err);
  }

  @Test
  void aDecimalCommaInACommaSeparatedFileIsExplained() throws IOException {
    String csv = "identity,name,legal_form,site,latitude,longitude\n"
        + "769612-3459,Tumba Återbruk ekonomisk förening,ekonomisk-forening,Butiken,59,2001,17,8312\n";
    CliRun run = assess(write("comma.csv", csv));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("comma.csv:2: The row has 8 fields where the header has 6; is a value with the"
        + " separator in it unquoted (a decimal comma in a comma-separated file)?"), run.err);
    assertTrue(run.err.contains("comma.csv:2: The bidder 769612-3459 is not assessed; its lines are skipped: 2."),
        run.err);
  }

  @Test
  void conflictingBidderValuesSkipTheBidder() throws IOException {
    List<String> lines = bundledLines();
    lines.set(2, lines.get(2).replace(";20;7;", ";21;7;"));
    CliRun run = assess(writeLines("conflict.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("conflict.csv:3: sysselsatta: The value \"21\" differs from \"20\" given for the"
        + " same bidder on line 2."), run.err);
  }

  @Test
  void badCodesListTheKnownOnes() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";aktiebolag;", ";AB;"));
    CliRun run = assess(writeLines("code.csv", lines));
    assertTrue(run.err.contains("code.csv:4: juridisk_form: Not a known code: \"AB\"; one of aktiebolag,"
        + " aktiebolag-svb, enskild-firma,"), run.err);
  }

  @Test
  void moreInTheTargetGroupsThanOccupiedIsRefused() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";20;5;17,5;2,5;", ";5;20;;;"));
    CliRun run = assess(writeLines("target.csv", lines));
    assertTrue(run.err.contains("target.csv:4: sysselsatta_malgrupp: 20 in the target groups is more than the 5"
        + " occupied."), run.err);
  }

  @Test
  void aBrokenInvariantIsReportedInTheChosenLanguage() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";aktiebolag;", ";ideell-forening;"));
    CliRun run = assess(writeLines("form.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("form.csv:4: The legal form"), run.err);
  }

  @Test
  void anInvalidPersonnummerIsReportedMasked() throws IOException {
    List<String> lines = bundledLines();
    lines.set(lines.size() - 1, lines.get(lines.size() - 1).replace("19121212-1212", "19121212-1213"));
    CliRun run = assess(writeLines("pnr.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("pnr.csv:10: organisationsnummer: 19121212-**** is not a valid personnummer"), run.err);
    assertFalse(run.err.contains("1213") || run.out.contains("1213"), run.toString());
  }

  @Test
  void aPersonnummerNeverAppearsInFullInAnyMessage() throws IOException {
    List<String> lines = bundledLines();
    String soleTrader = lines.get(lines.size() - 1);
    lines.add(soleTrader.replace("Trädgården i Tumba", "Förrådet").replace(";2;1;", ";3;1;"));
    CliRun run = assess(writeLines("pnr2.csv", lines));
    assertTrue(run.err.contains("pnr2.csv:11: sysselsatta: The value \"3\" differs from \"2\""), run.err);
    assertTrue(run.err.contains("The bidder 19121212-**** is not assessed; its lines are skipped: 10, 11."), run.err);
    assertPersonnummerHidden(run);
  }

  @Test
  void totalsCannotJudgeAProcurementThatCountsOnlySomeForms() throws IOException {
    String procurement = Files.readString(Path.of(PROCUREMENT), StandardCharsets.UTF_8)
        .replace("        \"placement\",\n", "");
    Path narrowed = write("narrow.procurement.json", procurement);
    CliRun run = CliRun.run("assess", "--procurement", narrowed.toString(), "--bidders", CSV, "--lang", "en");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.contains("hbs-2017-bidders.csv:1: The procurement counts only some engagement forms or target"
        + " groups, but the CSV gives totals; give the bidders as a JSON document instead."), run.err);
  }

  @Test
  void emptyFteCellsAreUnknownSoAProcurementCountingFteFindsTheShareUndetermined() throws IOException {
    String procurement = Files.readString(Path.of(PROCUREMENT), StandardCharsets.UTF_8)
        .replace("\"countingBasis\": \"heads\"", "\"countingBasis\": \"full-time-equivalents\"");
    Path fte = write("fte.procurement.json", procurement);
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";20;5;17,5;2,5;", ";20;5;;;"));
    CliRun run = CliRun.run("assess", "--procurement", fte.toString(), "--bidders",
        writeLines("fte.csv", lines).toString(), "--lang", "en", "--format", "json");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("", run.err);
    int cafe = run.out.indexOf("Huddinge Café");
    assertTrue(cafe >= 0, run.out);
    int share = run.out.indexOf("\"ruleId\": \"LOU-4-18-SHARE\"", cafe);
    String finding = run.out.substring(share, run.out.indexOf("\"ruleId\"", share + 1));
    assertTrue(finding.contains("\"outcome\": \"undetermined\""), finding);
    assertTrue(finding.contains("\"reason\": \"FULL_TIME_EQUIVALENTS_UNKNOWN\""), finding);
  }

  @Test
  void aSiteWithLatitudeAndLongitudeSwappedIsWarnedInEveryFormatButJudgedAsGiven() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";59,2370;17,9850;", ";17,9850;59,2370;"));
    Path swapped = writeLines("swapped.csv", lines);
    CliRun table = assess(swapped);
    assertEquals(ExitCodes.OK, table.exitCode, table.toString());
    assertTrue(table.out.contains("Warnings (they do not change any outcome):\n  Huddinge Café och Catering AB"
        + " (559876-5435): Caféet i Huddinge centrum: the position lies far outside Sweden and its neighbours but"
        + " would lie in Sweden with latitude and longitude swapped"), table.out);
    assertTrue(table.out.contains(" m (!)"), table.out);
    CliRun swedish = CliRun.run("assess", "--procurement", PROCUREMENT, "--bidders", swapped.toString());
    assertTrue(swedish.out.contains("Varningar (de ändrar inget utfall):"), swedish.out);
    CliRun markdown = assess(swapped, "--format", "markdown");
    assertTrue(markdown.out.contains("\n- Caféet i Huddinge centrum: the position lies far outside Sweden"),
        markdown.out);
    CliRun json = assess(swapped, "--format", "json");
    assertTrue(json.out.startsWith("{\n  \"formatVersion\": 3,"), json.out);
    assertTrue(json.out.replaceAll("\\s+", "").contains("\"inside\":false,\"warnings\":[\"likely-swapped-coordinates\"]"),
        json.out);
    CliRun csv = assess(swapped, "--format", "csv");
    assertTrue(csv.out.lines().anyMatch(line -> line.startsWith("Huddinge Café") && line.contains(
        "Caféet i Huddinge centrum: the position lies far outside Sweden")), csv.out);
    CliRun map = assess(swapped, "--format", "geojson");
    assertTrue(map.out.replaceAll("\\s+", "").contains("\"site\":\"CaféetiHuddingecentrum\"")
        && map.out.replaceAll("\\s+", "").contains("\"warnings\":[\"likely-swapped-coordinates\"]"), map.out);
    // Without the swap, no bidder is warned.
    assertFalse(assess(Path.of(CSV)).out.contains("Warnings"));
    assertFalse(assess(Path.of(CSV), "--format", "geojson").out.contains("\"warnings\""));
    assertFalse(assess(Path.of(CSV), "--format", "json").out.contains("\"warnings\""));
  }

  @Test
  void emptyFteCellsAreUnknownButHeadsStillCountWhenTheProcurementCountsHeads() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";20;5;17,5;2,5;", ";20;5;;;"));
    CliRun withoutFte = assess(writeLines("heads.csv", lines), "--format", "json");
    CliRun withFte = assess(Path.of(CSV), "--format", "json");
    assertEquals(ExitCodes.OK, withoutFte.exitCode, withoutFte.toString());
    // The verdicts do not depend on the FTE when heads are counted.
    assertEquals(withFte.out.replaceAll("\"fullTimeEquivalents\": [0-9.]+,?", ""),
        withoutFte.out.replaceAll("\"fullTimeEquivalents\": [0-9.]+,?", ""));
  }

  // ------------------------------------------------------------------------------ hostile: JSON

  @Test
  void aBadProcurementIsRefusedWithItsJsonPointer() throws IOException {
    String procurement = Files.readString(Path.of(PROCUREMENT), StandardCharsets.UTF_8)
        .replace("\"threshold\": 0.3", "\"threshold\": 0.2");
    Path bad = write("bad.procurement.json", procurement);
    CliRun run = CliRun.run("assess", "--procurement", bad.toString(), "--bidders", CSV, "--lang", "en");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.startsWith(bad + ": /procurement/shareRequirement"), run.err);
  }

  @Test
  void badJsonBiddersAreRefusedWithTheirJsonPointer() throws IOException {
    String bidders = Files.readString(Path.of(JSON), StandardCharsets.UTF_8)
        .replaceFirst("\"heads\": 10", "\"heads\": \"ten\"");
    CliRun run = assess(write("bad.json", bidders));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.startsWith(dir.resolve("bad.json") + ": /bidders/0/workforce/lines/0/heads: "), run.err);
  }

  // ------------------------------------------------------------------------ options and exit codes

  @Test
  void failOnNotMetAndUndetermined() throws IOException {
    assertEquals(ExitCodes.FAIL_ON, assess(Path.of(CSV), "--fail-on", "not-met").exitCode);
    assertEquals(ExitCodes.FAIL_ON, assess(Path.of(CSV), "--fail-on", "undetermined").exitCode);
    List<String> lines = bundledLines();
    List<String> undetermined = List.of(lines.get(0), lines.get(lines.size() - 1));
    Path file = writeLines("undetermined.csv", undetermined);
    assertEquals(ExitCodes.OK, assess(file, "--fail-on", "not-met").exitCode);
    assertEquals(ExitCodes.FAIL_ON, assess(file, "--fail-on", "undetermined").exitCode);
    List<String> met = List.of(lines.get(0), lines.get(1), lines.get(2));
    assertEquals(ExitCodes.OK, assess(writeLines("met.csv", met), "--fail-on", "undetermined").exitCode);
  }

  @Test
  void failOnWritesTheWholeReport() {
    CliRun run = assess(Path.of(CSV), "--fail-on", "not-met");
    assertEquals(assess(Path.of(CSV)).out, run.out);
  }

  @Test
  void usageErrors() {
    CliRun badFailOn = assess(Path.of(CSV), "--fail-on", "sometimes");
    assertEquals(ExitCodes.USAGE, badFailOn.exitCode);
    assertTrue(badFailOn.err.contains("expected not-met or undetermined, got sometimes"), badFailOn.err);
    assertEquals(ExitCodes.USAGE, assess(Path.of(CSV), "--format", "xml").exitCode);
    assertEquals(ExitCodes.USAGE, CliRun.run("assess", "--bidders", CSV).exitCode);
  }

  @Test
  void outputGoesToTheFileWhole() throws IOException {
    Path report = dir.resolve("report.md");
    Files.writeString(report, "old");
    CliRun run = assess(Path.of(CSV), "--format", "markdown", "--output", report.toString());
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertEquals(assess(Path.of(CSV), "--format", "markdown").out, Files.readString(report, StandardCharsets.UTF_8));
    try (var files = Files.list(dir)) {
      assertEquals(List.of(report), files.toList(), "no temporary file left behind");
    }
  }

  @Test
  void anUnwritableOutputIsAnIoError() {
    CliRun run = assess(Path.of(CSV), "--output", dir.resolve("no/such/dir/report.txt").toString());
    assertEquals(ExitCodes.SOFTWARE, run.exitCode);
    assertTrue(run.err.contains("report.txt: The report cannot be written (NoSuchFileException)."), run.err);
  }

  // ------------------------------------------------------------------------------------- progress

  @Test
  void progressIsShownOnlyForManyBiddersInATerminal() throws IOException {
    Path many = writeLines("many.csv", GeneratedBidders.csv(Progress.THRESHOLD + 1));
    String[] args = {"assess", "--procurement", PROCUREMENT, "--bidders", many.toString(), "--lang", "en",
        "--format", "json"};
    CliRun terminal = CliRun.inTerminal(args);
    assertEquals(ExitCodes.OK, terminal.exitCode, terminal.err);
    assertTrue(terminal.err.startsWith("\rAssessing bidders: 50 of 5001 (0 %)"), terminal.err.substring(0, 80));
    assertTrue(terminal.err.endsWith("\rAssessing bidders: 5001 of 5001 (100 %)\n"), terminal.err);
    CliRun piped = CliRun.run(args);
    assertEquals("", piped.err);
    assertEquals(terminal.out, piped.out);
    Path few = writeLines("few.csv", GeneratedBidders.csv(Progress.THRESHOLD));
    assertEquals("", CliRun.inTerminal("assess", "--procurement", PROCUREMENT, "--bidders", few.toString(),
        "--format", "json").err);
  }

  // ------------------------------------------------------------------------- one bidder, many rows

  @Test
  void anIdentityIsTheSameBidderWhateverItsSpelling() throws IOException {
    List<String> lines = bundledLines();
    lines.set(2, lines.get(2).replace("769612-3459;", "7696123459;"));
    String soleTrader = lines.get(lines.size() - 1);
    lines.add(soleTrader.replace("19121212-1212;", "121212+1212;").replace(";enskild-firma;", ";;")
        .replace("Trädgården i Tumba", "Förrådet i Tumba"));
    CliRun run = assess(writeLines("spellings.csv", lines), "--format", "markdown");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.contains("Lagret i Tullinge: Tumba centrum 3939.648 m"), run.out);
    assertTrue(run.out.contains("Förrådet i Tumba: "), run.out);
    assertPersonnummerHidden(run);
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsSkipsItsWholeBidder() throws IOException {
    List<String> lines = bundledLines();
    lines.set(1, lines.get(1).replaceFirst(";;;$", ";;"));
    CliRun run = assess(writeLines("short.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("short.csv:2: The row has 20 fields where the header has 21;"), run.err);
    assertTrue(run.err.contains("short.csv:2: The bidder 769612-3459 is not assessed; its lines are skipped: 2, 3."),
        run.err);
    assertFalse(run.out.contains("Tumba Återbruk"), run.out);
  }

  @Test
  void aMistypedIdentityOnOneRowSkipsTheBidderOfTheSameName() throws IOException {
    List<String> lines = bundledLines();
    lines.set(2, lines.get(2).replace("769612-3459;", "769612-3458;"));
    CliRun run = assess(writeLines("typo.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("typo.csv:2: A row with this bidder's name on line 3 has no valid identity"), run.err);
    assertTrue(run.err.contains("typo.csv:3: organisationsnummer: 769612-**** is not a valid organisation number."),
        run.err);
    assertFalse(run.out.contains("Tumba Återbruk"), run.out);
  }

  @Test
  void biddersOfTheSameNameAreOrderedByTheirFullIdentity() throws IOException {
    String header = bundledLines().get(0);
    String anna = bundledLines().get(9);
    String other = anna.replace("19121212-1212", "19121212-9876").replace("Trädgården i Tumba", "Trädgården i Salem");
    String forward = assess(writeLines("forward.csv", List.of(header, anna, other)), "--format", "json").out;
    String backward = assess(writeLines("backward.csv", List.of(header, other, anna)), "--format", "json").out;
    assertEquals(forward, backward);
    assertTrue(forward.indexOf("Trädgården i Tumba") < forward.indexOf("Trädgården i Salem"), forward);
  }

  @Test
  void aRepeatedSiteIsReportedOnItsLine() throws IOException {
    List<String> lines = bundledLines();
    lines.set(2, lines.get(2).replace("Lagret i Tullinge", "Butiken i Tumba"));
    CliRun run = assess(writeLines("site2.csv", lines));
    assertTrue(run.err.contains("site2.csv:3: arbetsplats: The site \"Butiken i Tumba\" is already given on line 2."),
        run.err);
  }

  @Test
  void negativeFullTimeEquivalentsAndMoreThanTheHeadsAreRefused() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";17,5;2,5;", ";-17,5;2,5;"));
    lines.set(4, lines.get(4).replace(";17;3;", ";17;7;"));
    CliRun run = assess(writeLines("fte2.csv", lines));
    assertTrue(run.err.contains("fte2.csv:4: sysselsatta_heltid: \"-17,5\" is negative; it may not be."), run.err);
    assertTrue(run.err.contains("fte2.csv:5: sysselsatta_malgrupp_heltid: 7 full-time equivalents are more than the 6"
        + " heads they are counted over."), run.err);
  }

  @Test
  void aValueShapedLikeAPersonnummerIsMaskedWhereverItStands() throws IOException {
    List<String> lines = bundledLines();
    lines.set(3, lines.get(3).replace(";2017-12-01;", ";19121212-1212;"));
    CliRun run = assess(writeLines("misplaced.csv", lines));
    assertTrue(run.err.contains("misplaced.csv:4: period_fran: Not a date: \"19121212-****\""), run.err);
    assertPersonnummerHidden(run);
  }

  @Test
  void aSeparatorTooManyInTheHeaderIsExplained() throws IOException {
    List<String> lines = bundledLines();
    lines.set(0, lines.get(0) + ";");
    CliRun run = assess(writeLines("trailing.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("trailing.csv:1: Column 22 of the header has no name; is there a separator too many,"
        + " at the end of the line?"), run.err);
  }

  @Test
  void repeatedIdentitiesInJsonAreRefused() throws IOException {
    String bidders = Files.readString(Path.of(JSON), StandardCharsets.UTF_8)
        .replace("\"organisationNumber\": \"556987-4125\"", "\"organisationNumber\": \"769631-2458\"")
        .replaceFirst("\"legalForm\": \"aktiebolag\"", "\"legalForm\": \"ekonomisk-forening\"");
    CliRun run = assess(write("twice.json", bidders));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.contains(": /bidders/0: The identity 769631-2458 is given 2 times, next at /bidders/1; none of"
        + " the bidders with it is assessed."), run.err);
    assertTrue(run.err.contains(": /bidders/1: The identity 769631-2458 is given first at /bidders/0; none of the"
        + " bidders with it is assessed."), run.err);
    assertTrue(run.err.endsWith("Bidders assessed: 7 of 9, as listed above.\n"), run.err);
  }

  @Test
  void brokenJsonBiddersAreListedAndTheOthersAssessed() throws IOException {
    String bidders = Files.readString(Path.of(JSON), StandardCharsets.UTF_8)
        .replace("\"organisationNumber\": \"556987-4125\"", "\"organisationNumber\": \"556987-4126\"")
        .replace("\"legalForm\": \"ideell-forening\"", "\"legalForm\": \"ideell_forening\"");
    CliRun run = assess(write("broken.json", bidders));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.contains("broken.json: /bidders/1/organisationNumber: "), run.err);
    assertTrue(run.err.contains("broken.json: /bidders/3/legalForm: "), run.err);
    assertTrue(run.err.endsWith("Bidders assessed: 7 of 9, as listed above.\n"), run.err);
    assertTrue(run.out.contains("Tumba Återbruk"), run.out);
    assertFalse(run.out.contains("Huddinge Fastighetsservice AB"), run.out);
  }

  @Test
  void theOutputFileKeepsThePermissionsOfTheFileItReplaces() throws IOException {
    Path report = dir.resolve("shared.txt");
    Files.writeString(report, "old");
    if (Files.getFileAttributeView(report, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
      return;
    }
    var permissions = java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(report, permissions);
    assertEquals(ExitCodes.OK, assess(Path.of(CSV), "--output", report.toString()).exitCode);
    assertEquals(permissions, Files.getPosixFilePermissions(report));
  }

  @Test
  void theRootIsNoOutputFile() {
    CliRun run = assess(Path.of(CSV), "--output", "/");
    assertEquals(ExitCodes.SOFTWARE, run.exitCode, run.toString());
    assertEquals("/: The report cannot be written (NoSuchFileException).\n", run.err);
  }

  @Test
  void aQuotedValueOverTheLimitIsRefusedAtItsLine() throws IOException {
    List<String> lines = bundledLines();
    String longValue = ("x".repeat(1000) + "\n").repeat(70);
    lines.add(2, "559876-5435;\"" + longValue + "\";aktiebolag" + ";".repeat(18));
    CliRun run = assess(writeLines("longquoted.csv", lines));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.matches("(?s).*longquoted\\.csv:(\\d+): Not well-formed CSV: .*"), run.err);
    assertFalse(run.err.contains("longquoted.csv: Not well-formed"), run.err);
  }
}
