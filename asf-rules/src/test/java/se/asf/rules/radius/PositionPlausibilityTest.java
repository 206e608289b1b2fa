package se.asf.rules.radius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.core.geo.Position;

class PositionPlausibilityTest {

  private static boolean swapped(double lat, double lon) {
    return PositionPlausibility.isLikelySwapped(Position.ofWgs84(lat, lon));
  }

  @Test
  void aSwedishPositionWrittenLonLatIsFlagged() {
    // Tumba centrum, Huddinge centrum, Kiruna and Malmö, each with latitude and longitude swapped.
    assertTrue(swapped(17.8353, 59.1983));
    assertTrue(swapped(17.9806, 59.2347));
    assertTrue(swapped(20.2253, 67.8558));
    assertTrue(swapped(13.0038, 55.6050));
    assertEquals(List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES),
        PositionPlausibility.warnings(Position.ofWgs84(17.8353, 59.1983)));
  }

  @Test
  void swedishAndNeighbouringPositionsAreNotFlagged() {
    assertFalse(swapped(59.1983, 17.8353)); // Tumba
    assertFalse(swapped(59.9139, 10.7522)); // Oslo
    assertFalse(swapped(55.6761, 12.5683)); // Copenhagen
    assertFalse(swapped(60.1699, 24.9384)); // Helsinki
    assertFalse(swapped(52.5200, 13.4050)); // Berlin: outside the neighbours, but not a swapped Swedish position
    assertFalse(swapped(38.7223, -9.1393)); // Lisbon
    assertEquals(List.of(), PositionPlausibility.warnings(Position.ofWgs84(59.1983, 17.8353)));
  }

  @Test
  void theBoundsOfSwedensBoxAreInclusive() {
    // Swapped: latitude in [10.5, 24.5], longitude in [55.0, 69.5].
    assertTrue(swapped(10.5, 55.0));
    assertTrue(swapped(24.5, 69.5));
    assertFalse(swapped(10.499, 60));
    assertFalse(swapped(24.501, 60));
    assertFalse(swapped(15, 54.999));
    assertFalse(swapped(15, 69.501));
  }

  @Test
  void aPositionInsideTheNeighboursBoxIsNeverFlagged() {
    // A box corner that a swap cannot reach: the two boxes leave no overlap, so this checks the first
    // condition on its own (every position whose swap is in Sweden lies south of 53.5 degrees).
    for (double lat = 53.5; lat <= 71.5; lat += 0.5) {
      for (double lon = 4.0; lon <= 32.0; lon += 0.5) {
        assertFalse(swapped(lat, lon), lat + ", " + lon);
      }
    }
  }

  @Test
  void aSwerefPositionIsNeverFlagged() {
    assertFalse(PositionPlausibility.isLikelySwapped(Position.ofWgs84(59.1983, 17.8353).toSweref99Tm()));
  }

  @Test
  void theWarningHasASwedishAndAnEnglishMessage() {
    assertTrue(PositionWarning.LIKELY_SWAPPED_COORDINATES.getMessage(Locale.ENGLISH)
        .startsWith("the position lies far outside Sweden and its neighbours but would lie in Sweden with latitude"
            + " and longitude swapped"));
    assertTrue(PositionWarning.LIKELY_SWAPPED_COORDINATES.getMessage(Locale.forLanguageTag("sv"))
        .startsWith("positionen ligger långt utanför Sverige och grannländerna men skulle ligga i Sverige med"
            + " latitud och longitud ombytta"));
  }

  @Test
  void aSwappedSwedishPositionIsNeverNearSweden() {
    // Swapped, a Swedish position has a latitude of Sweden's longitudes: south of the neighbours' box,
    // so the rule's first condition follows from its second.
    assertTrue(PositionPlausibility.SWEDEN_EAST < PositionPlausibility.NEIGHBOURS_SOUTH);
    assertTrue(swapped(PositionPlausibility.SWEDEN_EAST, PositionPlausibility.SWEDEN_NORTH));
    assertFalse(swapped(PositionPlausibility.NEIGHBOURS_SOUTH, PositionPlausibility.SWEDEN_NORTH));
  }
}
