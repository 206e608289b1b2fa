package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.asf.rules.fixtures.Bidders;

class RuleTest {
  private static final LocalDate DATE = LocalDate.of(2017, 12, 11);

  private static Finding finding(String ruleId) {
    return Finding.builder().ruleId(ruleId).reason(Reason.of("TEST", Outcome.MET, java.util.List.of())).source("Test")
        .putText("sv", "Svensk text").putText("en", "English text").build();
  }

  @Test
  void aRuleReturnsItsJudgementsFinding() {
    Finding finding = finding("EGEN-REGEL");
    Rule rule = Rule.of("EGEN-REGEL", (enterprise, date) -> finding);
    assertEquals("EGEN-REGEL", rule.getId());
    assertSame(finding, rule.evaluate(Bidders.qualifying(), DATE));
    assertEquals("Rule[EGEN-REGEL]", rule.toString());
  }

  @Test
  void theJudgementSeesTheEnterpriseAndTheDate() {
    Rule rule = Rule.of("DATUM", (enterprise, date) -> Finding.builder().from(finding("DATUM"))
        .reason(Reason.of(enterprise.getName() + "@" + date, Outcome.MET, java.util.List.of())).build());
    assertEquals(Bidders.NAME + "@2017-12-11", rule.evaluate(Bidders.qualifying(), DATE).getReasonCode());
  }

  @Test
  void aFindingOfAnotherRuleIsRefused() {
    Rule rule = Rule.of("EGEN-REGEL", (enterprise, date) -> finding("ANNAN-REGEL"));
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> rule.evaluate(Bidders.qualifying(), DATE));
    assertEquals("rule EGEN-REGEL returned a finding of rule ANNAN-REGEL", thrown.getMessage());
  }

  @Test
  void aDeclaredRuleRefusesAReasonOrSourceItDidNotDeclare() {
    Rule undeclaredReason = Rule.of("EGEN-REGEL", "Test", se.asf.rules.reasons.EntityReason.class,
        (enterprise, date) -> finding("EGEN-REGEL"));
    assertEquals("rule EGEN-REGEL does not declare the reason TEST",
        assertThrows(IllegalStateException.class, () -> undeclaredReason.evaluate(Bidders.qualifying(), DATE)).getMessage());
    Rule otherSource = Rule.of("EGEN-REGEL", "Annan källa", se.asf.rules.reasons.EntityReason.class,
        (enterprise, date) -> Finding.of("EGEN-REGEL", se.asf.rules.reasons.EntityReason.WHOLE_ENTITY, "Test",
            Figure.text("identity", "x")));
    assertEquals("rule EGEN-REGEL cites Annan källa, not Test",
        assertThrows(IllegalStateException.class, () -> otherSource.evaluate(Bidders.qualifying(), DATE)).getMessage());
    assertEquals(java.util.List.of(se.asf.rules.reasons.EntityReason.UNIT_ONLY,
        se.asf.rules.reasons.EntityReason.WHOLE_ENTITY), otherSource.getReasons());
    assertEquals(java.util.Optional.of("Annan källa"), otherSource.getSource());
  }

  @Test
  void anApplicationsFindingGivesItsOwnTexts() {
    Finding own = finding("EGEN-REGEL");
    assertEquals("Svensk text", own.getMessage(java.util.Locale.forLanguageTag("sv")));
    assertEquals("English text", own.getMessage(java.util.Locale.ENGLISH));
    assertEquals("Svensk text", own.getMessage(java.util.Locale.JAPANESE));  // Swedish is the fallback
  }

  @Test
  void aRuleNeedsAnIdAndAJudgement() {
    assertThrows(NullPointerException.class, () -> Rule.of(null, (enterprise, date) -> finding("X")));
    assertThrows(NullPointerException.class, () -> Rule.of("X", null));
  }
}
