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
    return Finding.builder().ruleId(ruleId).outcome(Outcome.MET).reason("TEST").source("Test")
        .messageSv("Svensk text").messageEn("English text").build();
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
        .reason(enterprise.getName() + "@" + date).build());
    assertEquals(Bidders.NAME + "@2017-12-11", rule.evaluate(Bidders.qualifying(), DATE).getReason());
  }

  @Test
  void aFindingOfAnotherRuleIsRefused() {
    Rule rule = Rule.of("EGEN-REGEL", (enterprise, date) -> finding("ANNAN-REGEL"));
    IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> rule.evaluate(Bidders.qualifying(), DATE));
    assertEquals("rule EGEN-REGEL returned a finding of rule ANNAN-REGEL", thrown.getMessage());
  }

  @Test
  void aRuleNeedsAnIdAndAJudgement() {
    assertThrows(NullPointerException.class, () -> Rule.of(null, (enterprise, date) -> finding("X")));
    assertThrows(NullPointerException.class, () -> Rule.of("X", null));
  }
}
