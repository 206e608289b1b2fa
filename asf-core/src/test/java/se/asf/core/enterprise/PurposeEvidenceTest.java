package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;

class PurposeEvidenceTest {

  @Test
  void rejectsABlankClause() {
    assertViolates(Invariant.BLANK_TEXT, "clause", () -> PurposeEvidence.builder()
        .source(EvidenceSource.STATUTES).integrationOverarching(true).clause(" ").build());
  }

  @Test
  void needsASourceAndAnExplicitAnswerOnIntegration() {
    // Whether integration is the overarching purpose is never assumed to be false.
    assertThrows(IllegalStateException.class,
        () -> PurposeEvidence.builder().source(EvidenceSource.STATUTES).build());
    assertThrows(IllegalStateException.class,
        () -> PurposeEvidence.builder().integrationOverarching(true).build());
  }

  @Test
  void publicBenefitNotStatedStaysAbsent() {
    PurposeEvidence evidence =
        PurposeEvidence.builder().source(EvidenceSource.SELF_DECLARATION).integrationOverarching(false).build();

    assertEquals(Optional.empty(), evidence.getPublicBenefit());
    assertEquals(Optional.empty(), evidence.getClause());
    assertEquals(Optional.empty(), evidence.getDocument());
  }
}
