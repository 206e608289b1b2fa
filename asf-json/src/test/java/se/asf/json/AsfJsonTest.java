package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.Site;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.fixtures.Fixtures;
import se.asf.rules.Assessment;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;

class AsfJsonTest {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final AsfJson JSON = Fixtures.FULL;
  private static final Organisationsnummer NUMBER = Organisationsnummer.parse("769631-2458");

  private static Enterprise minimal() {
    return Enterprise.builder().name("Tumba Återbruk").identity(NUMBER).legalForm(LegalForm.EKONOMISK_FORENING).build();
  }

  private static Assessment assessment() {
    return Assessment.builder()
        .subjectName("Tumba Återbruk")
        .subjectIdentity(NUMBER.toString())
        .ruleSetId("LOU-4-18")
        .ruleSetVersion("1")
        .procurementReference(Hbs2017Pilot.REFERENCE)
        .assessmentDate(Hbs2017Pilot.TENDER_DEADLINE)
        .addFinding(Finding.of("LOU-4-18-SHARE", se.asf.rules.reasons.ShareReason.THRESHOLD_REACHED,
            "LOU 4 kap. 18 §", Figure.code("basis", se.asf.core.workforce.CountingBasis.HEADS),
            Figure.share("threshold", se.asf.core.Share.ofPercent(30)), Figure.count("targetGroup", 6),
            Figure.count("occupied", 16), Figure.period("period", se.asf.core.DatePeriod.ofDate(
                java.time.LocalDate.of(2017, 12, 1))), Figure.percent("share", new java.math.BigDecimal("37.50"))))
        .build();
  }

  @Test
  void aMinimalEnterpriseIsWrittenCanonically() {
    assertEquals("""
        {
          "formatVersion": 1,
          "enterprise": {
            "name": "Tumba Återbruk",
            "organisationNumber": "769631-2458",
            "legalForm": "ekonomisk-forening",
            "sites": []
          }
        }
        """, JSON.writeEnterprise(minimal()));
  }

  @Test
  void anAssessmentReportIsWrittenWithItsDerivedOutcomeAndFiguresInOrder() {
    String written = JSON.writeAssessmentReport(List.of(assessment()));
    assertTrue(written.contains("""
              "outcome": "met",
              "findings": [
                {
                  "ruleId": "LOU-4-18-SHARE",
                  "outcome": "met",
                  "reason": "THRESHOLD_REACHED",
                  "figures": [
                    {
                      "name": "basis",
                      "kind": "code",
                      "type": "countingBasis",
                      "value": "heads"
                    },
                    {
                      "name": "threshold",
                      "kind": "share",
                      "value": 30
                    },
                    {
                      "name": "targetGroup",
                      "kind": "decimal",
                      "value": 6
                    },
                    {
                      "name": "occupied",
                      "kind": "decimal",
                      "value": 16
                    },
                    {
                      "name": "period",
                      "kind": "period",
                      "value": {
                        "start": "2017-12-01",
                        "end": "2017-12-01"
                      }
                    },
                    {
                      "name": "share",
                      "kind": "share",
                      "value": 37.50
                    }
                  ],
                  "source": "LOU 4 kap. 18 §",
                  "message": {
                    "sv": "6 av 16 sysselsatta (personer) tillhör målgrupperna (37,50 %), minst andelskravet 30 % (period 2017-12-01).",
                    "en": "6 of 16 occupied heads belong to the target groups (37.50 %), at least the threshold of 30 % (period 2017-12-01)."
                  }
                }
              ]
        """), written);
    assertEquals(List.of(assessment()), JSON.readAssessmentReport(written));
  }

  @Test
  void aFormatOneReportIsStillReadWithTextFiguresAndItsMessages() {
    String v1 = """
        {"formatVersion": 1, "assessments": [{"subjectName": "Testbolaget AB", "subjectIdentity": "556987-4125",
          "ruleSetId": "LOU-4-18", "ruleSetVersion": "1", "assessmentDate": "2017-12-11", "outcome": "met",
          "findings": [{"ruleId": "LOU-4-18-SHARE", "outcome": "met", "reason": "THRESHOLD_REACHED",
            "figures": {"targetGroup": "3", "occupied": "10", "share": "30.00 %"}, "source": "LOU 4 kap. 18 §",
            "message": {"sv": "Andelskravet är uppfyllt.", "en": "The share requirement is met."}}]}]}
        """;
    Finding finding = JSON.readAssessmentReport(v1).get(0).getFindings().get(0);
    assertEquals("THRESHOLD_REACHED", finding.getReasonCode());
    assertEquals(Outcome.MET, finding.getOutcome());
    assertEquals(List.of(Figure.text("targetGroup", "3"), Figure.text("occupied", "10"), Figure.text("share", "30.00 %")),
        finding.getFigures());
    assertEquals("Andelskravet är uppfyllt.", finding.getMessage(java.util.Locale.forLanguageTag("sv")));
    assertEquals("The share requirement is met.", finding.getMessage(java.util.Locale.ENGLISH));
    // Written again, it is a format 3 report.
    assertTrue(JSON.writeAssessmentReport(JSON.readAssessmentReport(v1)).contains("\"formatVersion\": 3"));
  }

  @Test
  void messagesAreWrittenInTheConfiguredLanguages() {
    AsfJson english = AsfJson.builder().messageLanguages(java.util.Locale.ENGLISH).build();
    String written = english.writeAssessmentReport(List.of(assessment()));
    assertTrue(written.contains("\"en\": \"6 of 16 occupied heads"), written);
    assertFalse(written.contains("\"sv\":"), written);
    // Read back, the library's reason formats its Swedish message on demand.
    Finding read = english.readAssessmentReport(written).get(0).getFindings().get(0);
    assertEquals(assessment().getFindings().get(0), read);
    assertTrue(read.getMessage(java.util.Locale.forLanguageTag("sv")).startsWith("6 av 16 sysselsatta (personer)"));
  }

  @Test
  void exactDecimalsKeepEveryDigitAndTheirScale() {
    Enterprise enterprise = minimal().toBuilder()
        .workforce(Workforce.builder()
            .period(DatePeriod.ofDate(LocalDate.of(2017, 12, 1)))
            .addLine(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 7, new BigDecimal("3.50")))
            .addLine(WorkforceLine.of(EngagementForm.PLACEMENT, TargetGroup.NONE, 1,
                new BigDecimal("0.30000000000000000000000001")))
            .build())
        .profitPolicy(ProfitPolicy.builder()
            .addFiscalYear(FiscalYear.builder().year(Year.of(2016)).reinvested(new BigDecimal("240150.50"))
                .distributed(new BigDecimal("1E+3")).build())
            .build())
        .build();
    String written = JSON.writeEnterprise(enterprise);
    assertTrue(written.contains("\"fullTimeEquivalents\": 3.50"), written);
    assertTrue(written.contains("\"fullTimeEquivalents\": 0.30000000000000000000000001"), written);
    assertTrue(written.contains("\"year\": 2016"), written);
    assertTrue(written.contains("\"reinvested\": 240150.50"), written);
    assertTrue(written.contains("\"distributed\": 1E+3"), written);
    assertFalse(written.contains("\"transferredToIdeburna\""), written);
    assertEquals(enterprise, JSON.readEnterprise(written));
  }

  @Test
  void absentEvidenceIsLeftOutAndOtherListsAreAlwaysWritten() {
    String written = JSON.writeEnterprise(minimal().toBuilder().addSite(Site.builder().name("Lagret").build()).build());
    for (String absent : List.of("unit", "purpose", "participation", "profitPolicy", "ownership", "workforce",
        "payRange", "position", "address", "businessActivities", "null")) {
      assertFalse(written.contains("\"" + absent + "\""), absent);
    }
    assertTrue(written.contains("\"sites\": ["));
  }

  @Test
  void theStreamVariantsReadAndWriteTheSameBytes() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    JSON.writeProcurement(Hbs2017Pilot.procurement(), out);
    assertArrayEquals(JSON.writeProcurement(Hbs2017Pilot.procurement()).getBytes(StandardCharsets.UTF_8), out.toByteArray());
    assertEquals(Hbs2017Pilot.procurement(), JSON.readProcurement(new ByteArrayInputStream(out.toByteArray())));

    out.reset();
    JSON.writeEnterprise(minimal(), out);
    assertEquals(minimal(), JSON.readEnterprise(new ByteArrayInputStream(out.toByteArray())));
    out.reset();
    JSON.writeBidders(List.of(minimal()), out);
    assertEquals(List.of(minimal()), JSON.readBidders(new ByteArrayInputStream(out.toByteArray())));
    out.reset();
    JSON.writeAssessmentReport(List.of(assessment()), out);
    assertEquals(List.of(assessment()), JSON.readAssessmentReport(new ByteArrayInputStream(out.toByteArray())));
  }

  @Test
  void readingLeavesTheStreamOpen() {
    boolean[] closed = {false};
    InputStream in = new ByteArrayInputStream(JSON.writeEnterprise(minimal()).getBytes(StandardCharsets.UTF_8)) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    JSON.readEnterprise(in);
    assertFalse(closed[0]);
  }

  @Test
  void aMaskedDocumentCannotBeReadBack() {
    Enterprise soleTrader = Enterprise.builder().name("Fixarservice")
        .identity(Personnummer.parse("19121212-1212", LocalDate.of(2026, 1, 1)))
        .legalForm(LegalForm.ENSKILD_FIRMA).build();
    String masked = Fixtures.MASKED.writeEnterprise(soleTrader);
    assertTrue(masked.contains("\"personalIdentityNumber\": \"19121212-****\""));
    assertFalse(masked.contains("1212-1212"));
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> Fixtures.MASKED.readEnterprise(masked));
    assertEquals(JsonProblemCode.INVALID_IDENTITY, e.getCode());
    assertEquals("/enterprise/personalIdentityNumber", e.getPointer());
    assertEquals(soleTrader, JSON.readEnterprise(JSON.writeEnterprise(soleTrader)));
  }

  @Test
  void anInvariantProblemNamesTheInvariantAndTheAttribute() {
    String json = JSON.writeProcurement(Hbs2017Pilot.procurement()).replace("\"radiusMetres\": 9000", "\"radiusMetres\": 0");
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> JSON.readProcurement(json));
    JsonProblem problem = e.getProblems().get(0);
    assertEquals("/procurement/geographicRequirement/radiusMetres", problem.getPointer());
    assertEquals(Invariant.RADIUS_NOT_POSITIVE, problem.getInvariant().orElseThrow());
    assertEquals("The radius 0 m must be greater than zero.", problem.getMessage(Locale.ENGLISH));
    assertFalse(problem.getMessage(SWEDISH).isBlank());
    assertTrue(problem.getIdentityProblem().isEmpty());
  }

  @Test
  void controlAndFormatCharactersAreWrittenAsEscapesAndReadBackUnchanged() {
    String name = "A\u007f\u009b31m\u202eB\u2028\u200bC\u001b";
    Enterprise hostile = minimal().toBuilder().name(name).build();
    String json = JSON.writeEnterprise(hostile);
    assertTrue(json.contains("\"name\": \"A\\u007F\\u009B31m\\u202EB\\u2028\\u200BC\\u001B\""), json);
    assertTrue(json.chars().noneMatch(c -> c != '\n' && (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)));
    assertEquals(name, JSON.readEnterprise(json).getName());
  }

  @Test
  void aDocumentThatIsJustNullIsAProblemOfTheDocumentForEveryReader() {
    List<java.util.function.Function<String, Object>> readers =
        List.of(JSON::readEnterprise, JSON::readBidders, JSON::readProcurement, JSON::readAssessmentReport);
    for (java.util.function.Function<String, Object> read : readers) {
      AsfJsonException e = assertThrows(AsfJsonException.class, () -> read.apply("null"));
      assertEquals(JsonProblemCode.WRONG_TYPE, e.getCode());
      assertEquals("", e.getPointer());
      assertEquals("Expected an object, found null.", e.getProblems().get(0).getMessage(Locale.ENGLISH));
      assertEquals("Förväntade ett objekt, fann null.", e.getProblems().get(0).getMessage(SWEDISH));
    }
    AsfJsonException fromStream = assertThrows(AsfJsonException.class,
        () -> JSON.readBidders(new java.io.ByteArrayInputStream(" null ".getBytes(java.nio.charset.StandardCharsets.UTF_8))));
    assertEquals(JsonProblemCode.WRONG_TYPE, fromStream.getCode());
  }

  @Test
  void anIdentityNumberBreakingSeveralRulesGivesOneProblemEach() {
    String json = JSON.writeEnterprise(minimal()).replace("769631-2458", "409631-2458");
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> JSON.readEnterprise(json));
    assertEquals(List.of(IdentityProblem.GROUP, IdentityProblem.CHECK_DIGIT),
        e.getProblems().stream().map(p -> p.getIdentityProblem().orElseThrow()).toList());
    assertTrue(e.getProblems().stream().allMatch(p -> p.getPointer().equals("/enterprise/organisationNumber")));
    assertEquals(2, e.getMessage(SWEDISH).lines().count());
    assertTrue(e.getMessage().contains("409631-****"), e.getMessage());
  }

  @Test
  void aValueThatCouldNotBeReadBackIsNotWritten() {
    Enterprise farFuture = minimal().toBuilder().workforce(Workforce.builder()
        .period(DatePeriod.ofDate(LocalDate.of(10_000, 1, 1))).build()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AsfJsonException date = assertThrows(AsfJsonException.class, () -> JSON.writeEnterprise(farFuture, out));
    assertEquals(JsonProblemCode.INVALID_VALUE, date.getCode());
    assertEquals("/enterprise/workforce/period/start", date.getPointer());
    assertEquals(0, out.size(), "nothing is written when writing fails");

    ReservedProcurement huge = Hbs2017Pilot.procurement().toBuilder()
        .geographicRequirement(GeographicRequirement.builder().addCentre(Hbs2017Pilot.tumba())
            .radiusMetres(new BigDecimal("1E+400")).build())
        .build();
    AsfJsonException number = assertThrows(AsfJsonException.class, () -> JSON.writeProcurement(huge));
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, number.getCode());
    assertEquals("/procurement/geographicRequirement/radiusMetres", number.getPointer());

    Enterprise surrogate = minimal().toBuilder().name("Tumba \uD800").build();
    AsfJsonException text = assertThrows(AsfJsonException.class, () -> JSON.writeEnterprise(surrogate));
    assertEquals(JsonProblemCode.ENCODING, text.getCode());
    assertEquals("/enterprise/name", text.getPointer());
  }

  @Test
  void textWithAnUnpairedSurrogateIsNotADocument() {
    AsfJsonException e = assertThrows(AsfJsonException.class,
        () -> JSON.readEnterprise(JSON.writeEnterprise(minimal()).replace("Tumba", "Tumba\uDC00")));
    assertEquals(JsonProblemCode.ENCODING, e.getCode());
    assertEquals("", e.getPointer());
  }

  @Test
  void theLimitsAreTheDocumentedOnes() {
    assertEquals(16 * 1024 * 1024, AsfJson.MAX_DOCUMENT_BYTES);
    assertEquals(64, AsfJson.MAX_NESTING_DEPTH);
    assertEquals(1024 * 1024, AsfJson.MAX_STRING_LENGTH);
    assertEquals(100, AsfJson.MAX_NUMBER_LENGTH);
    assertEquals(1024, AsfJson.MAX_NAME_LENGTH);
    StreamReadConstraints constraints = JSON.newObjectMapper().getFactory().streamReadConstraints();
    assertEquals(64, constraints.getMaxNestingDepth());
    assertEquals(1024 * 1024, constraints.getMaxStringLength());
    assertEquals(100, constraints.getMaxNumberLength());
    assertEquals(1024, constraints.getMaxNameLength());
    assertEquals(16L * 1024 * 1024, constraints.getMaxDocumentLength());
  }

  @Test
  void jacksonsGlobalDefaultsAreLeftAlone() {
    AsfJson.create();
    assertEquals(StreamReadConstraints.DEFAULT_MAX_DEPTH, StreamReadConstraints.defaults().getMaxNestingDepth());
    assertEquals(StreamReadConstraints.DEFAULT_MAX_NUM_LEN, StreamReadConstraints.defaults().getMaxNumberLength());
  }

  @Test
  void eachCallGivesANewMapper() {
    assertNotSame(JSON.newObjectMapper(), JSON.newObjectMapper());
    assertTrue(JSON.module().settings().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertFalse(AsfJson.create().module().settings().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
  }

  @Test
  void theExceptionSpeaksBothLanguages() {
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> JSON.readBidders("{\"formatVersion\": 1}"));
    assertEquals("/bidders: The required property \"bidders\" is missing.", e.getMessage(Locale.ENGLISH));
    assertEquals("/bidders: Den obligatoriska egenskapen \"bidders\" saknas.", e.getMessage(SWEDISH));
    assertEquals("/bidders: MISSING_PROPERTY: The required property \"bidders\" is missing.", e.getMessage());
    assertEquals(e.getProblems().get(0).toString(), e.getMessage());
  }
}
