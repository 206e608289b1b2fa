package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;

class DistributionClauseTest {

  @Test
  void rejectsBlankText() {
    assertViolates(Invariant.BLANK_TEXT, "text",
        () -> DistributionClause.builder().rule(DistributionRule.NO_DISTRIBUTION).text("\n").build());
  }

  @Test
  void needsARule() {
    assertThrows(IllegalStateException.class, () -> DistributionClause.builder().text("Ingen vinstutdelning.").build());
  }

  @Test
  void aRuleAloneLeavesTextAndDocumentAbsent() {
    DistributionClause clause = DistributionClause.of(DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS);

    assertEquals(DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS, clause.getRule());
    assertEquals(Optional.empty(), clause.getText());
    assertEquals(Optional.empty(), clause.getDocument());
  }
}
