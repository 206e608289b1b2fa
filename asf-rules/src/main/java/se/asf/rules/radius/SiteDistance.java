package se.asf.rules.radius;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One site's result against a radius requirement: its nearest centre, the geodesic distance to it,
 * and whether that is within the radius. A site whose position is not known has no nearest centre.
 *
 * <p><b>Displayed distances never contradict the decision.</b> The distance is shown in metres with
 * three decimals ({@link #getDisplayedDistanceMetres()}), rounded <em>up</em> for a site outside the
 * radius and <em>down</em> for a site inside, so a site 47 nm outside a 9 000 m radius shows as
 * {@code 9000.001}, never {@code 9000.000}, and a site inside never shows more than the radius. The
 * decision itself compares the exact distance ({@link #getDistanceMetres()}), never the display.
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

  /**
   * Returns the result of a site whose position is not known.
   *
   * @param siteName the site's name
   * @return the result, with no centre, no distance, and not inside
   */
  public static SiteDistance unknown(String siteName) {
    return new SiteDistance(Objects.requireNonNull(siteName, "siteName"), null, Double.NaN, false);
  }

  /**
   * Returns the result of a site with a known position.
   *
   * @param siteName the site's name
   * @param nearestCentre the nearest centre's name
   * @param distanceMetres the geodesic distance to it, finite and not negative
   * @param inside whether that distance is within the radius, inclusive
   * @return the result
   */
  public static SiteDistance of(String siteName, String nearestCentre, double distanceMetres, boolean inside) {
    Objects.requireNonNull(siteName, "siteName");
    Objects.requireNonNull(nearestCentre, "nearestCentre");
    if (!Double.isFinite(distanceMetres) || distanceMetres < 0) {
      throw new IllegalArgumentException("a distance must be finite and not negative: " + distanceMetres);
    }
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
   * Tells whether the site's position is known.
   *
   * @return {@code false} for a site with no position
   */
  public boolean isPositionKnown() {
    return nearestCentre != null;
  }

  /**
   * Returns the distance as displayed: metres with three decimals, rounded up outside the radius and
   * down inside it, so the display never contradicts the decision.
   *
   * @return the displayed distance, or empty when the position is not known
   */
  public Optional<BigDecimal> getDisplayedDistanceMetres() {
    return nearestCentre == null ? Optional.empty() : Optional.of(displayed(distanceMetres, inside));
  }

  /**
   * Renders the displayed distance ({@link #getDisplayedDistanceMetres()}).
   *
   * @return for example {@code 8734.123}, or {@code -} when unknown
   */
  public String formatDistance() {
    return getDisplayedDistanceMetres().map(BigDecimal::toPlainString).orElse("-");
  }

  static BigDecimal displayed(double metres, boolean inside) {
    return new BigDecimal(metres).setScale(3, inside ? RoundingMode.FLOOR : RoundingMode.CEILING);
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SiteDistance)) {
      return false;
    }
    SiteDistance that = (SiteDistance) other;
    return siteName.equals(that.siteName) && Objects.equals(nearestCentre, that.nearestCentre)
        && Double.compare(distanceMetres, that.distanceMetres) == 0 && inside == that.inside;
  }

  @Override
  public int hashCode() {
    return Objects.hash(siteName, nearestCentre, distanceMetres, inside);
  }

  @Override
  public String toString() {
    return siteName + ": " + (nearestCentre == null ? "position unknown"
        : nearestCentre + " at " + formatDistance() + " m" + (inside ? " (inside)" : " (outside)"));
  }
}
