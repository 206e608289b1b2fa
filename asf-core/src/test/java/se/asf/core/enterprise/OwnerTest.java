package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertViolates;

import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.Share;

class OwnerTest {

  @Test
  void needsAName() {
    assertViolates(Invariant.BLANK_TEXT, "name", () -> Owner.of(" ", OwnerKind.PRIVATE, Share.ofPercent(10)));
  }

  @Test
  void needsAKindAndAShare() {
    assertThrows(NullPointerException.class, () -> Owner.of("Grundaren", null, Share.ofPercent(10)));
    assertThrows(NullPointerException.class, () -> Owner.of("Grundaren", OwnerKind.PRIVATE, null));
  }

  @Test
  void keepsWhatItIsGiven() {
    Owner owner = Owner.of("Botkyrka kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(25));

    assertEquals("Botkyrka kommun", owner.getName());
    assertEquals(OwnerKind.PUBLIC_BODY, owner.getKind());
    assertEquals(Share.ofFraction("0.25"), owner.getShare());
  }
}
