package se.asf.benchmarks;

import java.math.BigDecimal;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.rules.geodesy.Geodesics;
import se.asf.rules.radius.NearestCentre;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.radius.RadiusScreen;

/**
 * Screening many positions against the HBS 2017 pilot's radius requirement (three centres, 9 km):
 * {@link RadiusScreen} against the exact path, one GeographicLib inverse per position and centre.
 *
 * <p>The trial's set-up draws {@link #positions} WGS 84 positions from a fixed seed: one in ten
 * within 30 km of a pilot centre (uniform over the disc), the rest uniform over Sweden's bounding
 * box (latitude 55.3–69.1° N, longitude 10.9–24.2° E). It then decides every position both ways
 * and throws unless the decisions are identical, and every benchmark throws unless it finds as
 * many positions inside as the exact path did. One operation screens every position.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
public class ScreenBenchmark {
  /** The seed of the positions. */
  static final long SEED = 20_171_211L;
  /** The distance from a centre within which one position in ten is drawn. */
  static final double NEAR_METRES = 30_000;

  /** The number of positions. */
  @Param({"1200000"})
  int positions = 1_200_000;

  private GeographicRequirement requirement;
  private List<Position> centres;
  private BigDecimal radius;
  private RadiusScreen screen;
  private Wgs84Position[] sites;
  private int expectedInside;

  /** Creates the state; JMH calls it. */
  public ScreenBenchmark() {}

  /**
   * Draws the positions, compiles the screen and checks that it decides every position as the exact
   * path does.
   *
   * @throws IllegalStateException if a decision differs
   */
  @Setup(Level.Trial)
  public void setUp() {
    requirement = Hbs2017Pilot.procurement().getGeographicRequirement().orElseThrow();
    centres = requirement.getCentres().stream().map(Centre::getPosition).toList();
    radius = requirement.getRadiusMetres();
    screen = RadiusScreen.of(requirement);
    sites = positions(positions, requirement);
    int inside = 0;
    for (Wgs84Position site : sites) {
      boolean exact = exactIsWithin(site);
      if (exact != screen.isWithin(site)) {
        throw new IllegalStateException("the screen decides " + site + " otherwise than the exact path");
      }
      NearestCentre nearest = screen.nearest(site);
      if (nearest.isInside() != exact) {
        throw new IllegalStateException("the screen's nearest centre of " + site + " is " + nearest);
      }
      inside += exact ? 1 : 0;
    }
    expectedInside = inside;
  }

  /**
   * The baseline: GeographicLib's inverse from each position to each of the three centres,
   * compared with the radius exactly ({@code Geodesics.distanceMetres}, {@link
   * RadiusRule#isWithin}), as {@code RadiusRule} measures every site.
   *
   * @return the number of positions inside
   */
  @Benchmark
  public int exact() {
    int inside = 0;
    for (Wgs84Position site : sites) {
      boolean within = false;
      for (Position centre : centres) {
        within |= RadiusRule.isWithin(Geodesics.distanceMetres(site, centre), radius);
      }
      inside += within ? 1 : 0;
    }
    return checked(inside);
  }

  /**
   * {@link RadiusScreen#isWithin(Position)} for each position.
   *
   * @return the number of positions inside
   */
  @Benchmark
  public int screen() {
    int inside = 0;
    for (Wgs84Position site : sites) {
      inside += screen.isWithin(site) ? 1 : 0;
    }
    return checked(inside);
  }

  /**
   * {@link RadiusScreen#nearest(Position)} for each position: the nearest centre and its exact
   * distance, which always takes at least one inverse.
   *
   * @return the number of positions inside
   */
  @Benchmark
  public int screenNearest() {
    int inside = 0;
    for (Wgs84Position site : sites) {
      inside += screen.nearest(site).isInside() ? 1 : 0;
    }
    return checked(inside);
  }

  private boolean exactIsWithin(Position site) {
    for (Position centre : centres) {
      if (RadiusRule.isWithin(Geodesics.distanceMetres(site, centre), radius)) {
        return true;
      }
    }
    return false;
  }

  private int checked(int inside) {
    if (inside != expectedInside) {
      throw new IllegalStateException(inside + " positions inside, the exact path found " + expectedInside);
    }
    return inside;
  }

  /** The positions, from {@link #SEED}; one in ten within {@link #NEAR_METRES} of a centre. */
  static Wgs84Position[] positions(int count, GeographicRequirement requirement) {
    SplittableRandom random = new SplittableRandom(SEED);
    List<Centre> centres = requirement.getCentres();
    Wgs84Position[] positions = new Wgs84Position[count];
    for (int i = 0; i < count; i++) {
      if (i % 10 == 0) {
        Wgs84Position centre = centres.get(random.nextInt(centres.size())).getPosition().toWgs84();
        double metres = NEAR_METRES * Math.sqrt(random.nextDouble());
        GeodesicData direct = Geodesic.WGS84.Direct(centre.getLatitude(), centre.getLongitude(),
            random.nextDouble(-180, 180), metres);
        positions[i] = Position.ofWgs84(direct.lat2, direct.lon2);
      } else {
        positions[i] = Position.ofWgs84(random.nextDouble(55.3, 69.1), random.nextDouble(10.9, 24.2));
      }
    }
    return positions;
  }

  /** The number of positions inside by the exact path; for tests. */
  int expectedInside() {
    return expectedInside;
  }
}
