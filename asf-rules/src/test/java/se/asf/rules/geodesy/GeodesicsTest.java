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
}
