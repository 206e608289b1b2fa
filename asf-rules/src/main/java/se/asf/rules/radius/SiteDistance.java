package se.asf.rules.radius;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One site's distance to its nearest centre, and whether that is within the radius. A site whose
 * position is not known has no nearest centre.
 */
public final class SiteDistance {
  private final String siteName;
  private final String nearestCentre;
  private final double distanceMetres;
  private final boolean inside;

  private SiteDistance(String siteName, String nearestCentre, double distanceMetres, boolean inside) {
    this.siteName = siteName;
    this.nearestCentre = nearestCentre;
    this.distanceMetres = distanceMetres;
    this.inside = inside;
  }

  static SiteDistance unknown(String siteName) {
    return new SiteDistance(siteName, null, Double.NaN, false);
  }

  static SiteDistance of(String siteName, String nearestCentre, double distanceMetres, boolean inside) {
    return new SiteDistance(siteName, nearestCentre, distanceMetres, inside);
  }

  /**
   * Returns the site's name.
   *
   * @return the name
   */
  public String getSiteName() {
    return siteName;
  }

  /**
   * Returns the nearest centre's name.
   *
   * @return the name, or empty when the site's position is not known
   */
  public Optional<String> getNearestCentre() {
    return Optional.ofNullable(nearestCentre);
  }

  /**
   * Returns the geodesic distance to the nearest centre.
   *
   * @return metres, or empty when the site's position is not known
   */
  public OptionalDouble getDistanceMetres() {
    return nearestCentre == null ? OptionalDouble.empty() : OptionalDouble.of(distanceMetres);
  }

  /**
   * Tells whether the site is within the radius of its nearest centre, inclusive.
   *
   * @return {@code true} when the distance is at most the radius
   */
  public boolean isInside() {
    return inside;
  }

  /**
   * Renders the distance in metres with millimetre precision, rounded half up (display only).
   *
   * @return for example {@code 8734.123}, or {@code -} when unknown
   */
  public String formatDistance() {
    return nearestCentre == null ? "-" : millimetres(distanceMetres);
  }

  static String millimetres(double metres) {
    return new BigDecimal(metres).setScale(3, RoundingMode.HALF_UP).toPlainString();
  }

  @Override
  public String toString() {
    return siteName + ": " + (nearestCentre == null ? "position unknown"
        : nearestCentre + " at " + formatDistance() + " m" + (inside ? " (inside)" : " (outside)"));
  }
}
