package se.asf.rules.radius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.asf.core.examples.Hbs2017Pilot;

class NearestCentreTest {

  @Test
  void itHoldsTheCentreTheExactDistanceAndTheFlag() {
    NearestCentre nearest = NearestCentre.of(Hbs2017Pilot.tumba(), 183.50560803630555, true);
    assertEquals(Hbs2017Pilot.tumba(), nearest.getCentre());
    assertEquals(183.50560803630555, nearest.getDistanceMetres());
    assertTrue(nearest.isInside());
    assertEquals("Tumba centrum at 183.506 m (inside)", nearest.toString());
    assertEquals("Tumba centrum at 9000.001 m (outside)",
        NearestCentre.of(Hbs2017Pilot.tumba(), 9000.001, false).toString());
    // Rounded half up from the double's exact value, 8 999.99999999989631...: 9 000.000.
    assertEquals("Salems centrum at 9000.000 m (inside)",
        NearestCentre.of(Hbs2017Pilot.salem(), 8999.999999999896, true).toString());
  }

  @Test
  void equalityIsByCentreExactDistanceAndFlag() {
    NearestCentre nearest = NearestCentre.of(Hbs2017Pilot.tumba(), 9000, true);
    assertEquals(nearest, NearestCentre.of(Hbs2017Pilot.tumba(), 9000, true));
    assertEquals(nearest.hashCode(), NearestCentre.of(Hbs2017Pilot.tumba(), 9000, true).hashCode());
    assertNotEquals(nearest, NearestCentre.of(Hbs2017Pilot.salem(), 9000, true));
    assertNotEquals(nearest, NearestCentre.of(Hbs2017Pilot.tumba(), Math.nextUp(9000.0), true));
    assertNotEquals(nearest, NearestCentre.of(Hbs2017Pilot.tumba(), 9000, false));
    assertNotEquals(nearest, "Tumba centrum");
    assertThrows(NullPointerException.class, () -> NearestCentre.of(null, 1, true));
  }

  @Test
  void differentResultsSpreadOverHashCodes() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (NearestCentre nearest : java.util.List.of(NearestCentre.of(Hbs2017Pilot.tumba(), 9000, true),
        NearestCentre.of(Hbs2017Pilot.salem(), 9000, true), NearestCentre.of(Hbs2017Pilot.tumba(), 9500, false),
        NearestCentre.of(Hbs2017Pilot.tumba(), 9000, false))) {
      hashes.add(nearest.hashCode());
    }
    assertEquals(4, hashes.size(), hashes::toString);
  }
}
