package se.asf.core.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertViolates;

import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.geo.Position;

class CentreTest {

  @Test
  void needsAName() {
    assertViolates(Invariant.BLANK_TEXT, "name", () -> Centre.of(" ", Position.ofWgs84(59.2, 17.8)));
  }

  @Test
  void needsAPosition() {
    assertThrows(NullPointerException.class, () -> Centre.of("Tumba centrum", null));
  }

  @Test
  void isEqualByNameAndPosition() {
    assertEquals(Centre.of("Tumba centrum", Position.ofWgs84(59.1983, 17.8353)),
        Centre.of("Tumba centrum", Position.ofWgs84(59.1983, 17.8353)));
  }
}
