package se.asf.core.geo;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * A WGS 84 position: geodetic latitude and longitude in decimal degrees.
 *
 * <p>For Swedish purposes WGS 84 and SWEREF 99 (ETRS89) coincide to well within a metre, so this
 * type stands for both, as Lantmäteriet's conversion does.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract non-sealed class Wgs84Position implements Position {

  Wgs84Position() {}

  /**
   * Creates a position.
   *
   * @param latitude degrees north, in [-90, 90]
   * @param longitude degrees east, in [-180, 180]
   * @return the position
   * @throws InvariantViolationException if a value is NaN, infinite or out of range
   */
  public static Wgs84Position of(double latitude, double longitude) {
    return ImmutableWgs84Position.of(latitude, longitude);
  }

  /**
   * Returns the latitude.
   *
   * @return degrees north, in [-90, 90]
   */
  @Value.Parameter
  @DecimalMin("-90")
  @DecimalMax("90")
  public abstract double getLatitude();

  /**
   * Returns the longitude.
   *
   * @return degrees east, in [-180, 180]
   */
  @Value.Parameter
  @DecimalMin("-180")
  @DecimalMax("180")
  public abstract double getLongitude();

  @Value.Check
  void check() {
    if (!Double.isFinite(getLatitude())) {
      throw new InvariantViolationException(Invariant.COORDINATE_NOT_FINITE, "latitude", getLatitude());
    }
    if (!Double.isFinite(getLongitude())) {
      throw new InvariantViolationException(Invariant.COORDINATE_NOT_FINITE, "longitude", getLongitude());
    }
    if (getLatitude() < -90 || getLatitude() > 90) {
      throw new InvariantViolationException(Invariant.LATITUDE_OUT_OF_RANGE, "latitude", getLatitude());
    }
    if (getLongitude() < -180 || getLongitude() > 180) {
      throw new InvariantViolationException(Invariant.LONGITUDE_OUT_OF_RANGE, "longitude", getLongitude());
    }
  }

  @Override
  public Wgs84Position toWgs84() {
    return this;
  }

  /**
   * Projects this position to SWEREF 99 TM with Lantmäteriet's Gauss–Krüger formulas.
   *
   * @return the grid position
   * @throws se.asf.core.InvariantViolationException if the position lies outside SWEREF 99 TM's
   *     area of use
   */
  @Override
  public Sweref99TmPosition toSweref99Tm() {
    double[] grid = Sweref99Tm.forward(getLatitude(), getLongitude());
    return Sweref99TmPosition.of(grid[0], grid[1]);
  }

  /**
   * Returns {@code WGS84[latitude, longitude]}.
   *
   * @return for example {@code WGS84[59.1983, 17.8353]}
   */
  @Override
  public String toString() {
    return "WGS84[" + getLatitude() + ", " + getLongitude() + "]";
  }
}
