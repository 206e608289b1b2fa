package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asf.rules.radius.SiteDistance;
import org.junit.jupiter.api.Test;
import se.asf.core.InvariantViolationException;

class AssessmentTest {

  private static Finding finding(String id, Outcome outcome) {
    return Finding.builder()
        .ruleId(id)
        .reason(Reason.of("TEST", outcome, List.of("share")))
        .addFigure(Figure.percent("share", new java.math.BigDecimal("35")))
        .source("LOU 4 kap. 18 §")
        .putText("sv", "Svensk text")
        .putText("en", "English text")
        .build();
  }

  private static AssessmentBuilder base() {
    return Assessment.builder()
        .subjectName("Exempel ek. för.")
        .subjectIdentity("769600-0004")
        .ruleSetId("LOU-4-18")
        .ruleSetVersion("1")
        .assessmentDate(LocalDate.of(2017, 12, 11));
  }

  @Test
  void overallOutcomeFollowsTheFindings() {
    Assessment assessment = base()
        .addFinding(finding("A", Outcome.MET))
        .addFinding(finding("B", Outcome.UNDETERMINED))
        .build();
    assertEquals(Outcome.UNDETERMINED, assessment.getOutcome());
    assertEquals(Outcome.MET, assessment.finding("A").orElseThrow().getOutcome());
    assertTrue(assessment.finding("C").isEmpty());
  }

  @Test
  void theMessagesAreEveryFindingsInTheReadersLanguageInOrder() {
    Assessment assessment = base().addFinding(finding("A", Outcome.MET)).addFinding(finding("B", Outcome.NOT_MET))
        .build();
    assertEquals(List.of("English text", "English text"), assessment.getMessages(Locale.ENGLISH));
    assertEquals(List.of("Svensk text", "Svensk text"), assessment.getMessages(Locale.forLanguageTag("sv")));
    assertEquals(List.of(), base().build().getMessages(Locale.ENGLISH));
  }

  @Test
  void findingMessagesChooseTheLanguage() {
    Finding finding = finding("A", Outcome.MET);
    assertEquals("English text", finding.getMessage(Locale.UK));
    assertEquals("Svensk text", finding.getMessage(Locale.forLanguageTag("sv-SE")));
    assertEquals("Svensk text", finding.getMessage(Locale.GERMAN));
  }

  @Test
  void findingRefusesABlankMessage() {
    assertThrows(InvariantViolationException.class, () -> Finding.builder()
        .ruleId("A").reason(Reason.of("R", Outcome.MET, List.of())).source("S").putText("sv", " ").build());
  }

  @Test
  void overallOutcomeIsNotMetBeforeUndeterminedAndUndeterminedWithoutFindings() {
    assertEquals(Outcome.NOT_MET, base().addFinding(finding("A", Outcome.UNDETERMINED))
        .addFinding(finding("B", Outcome.NOT_MET)).addFinding(finding("C", Outcome.MET)).build().getOutcome());
    assertEquals(Outcome.MET, base().addFinding(finding("A", Outcome.MET)).build().getOutcome());
    assertEquals(Outcome.UNDETERMINED, base().build().getOutcome());
  }

  @Test
  void assessmentsAreEqualWhenEveryPartIs() {
    Assessment one = base().procurementReference("KS 2017/1").addFinding(finding("A", Outcome.MET)).build();
    Assessment same = base().procurementReference("KS 2017/1").addFinding(finding("A", Outcome.MET)).build();
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertEquals(one, Assessment.builder().from(one).build());
    assertNotEquals(one, base().addFinding(finding("A", Outcome.MET)).build());
    assertNotEquals(one, base().procurementReference("KS 2017/1").addFinding(finding("B", Outcome.MET)).build());
    assertNotEquals(one, base().procurementReference("KS 2017/1").subjectName("Annan ek. för.")
        .addFinding(finding("A", Outcome.MET)).build());
    assertNotEquals(one, base().procurementReference("KS 2017/1").assessmentDate(LocalDate.of(2017, 12, 12))
        .addFinding(finding("A", Outcome.MET)).build());
    assertEquals("Assessment{subjectName=Exempel ek. för., subjectIdentity=769600-0004, ruleSetId=LOU-4-18, "
        + "ruleSetVersion=1, procurementReference=KS 2017/1, assessmentDate=2017-12-11, findings=["
        + one.getFindings().get(0) + "], outcome=MET}", one.toString());
  }

  @Test
  void anAssessmentNamesEveryMissingPartAndKeepsItsFindingsUnmodifiable() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Assessment.builder().subjectName("X").build());
    assertEquals("Cannot build Assessment, some of required attributes are not set "
        + "[subjectIdentity, ruleSetId, ruleSetVersion, assessmentDate]", missing.getMessage());
    Assessment assessment = base().addFinding(finding("A", Outcome.MET)).build();
    assertThrows(UnsupportedOperationException.class, () -> assessment.getFindings().clear());
    assertTrue(assessment.getProcurementReference().isEmpty());
  }

  @Test
  void findingsAreEqualWhenEveryPartIs() {
    Finding one = finding("A", Outcome.MET);
    assertEquals(one, finding("A", Outcome.MET));
    assertEquals(one.hashCode(), finding("A", Outcome.MET).hashCode());
    assertEquals(one, Finding.builder().from(one).build());
    assertNotEquals(one, finding("B", Outcome.MET));
    assertNotEquals(one, Finding.builder().from(one).source("LOU 19 kap. 6 a §").build());
    assertNotEquals(one, Finding.builder().from(one).putText("de", "Deutscher Text").build());
    assertNotEquals(one, Finding.builder().from(one).addSite(SiteDistance.unknown("Butiken")).build());
    assertEquals("Finding{ruleId=A, reason=" + one.getReason() + ", figures=" + one.getFigures()
        + ", sites=[], source=LOU 4 kap. 18 §, texts={sv=Svensk text, en=English text}}", one.toString());
  }

  @Test
  void aFindingNamesEveryMissingPartAndKeepsItsPartsUnmodifiableInOrder() {
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Finding.builder().reason(Reason.of("R", Outcome.MET, List.of())).build());
    assertEquals("Cannot build Finding, some of required attributes are not set [ruleId, source]",
        missing.getMessage());
    Finding finding = Finding.builder().from(finding("A", Outcome.MET))
        .texts(Map.of("en", "Only English")).putText(Map.entry("fi", "Suomeksi")).build();
    assertEquals(List.of("en", "fi"), List.copyOf(finding.getTexts().keySet()));
    assertThrows(UnsupportedOperationException.class, () -> finding.getFigures().clear());
    assertThrows(UnsupportedOperationException.class, () -> finding.getSites().clear());
    assertThrows(UnsupportedOperationException.class, () -> finding.getTexts().clear());
    assertThrows(NullPointerException.class, () -> Finding.builder().putText("sv", null));
  }

  @Test
  void aFindingOfSitesKeepsEverySiteInOrder() {
    Reason reason = Reason.of("SITES", Outcome.UNDETERMINED, List.of("count"));
    List<SiteDistance> sites = List.of(SiteDistance.unknown("Butiken"), SiteDistance.unknown("Lagret"));
    Finding finding = Finding.of("OWN", reason, "Eget krav", sites, Figure.count("count", 2));
    assertEquals(sites, finding.getSites());
    assertEquals(Outcome.UNDETERMINED, finding.getOutcome());
    assertThrows(IllegalArgumentException.class,
        () -> Finding.of("OWN", reason, "Eget krav", sites, Figure.count("other", 2)));
  }
}
