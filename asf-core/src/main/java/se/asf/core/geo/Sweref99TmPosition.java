package se.asf.core.geo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * A SWEREF 99 TM position (EPSG:3006): northing and easting in metres.
 *
 * <p>SWEREF 99 TM is a transverse Mercator projection of GRS 80 with central meridian 15° E, scale
 * 0.9996 and false easting 500 000 m; its axis order is northing, easting. Values are accepted
 * within the projection's area of use (Sweden and its waters), widened to whole kilometres:
 * northing {@value #MIN_NORTHING}–{@value #MAX_NORTHING} m, easting
 * {@value #MIN_EASTING}–{@value #MAX_EASTING} m.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract non-sealed class Sweref99TmPosition implements Position {

  Sweref99TmPosition() {}
  /** The smallest accepted northing, in metres. */
  public static final double MIN_NORTHING = 6_090_000;
  /** The largest accepted northing, in metres. */
  public static final double MAX_NORTHING = 7_700_000;
  /** The smallest accepted easting, in metres. */
  public static final double MIN_EASTING = 180_000;
  /** The largest accepted easting, in metres. */
  public static final double MAX_EASTING = 1_090_000;

  /**
   * Creates a position.
   *
   * @param northing metres north
   * @param easting metres east, including the false easting
   * @return the position
   * @throws InvariantViolationException if a value is NaN, infinite or outside the area of use
   */
  public static Sweref99TmPosition of(double northing, double easting) {
    return ImmutableSweref99TmPosition.of(northing, easting);
  }

  /**
   * Returns the northing.
   *
   * @return metres north
   */
  @Value.Parameter
  @DecimalMin("6090000")
  @DecimalMax("7700000")
  public abstract double getNorthing();

  /**
   * Returns the easting.
   *
   * @return metres east, including the false easting of 500 000 m
   */
  @Value.Parameter
  @DecimalMin("180000")
  @DecimalMax("1090000")
  public abstract double getEasting();

  @Value.Check
  void check() {
    check(getNorthing(), getEasting());
  }

  /**
   * Checks a northing/easting pair without building a position.
   *
   * @param northing metres north
   * @param easting metres east
   * @throws InvariantViolationException naming the first broken invariant
   */
  public static void check(double northing, double easting) {
    InvariantViolationException violation = violation(northing, easting);
    if (violation != null) {
      throw violation;
    }
  }

  /**
   * Tells whether a northing/easting pair is a valid SWEREF 99 TM position.
   *
   * @param northing metres north
   * @param easting metres east
   * @return {@code true} when {@link #of} would accept the pair
   */
  public static boolean isValid(double northing, double easting) {
    return violation(northing, easting) == null;
  }

  /** Returns the first broken invariant as an exception to throw, or null when the pair is valid. */
  private static InvariantViolationException violation(double northing, double easting) {
    if (!Double.isFinite(northing)) {
      return new InvariantViolationException(Invariant.COORDINATE_NOT_FINITE, "northing", northing);
    }
    if (!Double.isFinite(easting)) {
      return new InvariantViolationException(Invariant.COORDINATE_NOT_FINITE, "easting", easting);
    }
    if (northing < MIN_NORTHING || northing > MAX_NORTHING) {
      return new InvariantViolationException(
          Invariant.NORTHING_OUT_OF_RANGE, "northing", northing, MIN_NORTHING, MAX_NORTHING);
    }
    if (easting < MIN_EASTING || easting > MAX_EASTING) {
      return new InvariantViolationException(
          Invariant.EASTING_OUT_OF_RANGE, "easting", easting, MIN_EASTING, MAX_EASTING);
    }
    return null;
  }

  /**
   * Converts this position to WGS 84 with Lantmäteriet's inverse Gauss–Krüger formulas.
   *
   * @return the geodetic position
   */
  @Override
  public Wgs84Position toWgs84() {
    double[] geodetic = Sweref99Tm.inverse(getNorthing(), getEasting());
    return Wgs84Position.of(geodetic[0], geodetic[1]);
  }

  @Override
  public Sweref99TmPosition toSweref99Tm() {
    return this;
  }

  /**
   * Returns {@code SWEREF99TM[N northing, E easting]}.
   *
   * @return for example {@code SWEREF99TM[N 6548757.206, E 758410.519]}
   */
  @Override
  public String toString() {
    return "SWEREF99TM[N " + getNorthing() + ", E " + getEasting() + "]";
  }
}
