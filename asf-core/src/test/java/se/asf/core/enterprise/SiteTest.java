package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.geo.Position;

class SiteTest {

  @Test
  void needsAName() {
    assertViolates(Invariant.BLANK_TEXT, "name", () -> Site.of(" ", Position.ofWgs84(59.2, 17.8)));
    assertThrows(IllegalStateException.class, () -> Site.builder().build());
  }

  @Test
  void rejectsABlankAddress() {
    assertViolates(Invariant.BLANK_TEXT, "address", () -> Site.builder().name("Butiken").address("").build());
  }

  @Test
  void aSiteWithoutAPositionCanBeBuiltButHasNone() {
    Site site = Site.builder().name("Butiken").build();

    assertEquals(Optional.empty(), site.getPosition());
    assertEquals(Optional.empty(), site.getAddress());
  }

  @Test
  void ofKeepsThePosition() {
    Site site = Site.of("Butiken i Tumba", Position.ofWgs84(59.1983, 17.8353));

    assertEquals(Optional.of(Position.ofWgs84(59.1983, 17.8353)), site.getPosition());
  }
}
