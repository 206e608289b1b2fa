package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;

class DocumentReferenceTest {

  @Test
  void needsATitle() {
    assertViolates(Invariant.BLANK_TEXT, "title", () -> DocumentReference.of(" "));
  }

  @Test
  void rejectsABlankSection() {
    assertViolates(Invariant.BLANK_TEXT, "section", () -> DocumentReference.builder().title("Stadgar").section(" ").build());
  }

  @Test
  void aTitleAloneLeavesDateAndSectionAbsent() {
    DocumentReference reference = DocumentReference.of("Stadgar");

    assertEquals(Optional.empty(), reference.getDate());
    assertEquals(Optional.empty(), reference.getSection());
  }
}
