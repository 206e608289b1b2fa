package se.asf.rules.radius;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.FindingBuilder;
import se.asf.rules.Rule;
import se.asf.rules.Sources;
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
 * <p>Outcomes: MET when a site is inside; UNDETERMINED when no site is inside but some site's
 * position is unknown, or when no site is given; NOT_MET when every site is known and outside. No
 * pre-filter is used, so no shortcut can change a decision.
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
    Objects.requireNonNull(requirement, "requirement");
    return Rule.of(ID, Sources.PROCUREMENT_DOCUMENTS, RadiusReason.class,
        (enterprise, date) -> evaluate(enterprise, requirement));
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
          isWithin(best, requirement.getRadiusMetres())));
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

  private static Finding evaluate(Enterprise enterprise, GeographicRequirement requirement) {
    List<SiteDistance> distances = siteDistances(enterprise, requirement);
    Figure radius = Figure.distance("radius", requirement.getRadiusMetres());
    if (distances.isEmpty()) {
      return Finding.of(ID, RadiusReason.NO_SITES, Sources.PROCUREMENT_DOCUMENTS, radius);
    }
    Comparator<SiteDistance> byDistance = Comparator.comparingDouble(d -> d.getDistanceMetres().orElseThrow());
    SiteDistance inside = distances.stream().filter(SiteDistance::isInside).min(byDistance).orElse(null);
    SiteDistance nearest = distances.stream().filter(SiteDistance::isPositionKnown).min(byDistance).orElse(null);
    long unknown = distances.stream().filter(d -> !d.isPositionKnown()).count();
    FindingBuilder finding = Finding.builder().ruleId(ID).source(Sources.PROCUREMENT_DOCUMENTS).sites(distances)
        .addFigures(radius);
    SiteDistance shown;
    if (inside != null) {
      finding.reason(RadiusReason.SITE_INSIDE);
      shown = inside;
    } else if (unknown > 0) {
      return finding.reason(RadiusReason.POSITION_UNKNOWN).addFigures(Figure.count("unknownPositions", unknown))
          .build();
    } else {
      finding.reason(RadiusReason.ALL_OUTSIDE);
      shown = nearest;
    }
    return finding.addFigures(Figure.text("site", shown.getSiteName()),
        Figure.text("centre", shown.getNearestCentre().orElseThrow()),
        Figure.distance("distance", shown.getDisplayedDistanceMetres().orElseThrow())).build();
  }
}
