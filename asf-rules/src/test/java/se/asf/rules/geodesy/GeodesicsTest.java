package se.asf.rules.geodesy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.geo.Wgs84Position;

class GeodesicsTest {

  /**
   * Published values, not computed with the library: JFK to Heathrow, the example of GeographicLib's
   * documentation (5 551 759.400319 m); one degree along the equator, which on WGS 84 is exactly
   * a·π/180 = 111 319.490793 m; and the WGS 84 meridian quadrant, 10 001 965.729 m.
   */
  @Test
  void publishedDistancesOnWgs84() {
    assertEquals(5_551_759.400319,
        Geodesics.distanceMetres(Position.ofWgs84(40.6, -73.8), Position.ofWgs84(51.6, -0.5)), 1e-6);
    assertEquals(6_378_137 * Math.PI / 180,
        Geodesics.distanceMetres(Position.ofWgs84(0, 0), Position.ofWgs84(0, 1)), 1e-6);
    assertEquals(10_001_965.729,
        Geodesics.distanceMetres(Position.ofWgs84(0, 0), Position.ofWgs84(90, 0)), 1e-3);
  }

  @Test
  void theDistanceIsSymmetricAndZeroToItself() {
    Position huddinge = Hbs2017Pilot.huddinge().getPosition();
    Position salem = Hbs2017Pilot.salem().getPosition();
    assertEquals(Geodesics.distanceMetres(huddinge, salem), Geodesics.distanceMetres(salem, huddinge), 1e-9);
    assertEquals(0, Geodesics.distanceMetres(salem, salem));
  }

  @Test
  void aMeridianDegreeAtFiftyNineDegreesIsTheEllipsoids() {
    // One degree of latitude from 59° to 60° N on WGS 84 is 111 404 m long; on a mean sphere it is
    // 111 195 m, some 209 m less.
    double metres = Geodesics.distanceMetres(Position.ofWgs84(59, 18), Position.ofWgs84(60, 18));
    assertEquals(111_404, metres, 1);
  }

  @Test
  void sweref99TmPositionsAreConvertedToWgs84First() {
    // Lantmäteriet's control point: 59°00'N 19°30'E is N 6 548 757.206, E 758 410.519.
    Wgs84Position geographic = Position.ofWgs84(59, 19.5);
    Position grid = Position.ofSweref99Tm(6_548_757.206, 758_410.519);
    assertTrue(Geodesics.distanceMetres(geographic, grid) < 0.001);
    Position tumba = Hbs2017Pilot.tumba().getPosition();
    assertEquals(Geodesics.distanceMetres(geographic, tumba), Geodesics.distanceMetres(grid, tumba), 0.001);
    assertEquals(Geodesics.distanceMetres(tumba, geographic), Geodesics.distanceMetres(tumba.toSweref99Tm(), geographic), 1e-4);
  }

  @Test
  void aDestinationLiesOnThePublishedEquatorAndMeridian() {
    // One degree of longitude on the equator is a · π / 180 = 111 319.490 793 m on WGS 84.
    Wgs84Position east = Geodesics.destination(Wgs84Position.of(0, 0), 90, 111_319.490_793);
    assertEquals(0.0, east.getLatitude(), 1e-9);
    assertEquals(1.0, east.getLongitude(), 1e-9);
    // The meridian quadrant, equator to pole: 10 001 965.729 m.
    Wgs84Position pole = Geodesics.destination(Wgs84Position.of(0, 18), 0, 10_001_965.729);
    assertEquals(90.0, pole.getLatitude(), 1e-6);
    // Eastwards past the antimeridian, the longitude comes back into [-180, 180].
    assertEquals(-179.5, Geodesics.destination(Wgs84Position.of(0, 179.5), 90, 111_319.490_793).getLongitude(), 1e-9);
  }

  @Test
  void aDestinationIsAtItsDistanceAndRefusesWhatIsNotALength() {
    Position tumba = Hbs2017Pilot.procurement().getGeographicRequirement().orElseThrow().getCentres().get(0).getPosition();
    for (double azimuth = -180; azimuth <= 360; azimuth += 22.5) {
      assertEquals(9000.0, Geodesics.distanceMetres(tumba, Geodesics.destination(tumba, azimuth, 9000)), 1e-6);
    }
    assertEquals(0.0, Geodesics.distanceMetres(tumba, Geodesics.destination(tumba, 45, 0)), 1e-9);
    for (double bad : new double[] {-1, Double.NaN, Double.POSITIVE_INFINITY}) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
          () -> Geodesics.destination(tumba, 0, bad));
    }
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Geodesics.destination(tumba, Double.NaN, 10));
  }

  @Test
  void aRefusedDestinationSaysWhatItWasGiven() {
    Position tumba = Hbs2017Pilot.tumba().getPosition();
    String prefix = "an azimuth and a length must be finite, the length not negative: ";
    assertEquals(prefix + "NaN, 10.0", org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Geodesics.destination(tumba, Double.NaN, 10)).getMessage());
    assertEquals(prefix + "Infinity, 10.0", org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Geodesics.destination(tumba, Double.POSITIVE_INFINITY, 10)).getMessage());
    assertEquals(prefix + "0.0, NaN", org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> Geodesics.destination(tumba, 0, Double.NaN)).getMessage());
    assertEquals(prefix + "0.0, Infinity", org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> Geodesics.destination(tumba, 0, Double.POSITIVE_INFINITY)).getMessage());
  }
}
