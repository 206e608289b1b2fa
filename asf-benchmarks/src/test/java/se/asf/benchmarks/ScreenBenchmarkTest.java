package se.asf.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.geo.Wgs84Position;
import se.asf.rules.geodesy.Geodesics;

/** The benchmark's positions, set-up check and methods on a small sample; no timing. */
class ScreenBenchmarkTest {

  @Test
  void oneInTenPositionsIsNearAPilotCentreAndTheRestAreInSweden() {
    Wgs84Position[] positions = ScreenBenchmark.positions(10_000,
        Hbs2017Pilot.procurement().getGeographicRequirement().orElseThrow());
    List<Position> centres = List.of(Hbs2017Pilot.huddinge().getPosition(), Hbs2017Pilot.tumba().getPosition(),
        Hbs2017Pilot.salem().getPosition());
    for (int i = 0; i < positions.length; i++) {
      Wgs84Position position = positions[i];
      if (i % 10 == 0) {
        double nearest = centres.stream().mapToDouble(centre -> Geodesics.distanceMetres(position, centre)).min().orElseThrow();
        assertTrue(nearest <= 30_000 + 1e-6, position::toString);
      } else {
        assertTrue(position.getLatitude() >= 55.3 && position.getLatitude() <= 69.1, position::toString);
        assertTrue(position.getLongitude() >= 10.9 && position.getLongitude() <= 24.2, position::toString);
      }
    }
    // The same seed, the same positions.
    assertEquals(positions[9_999], ScreenBenchmark.positions(10_000,
        Hbs2017Pilot.procurement().getGeographicRequirement().orElseThrow())[9_999]);
  }

  @Test
  void everyBenchmarkFindsTheExactPathsPositionsInside() {
    ScreenBenchmark benchmark = new ScreenBenchmark();
    benchmark.positions = 20_000;
    benchmark.setUp();

    int inside = benchmark.expectedInside();
    // About a tenth of the near tenth: three 9 km discs in 30 km ones, overlapping.
    assertTrue(inside > 100 && inside < 600, () -> "inside " + inside);
    assertEquals(inside, benchmark.exact());
    assertEquals(inside, benchmark.screen());
    assertEquals(inside, benchmark.screenNearest());
  }
}
