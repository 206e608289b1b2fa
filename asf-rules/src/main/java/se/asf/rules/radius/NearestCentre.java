package se.asf.rules.radius;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import se.asf.core.procurement.Centre;

/**
 * A position's nearest centre of a radius requirement, its exact geodesic distance and whether that
 * distance is within the radius, inclusive, as {@link RadiusScreen#nearest(double, double)} finds
 * them.
 *
 * <p>The distance is GeographicLib's WGS 84 double, the very value the radius rule computes from the
 * position to the centre; {@link #isInside()} is {@link RadiusRule#isWithin(double,
 * java.math.BigDecimal)} of it. Of centres at the same distance the first in the requirement's order
 * is the nearest.
 */
public final class NearestCentre {
  private final Centre centre;
  private final double distanceMetres;
  private final boolean inside;

  private NearestCentre(Centre centre, double distanceMetres, boolean inside) {
    this.centre = centre;
    this.distanceMetres = distanceMetres;
    this.inside = inside;
  }

  static NearestCentre of(Centre centre, double distanceMetres, boolean inside) {
    return new NearestCentre(Objects.requireNonNull(centre, "centre"), distanceMetres, inside);
  }

  /**
   * Returns the nearest centre.
   *
   * @return the centre, one of the requirement's
   */
  public Centre getCentre() {
    return centre;
  }

  /**
   * Returns the geodesic distance to the centre.
   *
   * @return metres, GeographicLib's double
   */
  public double getDistanceMetres() {
    return distanceMetres;
  }

  /**
   * Tells whether the distance is within the radius, inclusive, compared exactly.
   *
   * @return {@code true} when the distance's exact value is at most the radius
   */
  public boolean isInside() {
    return inside;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof NearestCentre that && centre.equals(that.centre)
        && Double.compare(distanceMetres, that.distanceMetres) == 0 && inside == that.inside;
  }

  @Override
  public int hashCode() {
    return Objects.hash(centre, distanceMetres, inside);
  }

  /**
   * Returns the centre's name, the distance to the millimetre (rounded half up, for display) and
   * whether it is inside.
   *
   * @return for example {@code Tumba centrum at 183.506 m (inside)}
   */
  @Override
  public String toString() {
    return centre.getName() + " at " + new BigDecimal(distanceMetres).setScale(3, RoundingMode.HALF_UP).toPlainString() + " m"
        + (inside ? " (inside)" : " (outside)");
  }
}
