package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;

class ParticipationEvidenceTest {

  @Test
  void rejectsABlankDescription() {
    assertViolates(Invariant.BLANK_TEXT, "description", () -> ParticipationEvidence.builder()
        .mechanism(ParticipationMechanism.AGREEMENT).description("").build());
  }

  @Test
  void needsAMechanism() {
    assertThrows(IllegalStateException.class, () -> ParticipationEvidence.builder().build());
  }

  @Test
  void participationNotWrittenDownHasNoDocument() {
    ParticipationEvidence evidence =
        ParticipationEvidence.builder().mechanism(ParticipationMechanism.OTHER_DOCUMENTED).build();

    assertEquals(Optional.empty(), evidence.getDocument());
  }
}
