package se.asf.rules.radius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SiteDistanceTest {

  @Test
  void aKnownSiteHasItsCentreAndDistance() {
    SiteDistance distance = SiteDistance.of("Butiken", "Tumba centrum", 183.50560803630555, true);
    assertEquals("Butiken", distance.getSiteName());
    assertEquals("Tumba centrum", distance.getNearestCentre().orElseThrow());
    assertEquals(183.50560803630555, distance.getDistanceMetres().orElseThrow());
    assertTrue(distance.isInside());
    assertEquals("183.506", distance.formatDistance());
    assertEquals("Butiken: Tumba centrum at 183.506 m (inside)", distance.toString());
    assertEquals("Butiken: Tumba centrum at 9000.001 m (outside)",
        SiteDistance.of("Butiken", "Tumba centrum", 9000.001, false).toString());
  }

  @Test
  void anUnknownSiteHasNoDistance() {
    SiteDistance distance = SiteDistance.unknown("Lagret");
    assertTrue(distance.getNearestCentre().isEmpty());
    assertTrue(distance.getDistanceMetres().isEmpty());
    assertFalse(distance.isInside());
    assertEquals("-", distance.formatDistance());
    assertEquals("Lagret: position unknown", distance.toString());
  }

  @Test
  void millimetresAreRoundedHalfUpFromTheExactValue() {
    assertEquals("9000.000", SiteDistance.millimetres(8999.999999999896));
    assertEquals("9000.000", SiteDistance.millimetres(9000));
    assertEquals("0.001", SiteDistance.millimetres(0.0005));  // 0.0005000000000000000104...
    assertEquals("0.000", SiteDistance.millimetres(Math.nextDown(0.0005)));
    assertEquals("1.234", SiteDistance.millimetres(1.2345));  // 1.23449999999999993072...
    assertEquals("12345678.000", SiteDistance.millimetres(12_345_678));
  }
}
