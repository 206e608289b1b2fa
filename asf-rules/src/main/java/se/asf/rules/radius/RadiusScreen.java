package se.asf.rules.radius;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicMask;
import se.asf.core.geo.Position;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;

/**
 * A radius requirement compiled for screening many positions: it decides, for any position, exactly
 * what the exact path decides, GeographicLib's WGS 84 inverse from the position to every centre
 * ({@code Geodesics.distanceMetres}) compared with the radius exactly and inclusively ({@link
 * RadiusRule#isWithin}), but settles clear cases with a cheap spherical bound and computes the
 * ellipsoidal inverse only where the bound cannot decide.
 *
 * <pre>{@code
 * RadiusScreen screen = RadiusScreen.of(procurement.getGeographicRequirement().orElseThrow());
 * boolean inside = screen.isWithin(59.2050, 17.7600);               // true
 * NearestCentre nearest = screen.nearest(Position.ofWgs84(59.2050, 17.7600));
 * // Salems centrum at 685.719 m (inside)
 * }</pre>
 *
 * <h2>The bound</h2>
 *
 * <p>Map the ellipsoid onto the unit sphere by keeping geodetic latitude φ and longitude λ, and let
 * σ be the central angle between the two images (the great-circle distance on the unit sphere). The
 * ellipsoid's line element is {@code ds² = M(φ)² dφ² + N(φ)² cos²φ dλ²}, the unit sphere's {@code
 * dσ² = dφ² + cos²φ dλ²}, where the meridian radius of curvature M and the prime-vertical radius N
 * both lie between {@code b²/a} (M at the equator) and {@code a²/b} (M and N at the poles). Hence
 * every path is between {@code b²/a} and {@code a²/b} times as long on the ellipsoid as its image on
 * the sphere, and so is the shortest one:
 *
 * <pre>
 *   K_lo · σ ≤ d ≤ K_hi · σ,   K_lo = b²/a = 6 335 439.33 m,   K_hi = a²/b = 6 399 593.63 m
 * </pre>
 *
 * <p>for the ellipsoidal geodesic distance d between any two points of WGS 84 (a = 6 378 137 m,
 * f = 1/298.257223563): for {@code d ≤ K_hi·σ} measure the great circle's image on the ellipsoid,
 * for {@code K_lo·σ ≤ d} map the geodesic onto the sphere. The bound holds everywhere, poles and
 * the antimeridian included. The ratio {@code K_hi/K_lo = (1 − f)⁻³ = 1.0101}: a sphere of
 * radius {@code (K_lo + K_hi)/2} is within ±0.504 % of the geodesic everywhere.
 *
 * <p>The screen adds a safety factor of 1.01 (1 % more, on each side, twice the sphere's whole
 * error) and a margin of 1 mm. A position is settled inside when {@code K_hi·σ·1.01 + 1 mm
 * ≤ r} for some centre, and settled outside when {@code K_lo·σ/1.01 − 1 mm > r} for every centre;
 * otherwise the exact inverse is computed for every centre not settled outside. Thus only positions
 * whose geodesic distance to the nearest centre lies between about 0.980·r and 1.020·r (±2 %) can
 * need the inverse. The 1 mm margin covers, some 10⁴ times over, what the bound's own
 * arithmetic can get wrong: the unit vectors, chords and angles are computed in doubles to within
 * about 10⁻¹⁴ rad (under 10⁻⁷ m), and GeographicLib's inverse is accurate to about 15 nm, so a
 * settled position is at least a millimetre and a percent from the radius, and the inverse's double
 * lies on the same side of it.
 *
 * <p>The screen compares squared chords of the unit sphere with thresholds computed once, so a
 * screened position costs four trigonometric functions and a few multiplications per centre. A
 * chord c = 2 sin(σ/2) determines σ well only while σ is well below π, so the cheap tests are used
 * only when {@code (1.01·r + 1 mm)/K_lo ≤ π/2}, that is for radii up to about 9 853 km; a screen of a
 * larger radius computes the exact inverse for every position (and is then no faster than the exact
 * path).
 *
 * <h2>The nearest centre</h2>
 *
 * <p>{@link #nearest(double, double)} bounds each centre's distance from below by {@code
 * K_lo·σ/1.01 − 1 mm} and from above by {@code K_hi·σ·1.01 + 1 mm}, with σ from the robust {@code
 * atan2(|u × v|, u · v)}, and computes the inverse only for the centres whose lower bound is at most
 * the smallest upper bound: any other centre is strictly farther than some centre, so it can neither
 * be the nearest nor tie with it. Among those it keeps, in the requirement's order, the first with
 * the strictly smallest distance, as {@link RadiusRule#siteDistances} does.
 *
 * <p>The decisions equal the exact path's on every input; property tests check it on millions of
 * positions within ±50 m of the radius and across Sweden. Instances are immutable and thread-safe.
 */
public final class RadiusScreen {
  /** The safety factor applied on each side of the spherical bound. */
  static final double SAFETY_FACTOR = 1.01;
  /** The absolute margin, in metres, applied on each side of the spherical bound. */
  static final double MARGIN_METRES = 0.001;

  private static final double A = Geodesic.WGS84.EquatorialRadius();
  private static final double F = Geodesic.WGS84.Flattening();
  /** b²/a, the smallest radius of curvature of WGS 84: the meridian's at the equator. */
  static final double K_LO = A * (1 - F) * (1 - F);
  /** a²/b, the largest radius of curvature of WGS 84: at the poles. */
  static final double K_HI = A / (1 - F);
  /** The largest central angle at which the chord tests are used. */
  private static final double LARGEST_SCREENED_ANGLE = Math.PI / 2;

  /** How a position's decision was reached; for tests. */
  enum Settlement {
    /** The bound put the position inside the radius of some centre. */
    SETTLED_INSIDE(true),
    /** The bound put the position outside the radius of every centre. */
    SETTLED_OUTSIDE(false),
    /** An exact inverse put the position inside. */
    EXACT_INSIDE(true),
    /** The exact inverses put the position outside. */
    EXACT_OUTSIDE(false);

    private final boolean inside;

    Settlement(boolean inside) {
      this.inside = inside;
    }

    boolean isInside() {
      return inside;
    }

    boolean isSettled() {
      return this == SETTLED_INSIDE || this == SETTLED_OUTSIDE;
    }
  }

  private final GeographicRequirement requirement;
  private final List<Centre> centres;
  private final double[] latitudes;
  private final double[] longitudes;
  private final double[] xs;
  private final double[] ys;
  private final double[] zs;
  /** The largest double whose exact value is at most the radius. */
  private final double radiusFloor;
  /** Squared chord at or below which a position is inside; negative when never. */
  private final double insideChordSquared;
  /** Squared chord above which a position is outside; infinite when never. */
  private final double outsideChordSquared;

  private RadiusScreen(GeographicRequirement requirement) {
    this.requirement = requirement;
    this.centres = List.copyOf(requirement.getCentres());
    int n = centres.size();
    latitudes = new double[n];
    longitudes = new double[n];
    xs = new double[n];
    ys = new double[n];
    zs = new double[n];
    for (int i = 0; i < n; i++) {
      Wgs84Position position = centres.get(i).getPosition().toWgs84();
      latitudes[i] = position.getLatitude();
      longitudes[i] = position.getLongitude();
      double phi = Math.toRadians(latitudes[i]);
      double lambda = Math.toRadians(longitudes[i]);
      xs[i] = Math.cos(phi) * Math.cos(lambda);
      ys[i] = Math.cos(phi) * Math.sin(lambda);
      zs[i] = Math.sin(phi);
    }
    BigDecimal radius = requirement.getRadiusMetres();
    radiusFloor = largestDoubleAtMost(radius);
    double r = radius.doubleValue();
    double outsideAngle = (r * SAFETY_FACTOR + MARGIN_METRES) / K_LO;
    double insideAngle = (r / SAFETY_FACTOR - MARGIN_METRES) / K_HI;
    if (outsideAngle <= LARGEST_SCREENED_ANGLE) {
      outsideChordSquared = chordSquared(outsideAngle);
      insideChordSquared = insideAngle > 0 ? chordSquared(insideAngle) : -1;
    } else {
      outsideChordSquared = Double.POSITIVE_INFINITY;
      insideChordSquared = -1;
    }
  }

  /**
   * Compiles a requirement.
   *
   * @param requirement the centres and the radius
   * @return the screen
   */
  public static RadiusScreen of(GeographicRequirement requirement) {
    return new RadiusScreen(Objects.requireNonNull(requirement, "requirement"));
  }

  /**
   * Returns the requirement this screen was compiled from.
   *
   * @return the requirement
   */
  public GeographicRequirement getRequirement() {
    return requirement;
  }

  /**
   * Tells whether a WGS 84 position is within the radius of any centre, inclusive, exactly as the
   * geodesic distance compared with the radius decides.
   *
   * @param latitude degrees north, in [-90, 90]
   * @param longitude degrees east, in [-180, 180]
   * @return {@code true} when some centre's geodesic distance is at most the radius
   * @throws IllegalArgumentException if a value is NaN, infinite or out of range
   */
  public boolean isWithin(double latitude, double longitude) {
    return settle(latitude, longitude).isInside();
  }

  /**
   * Tells whether a position is within the radius of any centre, inclusive; a SWEREF 99 TM position
   * is converted to WGS 84 first, as {@code Geodesics.distanceMetres} does.
   *
   * @param position the position
   * @return {@code true} when some centre's geodesic distance is at most the radius
   */
  public boolean isWithin(Position position) {
    Wgs84Position wgs84 = Objects.requireNonNull(position, "position").toWgs84();
    return isWithin(wgs84.getLatitude(), wgs84.getLongitude());
  }

  /**
   * Returns a WGS 84 position's nearest centre, its exact geodesic distance and whether it is inside,
   * computing the exact inverse only to the centres the bound cannot exclude.
   *
   * @param latitude degrees north, in [-90, 90]
   * @param longitude degrees east, in [-180, 180]
   * @return the nearest centre; of equidistant centres the first in the requirement's order
   * @throws IllegalArgumentException if a value is NaN, infinite or out of range
   */
  public NearestCentre nearest(double latitude, double longitude) {
    boolean[] candidates = candidateMask(latitude, longitude);
    int nearest = -1;
    double best = Double.POSITIVE_INFINITY;
    for (int i = 0; i < candidates.length; i++) {
      if (!candidates[i]) {
        continue;
      }
      double distance = inverse(latitude, longitude, i);
      if (distance < best) {
        best = distance;
        nearest = i;
      }
    }
    return NearestCentre.of(centres.get(nearest), best, best <= radiusFloor);
  }

  /**
   * Returns a position's nearest centre, its exact geodesic distance and whether it is inside; a
   * SWEREF 99 TM position is converted to WGS 84 first.
   *
   * @param position the position
   * @return the nearest centre; of equidistant centres the first in the requirement's order
   */
  public NearestCentre nearest(Position position) {
    Wgs84Position wgs84 = Objects.requireNonNull(position, "position").toWgs84();
    return nearest(wgs84.getLatitude(), wgs84.getLongitude());
  }

  /** Decides a position and tells how; {@link #isWithin(double, double)} is its flag. */
  Settlement settle(double latitude, double longitude) {
    checkCoordinates(latitude, longitude);
    double phi = Math.toRadians(latitude);
    double lambda = Math.toRadians(longitude);
    double cosPhi = Math.cos(phi);
    double x = cosPhi * Math.cos(lambda);
    double y = cosPhi * Math.sin(lambda);
    double z = Math.sin(phi);
    boolean uncertain = false;
    for (int i = 0; i < xs.length; i++) {
      double c2 = chordSquared(x, y, z, i);
      if (c2 <= insideChordSquared) {
        return Settlement.SETTLED_INSIDE;
      }
      if (!(c2 > outsideChordSquared)) {
        uncertain = true;
      }
    }
    if (!uncertain) {
      return Settlement.SETTLED_OUTSIDE;
    }
    for (int i = 0; i < xs.length; i++) {
      if (chordSquared(x, y, z, i) > outsideChordSquared) {
        continue;
      }
      if (inverse(latitude, longitude, i) <= radiusFloor) {
        return Settlement.EXACT_INSIDE;
      }
    }
    return Settlement.EXACT_OUTSIDE;
  }

  /** The centres {@link #nearest(double, double)} computes an inverse to, in order; for tests. */
  List<Centre> candidates(double latitude, double longitude) {
    boolean[] mask = candidateMask(latitude, longitude);
    List<Centre> candidates = new ArrayList<>();
    for (int i = 0; i < mask.length; i++) {
      if (mask[i]) {
        candidates.add(centres.get(i));
      }
    }
    return candidates;
  }

  private boolean[] candidateMask(double latitude, double longitude) {
    checkCoordinates(latitude, longitude);
    double phi = Math.toRadians(latitude);
    double lambda = Math.toRadians(longitude);
    double cosPhi = Math.cos(phi);
    double x = cosPhi * Math.cos(lambda);
    double y = cosPhi * Math.sin(lambda);
    double z = Math.sin(phi);
    int n = xs.length;
    double[] lower = new double[n];
    double smallestUpper = Double.POSITIVE_INFINITY;
    for (int i = 0; i < n; i++) {
      double crossX = y * zs[i] - z * ys[i];
      double crossY = z * xs[i] - x * zs[i];
      double crossZ = x * ys[i] - y * xs[i];
      double dot = x * xs[i] + y * ys[i] + z * zs[i];
      double sigma = Math.atan2(Math.sqrt(crossX * crossX + crossY * crossY + crossZ * crossZ), dot);
      lower[i] = K_LO * sigma / SAFETY_FACTOR - MARGIN_METRES;
      smallestUpper = Math.min(smallestUpper, K_HI * sigma * SAFETY_FACTOR + MARGIN_METRES);
    }
    boolean[] mask = new boolean[n];
    for (int i = 0; i < n; i++) {
      mask[i] = lower[i] <= smallestUpper;
    }
    return mask;
  }

  private double chordSquared(double x, double y, double z, int centre) {
    double dx = x - xs[centre];
    double dy = y - ys[centre];
    double dz = z - zs[centre];
    return dx * dx + dy * dy + dz * dz;
  }

  /** The exact path's distance: {@code Geodesics.distanceMetres} from the position to the centre. */
  private double inverse(double latitude, double longitude, int centre) {
    return Geodesic.WGS84.Inverse(latitude, longitude, latitudes[centre], longitudes[centre],
        GeodesicMask.DISTANCE).s12;
  }

  private static double chordSquared(double angle) {
    double chord = 2 * Math.sin(angle / 2);
    return chord * chord;
  }

  /**
   * The largest double whose exact value is at most the radius, so that for every finite distance d,
   * {@code d <= floor} exactly when {@code new BigDecimal(d).compareTo(radius) <= 0}.
   */
  static double largestDoubleAtMost(BigDecimal radius) {
    if (radius.compareTo(new BigDecimal(Double.MAX_VALUE)) >= 0) {
      return Double.MAX_VALUE;
    }
    double nearest = radius.doubleValue();
    return new BigDecimal(nearest).compareTo(radius) <= 0 ? nearest : Math.nextDown(nearest);
  }

  private static void checkCoordinates(double latitude, double longitude) {
    if (!(latitude >= -90 && latitude <= 90)) {
      throw new IllegalArgumentException("latitude not in [-90, 90]: " + latitude);
    }
    if (!(longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("longitude not in [-180, 180]: " + longitude);
    }
  }
}
