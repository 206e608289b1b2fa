package se.asf.rules.radius;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * One site's result against a radius requirement: its nearest centre, the geodesic distance to it,
 * and whether that is within the radius. A site whose position is not known has no nearest centre.
 *
 * <p><b>Displayed distances never contradict the decision.</b> The distance is shown in metres with
 * three decimals ({@link #getDisplayedDistanceMetres()}), rounded <em>up</em> for a site outside the
 * radius and <em>down</em> for a site inside, so a site 47 nm outside a 9 000 m radius shows as
 * {@code 9000.001}, never {@code 9000.000}, and a site inside never shows more than the radius. The
 * decision itself compares the exact distance ({@link #getDistanceMetres()}), never the display.
 *
 * <p>A result may carry {@linkplain #getWarnings() warnings} about the site's position, such as
 * likely swapped coordinates ({@link PositionPlausibility}); they never change whether the site is
 * inside, nor the finding's outcome.
 *
 * <p>A result made by {@link RadiusRule} knows at once whether the site is inside (the
 * {@link RadiusScreen} decides that, usually without a geodesic), and computes the nearest centre and
 * the exact distance only when one of them is first read, then keeps them. Instances are immutable
 * in what they show and thread-safe.
 */
public final class SiteDistance {
  private final String siteName;
  private final boolean positionKnown;
  private final boolean inside;
  private final Supplier<NearestCentre> nearest;
  private final List<PositionWarning> warnings;
  /** The nearest centre and its distance, once known; for a deferred result, computed on first use. */
  private volatile Resolved resolved;

  /** The nearest centre's name and the exact distance to it. */
  private static final class Resolved {
    final String centre;
    final double metres;

    Resolved(String centre, double metres) {
      this.centre = centre;
      this.metres = metres;
    }
  }

  private SiteDistance(String siteName, boolean positionKnown, boolean inside, Supplier<NearestCentre> nearest,
      Resolved resolved, List<PositionWarning> warnings) {
    this.siteName = siteName;
    this.positionKnown = positionKnown;
    this.inside = inside;
    this.nearest = nearest;
    if (resolved != null) {
      // A deferred result is made with none: it then costs no volatile write.
      this.resolved = resolved;
    }
    this.warnings = warnings;
  }

  /**
   * Returns the result of a site whose position is not known.
   *
   * @param siteName the site's name
   * @return the result, with no centre, no distance, and not inside
   */
  public static SiteDistance unknown(String siteName) {
    return new SiteDistance(Objects.requireNonNull(siteName, "siteName"), false, false, null, null, List.of());
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
    checkDistance(distanceMetres);
    return new SiteDistance(siteName, true, inside, null, new Resolved(nearestCentre, distanceMetres), List.of());
  }

  /**
   * Returns the result of a site whose inside-or-outside decision is known and whose nearest centre
   * is computed when first asked for.
   *
   * @param siteName the site's name
   * @param inside the decision
   * @param nearest computes the nearest centre; it must agree with {@code inside}
   * @return the result
   */
  static SiteDistance deferred(String siteName, boolean inside, Supplier<NearestCentre> nearest) {
    return new SiteDistance(Objects.requireNonNull(siteName, "siteName"), true, inside,
        Objects.requireNonNull(nearest, "nearest"), null, List.of());
  }

  /**
   * Returns a copy of this result with warnings about the site's position, in place of any it had.
   * The warnings change nothing else.
   *
   * @param warnings the warnings, each at most once; empty for none
   * @return the copy
   * @throws IllegalArgumentException if a warning is given twice, or a site of unknown position is
   *     given a warning about its position
   */
  public SiteDistance withWarnings(Collection<PositionWarning> warnings) {
    if (warnings.isEmpty() && this.warnings.isEmpty()) {
      return this;
    }
    List<PositionWarning> copy = List.copyOf(warnings);
    if (copy.stream().distinct().count() != copy.size()) {
      throw new IllegalArgumentException("a warning is given twice: " + copy);
    }
    if (!positionKnown && !copy.isEmpty()) {
      throw new IllegalArgumentException("a site without a position has no warning about it: " + siteName);
    }
    return new SiteDistance(siteName, positionKnown, inside, nearest, resolved, copy);
  }

  /**
   * Returns the warnings about the site's position, which never change the outcome.
   *
   * @return the warnings, in the order given; empty for most sites
   */
  public List<PositionWarning> getWarnings() {
    return warnings;
  }

  private static void checkDistance(double distanceMetres) {
    if (!Double.isFinite(distanceMetres) || distanceMetres < 0) {
      throw new IllegalArgumentException("a distance must be finite and not negative: " + distanceMetres);
    }
  }

  /** The nearest centre and its distance; only for a site whose position is known. */
  private Resolved resolved() {
    Resolved known = resolved;
    if (known == null) {
      // Computed at most a few times under a race, always to the same value.
      NearestCentre centre = nearest.get();
      if (centre.isInside() != inside) {
        throw new IllegalStateException("the nearest centre of " + siteName + " contradicts the decision");
      }
      checkDistance(centre.getDistanceMetres());
      known = new Resolved(centre.getCentre().getName(), centre.getDistanceMetres());
      resolved = known;
    }
    return known;
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
    return positionKnown ? Optional.of(resolved().centre) : Optional.empty();
  }

  /**
   * Returns the geodesic distance to the nearest centre.
   *
   * @return metres, or empty when the site's position is not known
   */
  public OptionalDouble getDistanceMetres() {
    return positionKnown ? OptionalDouble.of(resolved().metres) : OptionalDouble.empty();
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
    return positionKnown;
  }

  /**
   * Returns the distance as displayed: metres with three decimals, rounded up outside the radius and
   * down inside it, so the display never contradicts the decision.
   *
   * @return the displayed distance, or empty when the position is not known
   */
  public Optional<BigDecimal> getDisplayedDistanceMetres() {
    return positionKnown ? Optional.of(displayed(resolved().metres, inside)) : Optional.empty();
  }

  /**
   * Renders the displayed distance ({@link #getDisplayedDistanceMetres()}).
   *
   * @return for example {@code 8734.123}, or {@code -} when unknown
   */
  public String formatDistance() {
    return getDisplayedDistanceMetres().map(BigDecimal::toPlainString).orElse("-");
  }

  /**
   * The exact value of {@code metres} with three decimals, rounded down ({@code inside}) or up: the
   * value of {@code new BigDecimal(metres).setScale(3, FLOOR or CEILING)}, without expanding the
   * double's binary fraction. A whole number {@code k} of thousandths is compared with the distance
   * through {@link Math#fma}, which rounds {@code metres × 1000 − k} once and so keeps its sign: a
   * double and an integer below 2<sup>53</sup> differ by a multiple of 2<sup>−1074</sup>, which never
   * rounds to zero. Distances beyond {@value #FAST_LIMIT} m, which no geodesic on Earth has, take
   * the long way.
   */
  static BigDecimal displayed(double metres, boolean inside) {
    if (!(Math.abs(metres) < FAST_LIMIT)) {
      return new BigDecimal(metres).setScale(3, inside ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }
    // Thousandths: the floor of metres × 1000. Rounding to double is monotonic and below 2^53 moves
    // the product past at most the next whole number, so the floor of the rounded product is the
    // floor of the exact one, or one more.
    long k = (long) Math.floor(metres * 1000);
    if (Math.fma(metres, 1000, -k) < 0) {
      k--;
    }
    if (!inside && Math.fma(metres, 1000, -k) != 0) {
      k++;
    }
    return BigDecimal.valueOf(k, 3);
  }

  /** The largest distance, in metres, that {@link #displayed} rounds without {@link BigDecimal}. */
  static final double FAST_LIMIT = 1e12;

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof SiteDistance)) {
      return false;
    }
    SiteDistance that = (SiteDistance) other;
    return siteName.equals(that.siteName) && positionKnown == that.positionKnown && inside == that.inside
        && getNearestCentre().equals(that.getNearestCentre())
        && getDistanceMetres().equals(that.getDistanceMetres()) && warnings.equals(that.warnings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(siteName, getNearestCentre(), getDistanceMetres(), inside, warnings);
  }

  @Override
  public String toString() {
    return siteName + ": " + (!positionKnown ? "position unknown"
        : resolved().centre + " at " + formatDistance() + " m" + (inside ? " (inside)" : " (outside)")
            + (warnings.isEmpty() ? "" : " " + warnings));
  }
}
