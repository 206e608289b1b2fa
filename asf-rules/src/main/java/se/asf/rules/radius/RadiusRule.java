package se.asf.rules.radius;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Rule;
import se.asf.rules.Sources;
import se.asf.rules.geodesy.Geodesics;
import se.asf.rules.reasons.RadiusReason;

/**
 * Radius eligibility ({@value #ID}): a site qualifies when its ellipsoidal (WGS 84) geodesic
 * distance to any centre is at most the radius, inclusive; the enterprise qualifies when at least one
 * site does, and the finding names it.
 *
 * <p>Each distance is a GeographicLib double. It is compared with the radius exactly: the double's
 * exact decimal value ({@code new BigDecimal(distance)}) against the radius, so a site exactly at
 * 9 000.000 m is inside and one at 9 000.001 m is outside. Distances shown in findings are in
 * millimetres, rounded up for a site outside the radius and down for one inside, so a display never
 * contradicts the decision ({@link SiteDistance}). SWEREF 99 TM positions are converted to WGS 84
 * first.
 *
 * <p>The finding lists every site's result ({@link Finding#getSites()}), in the enterprise's order,
 * including sites whose position is unknown; its figures name the site that decided: the nearest
 * site inside, or else the nearest site outside.
 *
 * <p>A site's result may carry warnings about its position that never change the outcome: a WGS 84
 * position far outside Sweden and its neighbours that would lie in Sweden with latitude and
 * longitude swapped is flagged {@link PositionWarning#LIKELY_SWAPPED_COORDINATES}, and judged as
 * given ({@link PositionPlausibility} states the rule and its boxes).
 *
 * <p>Outcomes: MET when a site is inside; UNDETERMINED when no site is inside but some site's
 * position is unknown, or when no site is given; NOT_MET when every site is known and outside.
 *
 * <p>The rule compiles its requirement once into a {@link RadiusScreen}, which decides inside or
 * outside exactly as the geodesic comparison above does (property tests check millions of positions
 * at the boundary), but settles clear cases with a conservative bound instead of a geodesic. The
 * nearest centre and the exact distance of each site, and the figures of the site shown, are
 * computed only when they are first read (a message, the report, a program asking), so assessing
 * costs a few comparisons and explaining costs the geodesics it shows.
 */
public final class RadiusRule {
  /** The rule id. */
  public static final String ID = "RADIUS";

  private RadiusRule() {}

  /**
   * Returns the rule for a requirement.
   *
   * @param requirement the centres and the radius
   * @return the rule {@value #ID}
   */
  public static Rule of(GeographicRequirement requirement) {
    RadiusScreen screen = RadiusScreen.of(Objects.requireNonNull(requirement, "requirement"));
    // The same for every enterprise: made once.
    Figure radius = Figure.distance("radius", screen.getRequirement().getRadiusMetres());
    return Rule.of(ID, Sources.PROCUREMENT_DOCUMENTS, RadiusReason.class,
        (enterprise, date) -> evaluate(enterprise, screen, radius));
  }

  /**
   * Returns each site's nearest centre and distance, in the order of the enterprise's sites.
   *
   * @param enterprise the enterprise
   * @param requirement the centres and the radius
   * @return one entry per site
   */
  public static List<SiteDistance> siteDistances(Enterprise enterprise, GeographicRequirement requirement) {
    List<SiteDistance> distances = new ArrayList<>();
    for (Site site : enterprise.getSites()) {
      if (site.getPosition().isEmpty()) {
        distances.add(SiteDistance.unknown(site.getName()));
        continue;
      }
      Centre nearest = null;
      double best = Double.POSITIVE_INFINITY;
      for (Centre centre : requirement.getCentres()) {
        double distance = Geodesics.distanceMetres(site.getPosition().get(), centre.getPosition());
        if (distance < best) {
          best = distance;
          nearest = centre;
        }
      }
      distances.add(SiteDistance.of(site.getName(), nearest.getName(), best,
          isWithin(best, requirement.getRadiusMetres())).withWarnings(
              PositionPlausibility.warnings(site.getPosition().get())));
    }
    return distances;
  }

  /**
   * Compares a distance with a radius exactly, inclusive.
   *
   * @param distanceMetres a finite distance
   * @param radiusMetres the radius
   * @return {@code true} when the distance's exact value is at most the radius
   */
  public static boolean isWithin(double distanceMetres, BigDecimal radiusMetres) {
    return new BigDecimal(distanceMetres).compareTo(radiusMetres) <= 0;
  }

  private static Finding evaluate(Enterprise enterprise, RadiusScreen screen, Figure radius) {
    List<Site> enterpriseSites = enterprise.getSites();
    SiteDistance[] sites = new SiteDistance[enterpriseSites.size()];
    boolean anyInside = false;
    long unknown = 0;
    for (int i = 0; i < sites.length; i++) {
      Site site = enterpriseSites.get(i);
      Optional<Position> known = site.getPosition();
      if (known.isEmpty()) {
        sites[i] = SiteDistance.unknown(site.getName());
        unknown++;
      } else {
        Position position = known.get();
        boolean inside = screen.isWithin(position);
        anyInside |= inside;
        sites[i] = SiteDistance.deferred(site.getName(), inside, () -> screen.nearest(position))
            .withWarnings(PositionPlausibility.warnings(position));
      }
    }
    if (sites.length == 0) {
      return Finding.of(ID, RadiusReason.NO_SITES, Sources.PROCUREMENT_DOCUMENTS, radius);
    }
    List<SiteDistance> results = List.of(sites);
    if (!anyInside && unknown > 0) {
      return Finding.of(ID, RadiusReason.POSITION_UNKNOWN, Sources.PROCUREMENT_DOCUMENTS, results, radius,
          Figure.count("unknownPositions", unknown));
    }
    // The site shown: the nearest inside, or else the nearest. Ordering several sites needs their
    // distances, so it is found, like the distance itself, only when a figure is read.
    return Finding.deferred(ID, anyInside ? RadiusReason.SITE_INSIDE : RadiusReason.ALL_OUTSIDE,
        Sources.PROCUREMENT_DOCUMENTS, results, () -> {
          SiteDistance site = shown(results);
          return List.of(radius, Figure.text("site", site.getSiteName()),
              Figure.text("centre", site.getNearestCentre().orElseThrow()),
              Figure.distance("distance", site.getDisplayedDistanceMetres().orElseThrow()));
        });
  }

  /**
   * The nearest site inside (or, with none inside, the nearest known site); the first of equals. That
   * is the nearest known site either way: a site inside is at most the radius from its nearest centre,
   * and a site outside farther.
   */
  private static SiteDistance shown(List<SiteDistance> sites) {
    return sites.stream()
        .filter(SiteDistance::isPositionKnown)
        .min(Comparator.comparingDouble(site -> site.getDistanceMetres().orElseThrow()))
        .orElseThrow();
  }
}
