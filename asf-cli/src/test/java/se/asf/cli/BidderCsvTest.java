package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;

/** The bidders CSV maps an empty cell of an optional fact to unknown, never to zero. */
class BidderCsvTest {
  private static final BidderCsv.Options OPTIONS = new BidderCsv.Options(LocalDate.of(2026, 11, 23), true);
  private static final String HEADER = "identity;name;legal_form;period_start;period_end;occupied;occupied_target_groups;"
      + "occupied_fte;occupied_target_groups_fte\n";

  private static BidderCsv.Result read(String row) throws InputFileException {
    return BidderCsv.read("b.csv", (HEADER + row + "\n").getBytes(StandardCharsets.UTF_8), OPTIONS);
  }

  private static Workforce workforce(String row) throws InputFileException {
    BidderCsv.Result result = read(row);
    assertEquals(List.of(), result.problems.stream().map(p -> p.render(Locale.ENGLISH)).toList());
    return result.bidders.get(0).enterprise().getWorkforce().orElseThrow();
  }

  private static WorkforceLine others(int heads, String fte) {
    return fte == null ? WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.NONE, heads)
        : WorkforceLine.of(EngagementForm.OTHER, TargetGroup.NONE, heads, new BigDecimal(fte));
  }

  private static WorkforceLine target(int heads, String fte) {
    return fte == null ? WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.OTHER_DISADVANTAGED, heads)
        : WorkforceLine.of(EngagementForm.OTHER, TargetGroup.OTHER_DISADVANTAGED, heads, new BigDecimal(fte));
  }

  @Test
  void emptyFteCellsAreUnknownNeverZeroNorTheHeads() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;;");
    assertEquals(List.of(others(13, null), target(7, null)), workforce.getLines());
  }

  @Test
  void bothFteCellsGiveBothLinesTheirFte() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;16,5;3,5");
    assertEquals(List.of(others(13, "13.0"), target(7, "3.5")), workforce.getLines());
  }

  @Test
  void onlyTheTargetGroupsFteGivesTheTargetLineItsFteAndLeavesTheOthersUnknown() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;;3,5");
    assertEquals(List.of(others(13, null), target(7, "3.5")), workforce.getLines());
  }

  @Test
  void onlyTheTotalFteCannotBeSplitSoBothLinesAreUnknown() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;16,5;");
    assertEquals(List.of(others(13, null), target(7, null)), workforce.getLines());
  }

  @Test
  void aTotalFteAboveTheHeadsIsStillRefusedWithoutTheTargetGroupsFte() throws InputFileException {
    BidderCsv.Result result = read("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;20,5;");
    assertEquals(List.of(), result.bidders);
    assertTrue(result.problems.get(0).render(Locale.ENGLISH).startsWith("b.csv:2: occupied_fte: "),
        result.problems.get(0).render(Locale.ENGLISH));
    // At the boundary, equal to the heads, it is accepted.
    workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;20;");
  }

  @Test
  void anEmptyPeriodEndIsTheOneDayOfTheStart() throws InputFileException {
    assertEquals(DatePeriod.ofDate(LocalDate.of(2017, 12, 1)),
        workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;;").getPeriod());
    assertEquals(DatePeriod.of(LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 30)),
        workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-11-01;2017-11-30;20;7;;").getPeriod());
  }

  @Test
  void aForeignIdentifierIsAnIdentityInItsCanonicalSpelling() throws InputFileException {
    BidderCsv.Result result = read("fi:VAT:FI01120389;Työkeskus Oy;aktiebolag;2017-12-01;;20;7;;");
    assertEquals(List.of(), result.problems.stream().map(p -> p.render(Locale.ENGLISH)).toList());
    assertEquals(se.asf.core.identity.ForeignIdentifier.parse("FI:VAT:FI01120389"),
        result.bidders.get(0).enterprise().getIdentity());
    assertEquals("FI:VAT:FI01120389", result.bidders.get(0).enterprise().getIdentity().toString());
  }

  @Test
  void aForeignIdentifierWithAWrongCheckDigitIsReportedMaskedAndTheBidderSkipped() throws InputFileException {
    BidderCsv.Result result = read("NO:NATIONAL_REGISTER:923609017;Verksted AS;aktiebolag;2017-12-01;;20;7;;");
    assertEquals(List.of(), result.bidders);
    String message = result.problems.get(0).render(Locale.ENGLISH);
    assertTrue(message.startsWith("b.csv:2: identity: "), message);
    assertTrue(message.contains("not a valid foreign identifier"), message);
    assertTrue(message.contains("check digit"), message);
    assertTrue(!message.contains("923609017"), message);
  }

  // ------------------------------------------------------------------------------ self-declarations

  private static final String DECLARED = "identity;name;legal_form;self_declared_indicator;self_declared_percentage;"
      + "self_declared_categories;self_declared_document_id;self_declared_standard_version\n";

  private static BidderCsv.Result declared(String header, String... rows) throws InputFileException {
    return BidderCsv.read("d.csv", (header + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8),
        OPTIONS);
  }

  private static List<String> rendered(BidderCsv.Result result) {
    return result.problems.stream().map(p -> p.render(Locale.ENGLISH)).toList();
  }

  @Test
  void aSelfDeclarationIsReadInPerCentWithItsSource() throws InputFileException {
    BidderCsv.Result result = declared(DECLARED,
        "769612-3459;Tumba Återbruk;ekonomisk-forening;ja;45,5;Långtidsarbetslösa;ESPD-R-1;ESPD-EDM 3.1.0");
    assertEquals(List.of(), rendered(result));
    se.asf.core.enterprise.SelfDeclaredShare declaration =
        result.bidders.get(0).enterprise().getSelfDeclaredShare().orElseThrow();
    assertEquals(java.util.Optional.of(true), declaration.getIndicator());
    assertEquals(java.util.Optional.of("45,5"), declaration.getDeclaredValue());
    assertEquals(java.util.Optional.of(se.asf.core.Share.ofFraction("0.455")), declaration.getDeclaredShare());
    assertEquals(java.util.Optional.of("Långtidsarbetslösa"), declaration.getCategories());
    assertEquals(se.asf.core.enterprise.DeclarationDocument.ESPD_RESPONSE, declaration.getDocument());
    assertEquals("ESPD-R-1", declaration.getDocumentId());
    assertEquals("ESPD-EDM 3.1.0", declaration.getStandardVersion());
  }

  @Test
  void theColumnsAreOptionalAndAnEmptyDeclarationIsNone() throws InputFileException {
    BidderCsv.Result result = declared(DECLARED, "769612-3459;Tumba Återbruk;ekonomisk-forening;;;;;");
    assertEquals(List.of(), rendered(result));
    assertEquals(java.util.Optional.empty(), result.bidders.get(0).enterprise().getSelfDeclaredShare());
    // Without the columns at all, as before.
    BidderCsv.Result without = declared("identity;name;legal_form\n", "769612-3459;Tumba Återbruk;ekonomisk-forening");
    assertEquals(java.util.Optional.empty(), without.bidders.get(0).enterprise().getSelfDeclaredShare());
  }

  @Test
  void aNoWithoutPercentageAndSwedishHeadersAreRead() throws InputFileException {
    BidderCsv.Result result = declared("organisationsnummer;namn;juridisk_form;Egen försäkran svar;"
        + "egen-försäkran procent;egen_forsakran_dokument;EGEN_FORSAKRAN_VERSION\n",
        "769612-3459;Tumba Återbruk;ekonomisk-forening;nej;;ESPD-R-4;ESPD-EDM 3.0.0");
    assertEquals(List.of(), rendered(result));
    se.asf.core.enterprise.SelfDeclaredShare declaration =
        result.bidders.get(0).enterprise().getSelfDeclaredShare().orElseThrow();
    assertEquals(java.util.Optional.of(false), declaration.getIndicator());
    assertEquals(java.util.Optional.empty(), declaration.getDeclaredValue());
    assertEquals(java.util.Optional.empty(), declaration.getDeclaredShare());
  }

  @Test
  void aBadPercentageIsNamedByLineAndColumnAndTheBidderSkipped() throws InputFileException {
    String row = "769612-3459;Tumba Återbruk;ekonomisk-forening;ja;%s;;ESPD-R-1;ESPD-EDM 3.1.0";
    for (String[] bad : new String[][] {{"0,7", "is ambiguous: a fraction (0.7 for 70 %) or per cent (0.7 %)?"},
        {"1", "is ambiguous"}, {"150", "The percentage \"150\" is outside 0 to 100."},
        {"-5", "The percentage \"-5\" is outside 0 to 100."}, {"abc", "Not a decimal number: \"abc\""},
        {"45 %", "Not a decimal number"}}) {
      BidderCsv.Result result = declared(DECLARED, String.format(row, bad[0]));
      assertEquals(List.of(), result.bidders, bad[0]);
      List<String> problems = rendered(result);
      assertTrue(problems.get(0).startsWith("d.csv:2: self_declared_percentage: ") && problems.get(0).contains(bad[1]),
          problems.toString());
      assertTrue(problems.get(1).contains("is not assessed"), problems.toString());
    }
    // The boundaries: 0 and 100 are read; just above 1 is not ambiguous.
    for (String good : List.of("0", "100", "1,01")) {
      assertEquals(List.of(), rendered(declared(DECLARED, String.format(row, good))), good);
    }
  }

  @Test
  void aDeclarationNamesItsSourceOrIsRefused() throws InputFileException {
    BidderCsv.Result result = declared(DECLARED, "769612-3459;Tumba Återbruk;ekonomisk-forening;ja;45;;;");
    assertEquals(List.of(), result.bidders);
    List<String> problems = rendered(result);
    assertEquals("d.csv:2: self_declared_document_id: A value is required.", problems.get(0));
    assertEquals("d.csv:2: self_declared_standard_version: A value is required.", problems.get(1));
    BidderCsv.Result yesNo = declared(DECLARED, "769612-3459;Tumba Återbruk;ekonomisk-forening;kanske;45;;R;V");
    assertEquals("d.csv:2: self_declared_indicator: Not yes or no: \"kanske\" (ja, nej, yes or no).",
        rendered(yesNo).get(0));
  }

  @Test
  void aBidderLevelDeclarationMustAgreeAcrossItsRows() throws InputFileException {
    BidderCsv.Result result = declared("identity;name;legal_form;site;self_declared_percentage;"
        + "self_declared_document_id;self_declared_standard_version\n",
        "769612-3459;Tumba Återbruk;ekonomisk-forening;Butiken;45;R-1;ESPD-EDM 4.1.0",
        "769612-3459;Tumba Återbruk;ekonomisk-forening;Lagret;40;R-1;ESPD-EDM 4.1.0");
    assertEquals(List.of(), result.bidders);
    assertTrue(rendered(result).contains("d.csv:3: self_declared_percentage: The value \"40\" differs from \"45\""
        + " given for the same bidder on line 2."), rendered(result).toString());
  }
}
