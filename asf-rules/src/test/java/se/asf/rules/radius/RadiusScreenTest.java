package se.asf.rules.radius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.rules.fixtures.Bidders;
import se.asf.rules.fixtures.Examples;
import se.asf.rules.geodesy.Geodesics;
import se.asf.rules.radius.RadiusScreen.Settlement;

/**
 * The screen against the exact path: GeographicLib's inverse from the position to every centre
 * ({@link Geodesics#distanceMetres}) compared with the radius by {@link RadiusRule#isWithin}.
 */
class RadiusScreenTest {
  private static final BigDecimal NINE_KM = BigDecimal.valueOf(9000);
  private static final GeographicRequirement PILOT = Hbs2017Pilot.procurement().getGeographicRequirement().orElseThrow();
  private static final GeographicRequirement TUMBA_9_KM =
      GeographicRequirement.builder().addCentre(Hbs2017Pilot.tumba()).radiusMetres(NINE_KM).build();
  private static final double TUMBA_LATITUDE = 59.1983;
  private static final double TUMBA_LONGITUDE = 17.8353;

  /** The positions each property example checks. */
  private static final int POSITIONS_PER_EXAMPLE = 1000;

  // The exact path, as RadiusRule computes it.

  private static boolean exactIsWithin(GeographicRequirement requirement, Position site) {
    for (Centre centre : requirement.getCentres()) {
      if (RadiusRule.isWithin(Geodesics.distanceMetres(site, centre.getPosition()), requirement.getRadiusMetres())) {
        return true;
      }
    }
    return false;
  }

  /** RadiusRule.siteDistances's loop: the first centre with the strictly smallest distance. */
  private static NearestCentre exactNearest(GeographicRequirement requirement, Position site) {
    Centre nearest = null;
    double best = Double.POSITIVE_INFINITY;
    for (Centre centre : requirement.getCentres()) {
      double distance = Geodesics.distanceMetres(site, centre.getPosition());
      if (distance < best) {
        best = distance;
        nearest = centre;
      }
    }
    return NearestCentre.of(nearest, best, RadiusRule.isWithin(best, requirement.getRadiusMetres()));
  }

  private static void assertAgrees(RadiusScreen screen, Wgs84Position site) {
    GeographicRequirement requirement = screen.getRequirement();
    assertEquals(exactIsWithin(requirement, site), screen.isWithin(site.getLatitude(), site.getLongitude()),
        () -> "isWithin " + site);
    assertEquals(exactNearest(requirement, site), screen.nearest(site.getLatitude(), site.getLongitude()),
        () -> "nearest " + site);
  }

  private static Wgs84Position direct(double latitude, double longitude, double azimuth, double metres) {
    GeodesicData direct = Geodesic.WGS84.Direct(latitude, longitude, azimuth, metres);
    return Position.ofWgs84(direct.lat2, direct.lon2);
  }

  private static GeographicRequirement requirement(String radius, Centre... centres) {
    return GeographicRequirement.builder().addCentres(centres).radiusMetres(new BigDecimal(radius)).build();
  }

  // Examples.

  @Test
  void aSiteExactlyAtTheRadiusIsInsideAndOneMillimetreFurtherIsOutside() {
    RadiusScreen screen = RadiusScreen.of(TUMBA_9_KM);
    Wgs84Position atRadius = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 37, 9000);
    Wgs84Position beyond = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 37, 9000.001);
    // The exact path first: the round trip lands at or just under 9 000 m, inside; 9 000.001 m is outside.
    assertTrue(exactIsWithin(TUMBA_9_KM, atRadius));
    assertFalse(exactIsWithin(TUMBA_9_KM, beyond));

    assertTrue(screen.isWithin(atRadius));
    assertFalse(screen.isWithin(beyond));
    // Both are in the uncertain band, so the inverse decided them.
    assertEquals(Settlement.EXACT_INSIDE, screen.settle(atRadius.getLatitude(), atRadius.getLongitude()));
    assertEquals(Settlement.EXACT_OUTSIDE, screen.settle(beyond.getLatitude(), beyond.getLongitude()));
    NearestCentre nearest = screen.nearest(beyond);
    assertEquals(Hbs2017Pilot.tumba(), nearest.getCentre());
    assertEquals(9000.001, nearest.getDistanceMetres(), 1e-8);
    assertFalse(nearest.isInside());
  }

  @Test
  void atTheRadiusInEveryDirectionTheScreenAgreesWithTheExactPath() {
    RadiusScreen screen = RadiusScreen.of(TUMBA_9_KM);
    int inside = 0;
    for (int azimuth = -180; azimuth < 180; azimuth += 5) {
      for (double metres : new double[] {8999.999, 9000, 9000.001}) {
        Wgs84Position site = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, azimuth, metres);
        assertAgrees(screen, site);
        inside += screen.isWithin(site) ? 1 : 0;
      }
    }
    // 8 999.999 m is inside in all 72 directions, 9 000.001 m in none; 9 000 m is inside where the round
    // trip does not land above 9 000 m.
    assertTrue(inside >= 72 && inside <= 144, "inside " + inside);
  }

  @Test
  void clearCasesAreSettledWithoutTheInverse() {
    RadiusScreen screen = RadiusScreen.of(TUMBA_9_KM);
    Wgs84Position near = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 200, 8700);
    Wgs84Position far = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 200, 9300);
    assertEquals(Settlement.SETTLED_INSIDE, screen.settle(near.getLatitude(), near.getLongitude()));
    assertEquals(Settlement.SETTLED_OUTSIDE, screen.settle(far.getLatitude(), far.getLongitude()));
    assertEquals(Settlement.SETTLED_INSIDE, screen.settle(TUMBA_LATITUDE, TUMBA_LONGITUDE));
    assertTrue(exactIsWithin(TUMBA_9_KM, near));
    assertFalse(exactIsWithin(TUMBA_9_KM, far));
    // 1 % inside and outside the radius is still in the uncertain band, which is about ±2 % wide.
    Wgs84Position justInside = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 200, 8910);
    assertEquals(Settlement.EXACT_INSIDE, screen.settle(justInside.getLatitude(), justInside.getLongitude()));
  }

  @Test
  void theBoundIsTheEllipsoidsRadiiOfCurvature() {
    // b²/a and a²/b of WGS 84 (a = 6 378 137 m, f = 1/298.257223563).
    assertEquals(6_335_439.327, RadiusScreen.K_LO, 1e-3);
    assertEquals(6_399_593.626, RadiusScreen.K_HI, 1e-3);
    // Along a meridian at the equator and at a pole the geodesic is K_lo and K_hi times the angle.
    double equator = Geodesics.distanceMetres(Position.ofWgs84(-0.0005, 0), Position.ofWgs84(0.0005, 0));
    assertEquals(RadiusScreen.K_LO * Math.toRadians(0.001), equator, 1e-6);
    double pole = Geodesics.distanceMetres(Position.ofWgs84(89.9995, 0), Position.ofWgs84(89.9995, 180));
    assertEquals(RadiusScreen.K_HI * Math.toRadians(0.001), pole, 1e-6);
  }

  @Test
  void ofSeveralCentresAnyWithinTheRadiusIsEnough() {
    RadiusScreen screen = RadiusScreen.of(PILOT);
    // 685.719 m from Salems centrum, 4 366.815 m from Tumba centrum, 13 025.331 m from Huddinge centrum.
    Wgs84Position salem = Position.ofWgs84(59.2050, 17.7600);
    assertTrue(screen.isWithin(salem));
    NearestCentre nearest = screen.nearest(salem);
    assertEquals(Hbs2017Pilot.salem(), nearest.getCentre());
    assertEquals(685.719, nearest.getDistanceMetres(), 5e-4);
    assertTrue(nearest.isInside());
    assertEquals("Salems centrum at 685.719 m (inside)", nearest.toString());

    // North-east of Huddinge centrum, at 8 999.999 m from it and far from the other two.
    Wgs84Position huddingeEdge = direct(59.2347, 17.9806, 45, 8999.999);
    assertTrue(screen.isWithin(huddingeEdge));
    assertEquals(Hbs2017Pilot.huddinge(), screen.nearest(huddingeEdge).getCentre());
    Wgs84Position beyondHuddinge = direct(59.2347, 17.9806, 45, 9000.001);
    assertFalse(screen.isWithin(beyondHuddinge));
    assertFalse(screen.nearest(beyondHuddinge).isInside());

    // Nykvarn is outside all three, nearest to Salems centrum.
    Wgs84Position nykvarn = Position.ofWgs84(59.1786, 17.4306);
    assertFalse(screen.isWithin(nykvarn));
    assertEquals(Hbs2017Pilot.salem(), screen.nearest(nykvarn).getCentre());
    for (Wgs84Position site : List.of(salem, huddingeEdge, beyondHuddinge, nykvarn)) {
      assertAgrees(screen, site);
    }
  }

  @Test
  void ofEquidistantCentresTheFirstIsTheNearest() {
    Centre north = Centre.of("Norr", Position.ofWgs84(1, 18));
    Centre south = Centre.of("Söder", Position.ofWgs84(-1, 18));
    Wgs84Position onTheEquator = Position.ofWgs84(0, 18);
    assertEquals(Geodesics.distanceMetres(onTheEquator, north.getPosition()),
        Geodesics.distanceMetres(onTheEquator, south.getPosition()));
    assertEquals(north, RadiusScreen.of(requirement("200000", north, south)).nearest(onTheEquator).getCentre());
    assertEquals(south, RadiusScreen.of(requirement("200000", south, north)).nearest(onTheEquator).getCentre());

    // Two centres at one place: each order keeps its first.
    Centre here = Centre.of("Här", Hbs2017Pilot.tumba().getPosition());
    Centre there = Centre.of("Där", Hbs2017Pilot.tumba().getPosition());
    Wgs84Position site = Position.ofWgs84(59.2, 17.9);
    assertEquals(here, RadiusScreen.of(requirement("9000", here, there)).nearest(site).getCentre());
    assertEquals(there, RadiusScreen.of(requirement("9000", there, here)).nearest(site).getCentre());
    assertEquals(exactNearest(requirement("9000", there, here), site),
        RadiusScreen.of(requirement("9000", there, here)).nearest(site));
  }

  @Test
  void theNearestCentreIsRadiusRulesForEveryPilotBiddersSite() {
    RadiusScreen screen = RadiusScreen.of(PILOT);
    int known = 0;
    for (Enterprise bidder : Hbs2017Bidders.all()) {
      List<SiteDistance> expected = RadiusRule.siteDistances(bidder, PILOT);
      for (int i = 0; i < bidder.getSites().size(); i++) {
        Site site = bidder.getSites().get(i);
        if (site.getPosition().isEmpty()) {
          continue;
        }
        known++;
        NearestCentre nearest = screen.nearest(site.getPosition().get());
        assertEquals(expected.get(i).getNearestCentre().orElseThrow(), nearest.getCentre().getName());
        assertEquals(expected.get(i).getDistanceMetres().orElseThrow(), nearest.getDistanceMetres());
        assertEquals(expected.get(i).isInside(), nearest.isInside());
        assertEquals(expected.get(i).isInside(), screen.isWithin(site.getPosition().get()));
      }
    }
    assertTrue(known >= 8, "sites with a position: " + known);
  }

  @Test
  void aSweref99TmPositionIsConvertedFirstAsTheExactPathDoes() {
    RadiusScreen screen = RadiusScreen.of(TUMBA_9_KM);
    for (double metres : new double[] {100, 8999.5, 9000.5, 20_000}) {
      Sweref99TmPosition grid = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 123, metres).toSweref99Tm();
      assertEquals(exactIsWithin(TUMBA_9_KM, grid), screen.isWithin(grid), () -> "at " + metres);
      assertEquals(exactNearest(TUMBA_9_KM, grid), screen.nearest(grid), () -> "at " + metres);
      assertEquals(metres < 9000, screen.isWithin(grid));
    }
  }

  @Test
  void aMissingOrInvalidPositionIsRejected() {
    RadiusScreen screen = RadiusScreen.of(PILOT);
    assertThrows(NullPointerException.class, () -> screen.isWithin(null));
    assertThrows(NullPointerException.class, () -> screen.nearest(null));
    assertThrows(NullPointerException.class, () -> RadiusScreen.of(null));
    for (double[] invalid : new double[][] {{Double.NaN, 18}, {59, Double.NaN}, {90.5, 18}, {-91, 18}, {59, 180.1},
        {59, -181}, {Double.POSITIVE_INFINITY, 18}}) {
      assertThrows(IllegalArgumentException.class, () -> screen.isWithin(invalid[0], invalid[1]));
      assertThrows(IllegalArgumentException.class, () -> screen.nearest(invalid[0], invalid[1]));
    }
    assertSame(PILOT, screen.getRequirement());
  }

  @Test
  void theRadiusIsComparedWithTheDistancesExactValue() {
    for (String radius : new String[] {"9000", "0.1", "183.506", "183.5", "1E-400", "0.0000001", "1E+400",
        "179769313486231570814527423731704356798070567567e261"}) {
      BigDecimal metres = new BigDecimal(radius);
      double floor = RadiusScreen.largestDoubleAtMost(metres);
      for (double distance : new double[] {floor, Math.nextDown(floor), Math.nextUp(floor), 0, metres.doubleValue()}) {
        if (Double.isFinite(distance)) {
          assertEquals(RadiusRule.isWithin(distance, metres), distance <= floor, () -> radius + " vs " + distance);
        }
      }
      if (floor < Double.MAX_VALUE) {
        assertFalse(RadiusRule.isWithin(Math.nextUp(floor), metres), radius);
      }
      assertTrue(RadiusRule.isWithin(floor, metres), radius);
    }
  }

  @Test
  void aRadiusBeyondTheScreenedRangeIsDecidedExactly() {
    // 12 000 km: past the chord tests' range of about 9 853 km, every position takes the inverse.
    GeographicRequirement wide = requirement("12000000", Hbs2017Pilot.tumba());
    RadiusScreen screen = RadiusScreen.of(wide);
    Wgs84Position antipode = Position.ofWgs84(-TUMBA_LATITUDE, TUMBA_LONGITUDE - 180);
    assertEquals(Settlement.EXACT_OUTSIDE, screen.settle(antipode.getLatitude(), antipode.getLongitude()));
    assertEquals(Settlement.EXACT_INSIDE, screen.settle(TUMBA_LATITUDE, TUMBA_LONGITUDE));
    for (double metres : new double[] {0, 11_999_999.999, 12_000_000.001, 15_000_000}) {
      assertAgrees(screen, direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 10, metres));
    }
    // 9 800 km is still screened.
    RadiusScreen screened = RadiusScreen.of(requirement("9800000", Hbs2017Pilot.tumba()));
    assertEquals(Settlement.SETTLED_INSIDE, screened.settle(TUMBA_LATITUDE, TUMBA_LONGITUDE));
    assertEquals(Settlement.SETTLED_OUTSIDE, screened.settle(antipode.getLatitude(), antipode.getLongitude()));
  }

  @Test
  void nearThePolesAndTheAntimeridianTheScreenAgrees() {
    Centre pole = Centre.of("Polen", Position.ofWgs84(90, 0));
    Centre nearPole = Centre.of("Nära polen", Position.ofWgs84(89.95, 120));
    Centre dateLine = Centre.of("Datumgränsen", Position.ofWgs84(65, 180));
    Centre westOfIt = Centre.of("Väster om den", Position.ofWgs84(-40, -179.999));
    GeographicRequirement requirement = requirement("25000", pole, nearPole, dateLine, westOfIt);
    RadiusScreen screen = RadiusScreen.of(requirement);
    SplittableRandom random = new SplittableRandom(90);
    for (int i = 0; i < 20_000; i++) {
      Centre centre = requirement.getCentres().get(random.nextInt(4));
      Wgs84Position from = centre.getPosition().toWgs84();
      double metres = random.nextDouble(0, 60_000);
      assertAgrees(screen, direct(from.getLatitude(), from.getLongitude(), random.nextDouble(-180, 180), metres));
    }
    assertTrue(screen.isWithin(90, 45));
    assertTrue(screen.isWithin(65, -179.9));
    assertTrue(screen.isWithin(-40, 179.9));
  }

  @Test
  void thePolesAndTheAntimeridianAreInRange() {
    RadiusScreen screen = RadiusScreen.of(TUMBA_9_KM);
    assertFalse(screen.isWithin(-90, 0));
    assertFalse(screen.isWithin(0, 180));
    assertFalse(screen.isWithin(0, -180));
    assertEquals(Hbs2017Pilot.tumba(), screen.nearest(-90, 0).getCentre());
    assertEquals(Hbs2017Pilot.tumba(), screen.nearest(0, -180).getCentre());
    assertThrows(IllegalArgumentException.class, () -> screen.isWithin(-90.000001, 0));
    assertThrows(IllegalArgumentException.class, () -> screen.isWithin(0, 180.000001));
    assertThrows(IllegalArgumentException.class, () -> screen.isWithin(0, -180.000001));
  }

  @Test
  void onlyTheBoundsSettledAndTheExactDecisionsAreTold() {
    assertTrue(Settlement.SETTLED_INSIDE.isSettled());
    assertTrue(Settlement.SETTLED_OUTSIDE.isSettled());
    assertFalse(Settlement.EXACT_INSIDE.isSettled());
    assertFalse(Settlement.EXACT_OUTSIDE.isSettled());
  }

  @Test
  void aCentreWithinTwoPercentOfTheNearestIsACandidateAndOneFivePercentFartherIsNot() {
    // K_LO·σ/1.01 ≤ d/1.01 and K_HI·σ·1.01 ≥ 1.01·d: a centre within 2.01 % of the nearest distance is
    // always a candidate; (K_HI/K_LO)²·1.01² = 1.0408: one more than 4.08 % farther never is.
    Wgs84Position site = direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 0, 5000);
    Centre near = Centre.of("Nära", direct(site.getLatitude(), site.getLongitude(), 90, 5000 * 1.015));
    Centre far = Centre.of("Långt", direct(site.getLatitude(), site.getLongitude(), 200, 5000 * 1.05));
    RadiusScreen screen = RadiusScreen.of(requirement("9000", Hbs2017Pilot.tumba(), near, far));
    assertEquals(List.of(Hbs2017Pilot.tumba(), near), screen.candidates(site.getLatitude(), site.getLongitude()));
    RadiusScreen reversed = RadiusScreen.of(requirement("9000", far, near, Hbs2017Pilot.tumba()));
    assertEquals(List.of(near, Hbs2017Pilot.tumba()), reversed.candidates(site.getLatitude(), site.getLongitude()));
    assertEquals(Hbs2017Pilot.tumba(), reversed.nearest(site.getLatitude(), site.getLongitude()).getCentre());
  }

  // How often the bound decides alone: the optimisation must not quietly stop working.

  @Test
  void theBoundSettlesNearlyEveryPositionInSwedenAlone() {
    RadiusScreen screen = RadiusScreen.of(PILOT);
    SplittableRandom random = new SplittableRandom(2017_12_11);
    int settled = 0;
    int insideSettled = 0;
    int inside = 0;
    int positions = 100_000;
    for (int i = 0; i < positions; i++) {
      double latitude;
      double longitude;
      if (i % 10 == 0) {
        Wgs84Position site = direct(59.2347, 17.9806, random.nextDouble(-180, 180), random.nextDouble(0, 30_000));
        latitude = site.getLatitude();
        longitude = site.getLongitude();
      } else {
        latitude = random.nextDouble(55.3, 69.1);
        longitude = random.nextDouble(10.9, 24.2);
      }
      Settlement settlement = screen.settle(latitude, longitude);
      settled += settlement.isSettled() ? 1 : 0;
      inside += settlement.isInside() ? 1 : 0;
      insideSettled += settlement == Settlement.SETTLED_INSIDE ? 1 : 0;
    }
    int allSettled = settled;
    // Only the ±2 % band around the three 9 km circles takes the inverse: well under 1 % of positions.
    assertTrue(allSettled >= positions * 0.995, () -> "settled " + allSettled);
    assertTrue(inside > 1000, "inside " + inside);
    int insideCheap = insideSettled;
    int allInside = inside;
    assertTrue(insideCheap >= allInside * 0.9, () -> insideCheap + " of " + allInside + " inside settled");
  }

  @Test
  void theNearestCentreNeedsOneInverseNearTheCentres() {
    RadiusScreen screen = RadiusScreen.of(PILOT);
    SplittableRandom random = new SplittableRandom(59);
    int single = 0;
    int positions = 10_000;
    for (int i = 0; i < positions; i++) {
      Wgs84Position site = direct(59.2347, 17.9806, random.nextDouble(-180, 180), random.nextDouble(0, 30_000));
      List<Centre> candidates = screen.candidates(site.getLatitude(), site.getLongitude());
      assertTrue(candidates.contains(exactNearest(PILOT, site).getCentre()), () -> site + ": " + candidates);
      single += candidates.size() == 1 ? 1 : 0;
    }
    int alone = single;
    assertTrue(alone >= positions * 0.8, () -> "one candidate: " + alone);
  }

  // Properties.

  /** A requirement and the seed of its positions. */
  private record Case(List<Centre> centres, BigDecimal radius, long seed) {
    GeographicRequirement requirement() {
      return GeographicRequirement.builder().addAllCentres(centres).radiusMetres(radius).build();
    }
  }

  /** One to four centres in the box, and a radius from 100 m to 100 km, log-uniform, to the millimetre. */
  private static Gen<Case> cases(double south, double north, double west, double east, double smallest, double largest) {
    return in -> {
      int count = Generate.range(1, 4).generate(in);
      List<Centre> centres = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        double latitude = doubles().between(south, north).generate(in);
        double longitude = doubles().between(west, east).generate(in);
        centres.add(Centre.of("C" + i, Position.ofWgs84(latitude, longitude)));
      }
      double logRadius = doubles().between(Math.log(smallest), Math.log(largest)).generate(in);
      BigDecimal radius = BigDecimal.valueOf(Math.round(Math.exp(logRadius) * 1000), 3);
      long seed = Generate.longRange(Long.MIN_VALUE, Long.MAX_VALUE).generate(in);
      return new Case(centres, radius, seed);
    };
  }

  private static Gen<Case> swedishCases() {
    return cases(55.3, 69.1, 10.9, 24.2, 100, 100_000);
  }

  @Test
  void withinFiftyMetresOfTheRadiusTheScreenDecidesAsTheExactPath() {
    qt().withExamples(Examples.of(1500)).forAll(swedishCases()).checkAssert(example -> {
      GeographicRequirement requirement = example.requirement();
      RadiusScreen screen = RadiusScreen.of(requirement);
      double radius = example.radius().doubleValue();
      SplittableRandom random = new SplittableRandom(example.seed());
      for (int i = 0; i < POSITIONS_PER_EXAMPLE; i++) {
        Wgs84Position centre = example.centres().get(random.nextInt(example.centres().size())).getPosition().toWgs84();
        double metres = switch (random.nextInt(10)) {
          case 0 -> radius;
          case 1 -> Math.nextUp(radius);
          default -> radius + random.nextDouble(-50, 50);
        };
        assertAgrees(screen, direct(centre.getLatitude(), centre.getLongitude(), random.nextDouble(-180, 180), metres));
      }
    });
  }

  @Test
  void acrossSwedenAndItsNeighboursTheScreenDecidesAsTheExactPath() {
    qt().withExamples(Examples.of(1000)).forAll(swedishCases()).checkAssert(example -> {
      RadiusScreen screen = RadiusScreen.of(example.requirement());
      SplittableRandom random = new SplittableRandom(example.seed());
      for (int i = 0; i < POSITIONS_PER_EXAMPLE; i++) {
        assertAgrees(screen, Position.ofWgs84(random.nextDouble(53, 71), random.nextDouble(4, 32)));
      }
    });
  }

  @Test
  void anywhereOnEarthTheScreenDecidesAsTheExactPath() {
    // Centres anywhere, radii from 1 m to 12 000 km (past the screened range), positions near the radius
    // and anywhere.
    qt().withExamples(Examples.of(300)).forAll(cases(-90, 90, -180, 180, 1, 12_000_000)).checkAssert(example -> {
      GeographicRequirement requirement = example.requirement();
      RadiusScreen screen = RadiusScreen.of(requirement);
      double radius = example.radius().doubleValue();
      SplittableRandom random = new SplittableRandom(example.seed());
      for (int i = 0; i < POSITIONS_PER_EXAMPLE / 4; i++) {
        Wgs84Position centre = example.centres().get(random.nextInt(example.centres().size())).getPosition().toWgs84();
        double metres = radius * random.nextDouble(0.97, 1.03);
        assertAgrees(screen, direct(centre.getLatitude(), centre.getLongitude(), random.nextDouble(-180, 180), metres));
        double z = random.nextDouble(-1, 1);
        assertAgrees(screen, Position.ofWgs84(Math.toDegrees(Math.asin(z)), random.nextDouble(-180, 180)));
      }
    });
  }
}
