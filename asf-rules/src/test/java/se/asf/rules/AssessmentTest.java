package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
}
