package se.asf.rules.radius;

import java.util.Locale;
import static se.asf.rules.fixtures.FindingAssertions.figureText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static se.asf.rules.fixtures.FindingAssertions.assertFigures;
import static se.asf.rules.fixtures.FindingAssertions.assertFinding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import java.util.Optional;
import se.asf.core.procurement.Centre;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.Sources;
import se.asf.rules.fixtures.Bidders;
import se.asf.rules.fixtures.Examples;
import se.asf.rules.fixtures.Generators;
import se.asf.rules.geodesy.Geodesics;

class RadiusRuleTest {
  private static final LocalDate DEADLINE = Hbs2017Pilot.TENDER_DEADLINE;
  private static final BigDecimal NINE_KM = BigDecimal.valueOf(9000);
  private static final double TUMBA_LATITUDE = 59.1983;
  private static final double TUMBA_LONGITUDE = 17.8353;
  /** Tumba centrum alone, 9 km: the boundary tests measure from one centre only. */
  private static final GeographicRequirement TUMBA_9_KM =
      GeographicRequirement.builder().addCentre(Hbs2017Pilot.tumba()).radiusMetres(NINE_KM).build();
  private static final GeographicRequirement PILOT = Hbs2017Pilot.procurement().getGeographicRequirement().orElseThrow();

  /** The point at a geodesic distance from Tumba centrum, at azimuth 37°, by GeographicLib's direct solution. */
  private static Wgs84Position fromTumba(double metres) {
    GeodesicData direct = Geodesic.WGS84.Direct(TUMBA_LATITUDE, TUMBA_LONGITUDE, 37, metres);
    return Position.ofWgs84(direct.lat2, direct.lon2);
  }

  private static Finding radius(GeographicRequirement requirement, Site... sites) {
    Enterprise bidder = Bidders.qualifying().toBuilder().sites(List.of(sites)).build();
    return RadiusRule.of(requirement).evaluate(bidder, DEADLINE);
  }

  private static Site unknown(String name) {
    return Site.builder().name(name).build();
  }

  @Test
  void aSiteExactlyAtTheRadiusIsInsideAndOneMillimetreFurtherIsOutside() {
    Wgs84Position atRadius = fromTumba(9000.000);
    Wgs84Position beyond = fromTumba(9000.001);
    double inside = Geodesics.distanceMetres(atRadius, Hbs2017Pilot.tumba().getPosition());
    double outside = Geodesics.distanceMetres(beyond, Hbs2017Pilot.tumba().getPosition());
    // The direct and inverse solutions agree to well under GeographicLib's 15 nm.
    assertEquals(9000.000, inside, 1e-8);
    assertEquals(9000.001, outside, 1e-8);
    // The round trip lands at 8 999.9999999999 m, not above 9 000 m, so no nudge is needed; were it
    // ever to land above, this point would have to be moved a nanometre towards the centre.
    assertTrue(new BigDecimal(inside).compareTo(NINE_KM) <= 0, () -> new BigDecimal(inside).toPlainString());

    Finding met = radius(TUMBA_9_KM, Site.of("Vid gränsen", atRadius));
    assertFinding(met, RadiusRule.ID, Outcome.MET, "SITE_INSIDE");
    assertFigures(met, "radius", "9000", "site", "Vid gränsen", "centre", "Tumba centrum", "distance", "8999.999");
    // 8 999.9999999999 m: inside, so rounded down; never shown as more than the radius.
    assertEquals(List.of("Vid gränsen: Tumba centrum at 8999.999 m (inside)"), sites(met));
    assertEquals(Sources.PROCUREMENT_DOCUMENTS, met.getSource());
    assertEquals("The site Vid gränsen is 8999.999 m from Tumba centrum, within the radius of 9000 m.",
        met.getMessage(Locale.ENGLISH));

    Finding notMet = radius(TUMBA_9_KM, Site.of("Strax utanför", beyond));
    assertFinding(notMet, RadiusRule.ID, Outcome.NOT_MET, "ALL_OUTSIDE");
    assertFigures(notMet, "radius", "9000", "site", "Strax utanför", "centre", "Tumba centrum", "distance", "9000.001");
    assertEquals(List.of("Strax utanför: Tumba centrum at 9000.001 m (outside)"), sites(notMet));
    assertEquals("No site is within 9000 m; the nearest is Strax utanför, 9000.001 m from Tumba centrum.",
        notMet.getMessage(Locale.ENGLISH));
  }

  @Test
  void isWithinComparesTheExactValueOfTheDistance() {
    assertTrue(RadiusRule.isWithin(9000.0, NINE_KM));
    assertFalse(RadiusRule.isWithin(Math.nextUp(9000.0), NINE_KM));
    assertTrue(RadiusRule.isWithin(Math.nextDown(9000.0), NINE_KM));
    assertTrue(RadiusRule.isWithin(0.0, NINE_KM));
    assertTrue(RadiusRule.isWithin(9000.0, new BigDecimal("9000.000")));
    // The double nearest 0.1 is 0.1000000000000000055511151231257827...: just outside a 0.1 m radius.
    assertFalse(RadiusRule.isWithin(0.1, new BigDecimal("0.1")));
    assertTrue(RadiusRule.isWithin(0.1, new BigDecimal("0.1000000000000000055511151231257827021181583404541015625")));
  }

  @Test
  void distancesAreEllipsoidalNotSpherical() {
    // 9 020 m along the ellipsoid is outside, though a haversine on the mean sphere puts it 22 m inside.
    Wgs84Position site = fromTumba(9020);
    double haversine = haversineMetres(TUMBA_LATITUDE, TUMBA_LONGITUDE, site.getLatitude(), site.getLongitude());
    assertTrue(haversine < 8998, () -> "haversine " + haversine);
    Finding finding = radius(TUMBA_9_KM, Site.of("Ställe", site));
    assertFinding(finding, RadiusRule.ID, Outcome.NOT_MET, "ALL_OUTSIDE");
    assertEquals("9020.000", figureText(finding, "distance"));
  }

  private static double haversineMetres(double lat1, double lon1, double lat2, double lon2) {
    double meanRadius = 6_371_008.8;
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.pow(Math.sin(dLat / 2), 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * meanRadius * Math.asin(Math.sqrt(h));
  }

  @Test
  void aSiteInSweref99TmIsConvertedBeforeMeasuring() {
    Wgs84Position inWgs84 = fromTumba(8999.5);
    Sweref99TmPosition inGrid = inWgs84.toSweref99Tm();
    double viaGrid = Geodesics.distanceMetres(inGrid, Hbs2017Pilot.tumba().getPosition());
    // The projection round trip moves the point by micrometres.
    assertEquals(Geodesics.distanceMetres(inWgs84, Hbs2017Pilot.tumba().getPosition()), viaGrid, 1e-4);

    Finding grid = radius(TUMBA_9_KM, Site.of("I rutnätet", inGrid));
    Finding wgs = radius(TUMBA_9_KM, Site.of("I rutnätet", inWgs84));
    assertFinding(grid, RadiusRule.ID, Outcome.MET, "SITE_INSIDE");
    assertEquals("8999.500", figureText(grid, "distance"));
    assertEquals(wgs.getFigures(), grid.getFigures());
    assertEquals(sites(wgs), sites(grid));

    Finding beyond = radius(TUMBA_9_KM, Site.of("I rutnätet", fromTumba(9000.5).toSweref99Tm()));
    assertFinding(beyond, RadiusRule.ID, Outcome.NOT_MET, "ALL_OUTSIDE");
    assertEquals("9000.501", figureText(beyond, "distance"));  // outside: rounded up from 9000.5000000...
  }

  @Test
  void aSwappedSwedishPositionIsFlaggedButJudgedAsGiven() {
    Site swapped = Site.of("Butiken", Position.ofWgs84(TUMBA_LONGITUDE, TUMBA_LATITUDE));
    Site right = Site.of("Lagret", Position.ofWgs84(TUMBA_LATITUDE, TUMBA_LONGITUDE));
    Finding finding = radius(TUMBA_9_KM, swapped, right);
    // The swapped site is about 5 000 km away and outside; the warning does not change the outcome.
    assertFinding(finding, RadiusRule.ID, Outcome.MET, "SITE_INSIDE");
    assertEquals(List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES), finding.getSites().get(0).getWarnings());
    assertFalse(finding.getSites().get(0).isInside());
    assertEquals(List.of(), finding.getSites().get(1).getWarnings());
    Finding alone = radius(TUMBA_9_KM, swapped);
    assertFinding(alone, RadiusRule.ID, Outcome.NOT_MET, "ALL_OUTSIDE");
    assertEquals(List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES), alone.getSites().get(0).getWarnings());
    assertEquals(List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES),
        RadiusRule.siteDistances(Bidders.qualifying().toBuilder().sites(List.of(swapped)).build(), TUMBA_9_KM)
            .get(0).getWarnings());
  }

  @Test
  void theNearestCentreIsReported() {
    // 685.719 m from Salems centrum, 4 366.815 m from Tumba centrum, 13 025.331 m from Huddinge centrum.
    Finding finding = radius(PILOT, Site.of("Butiken i Salem", Position.ofWgs84(59.2050, 17.7600)));
    assertFinding(finding, RadiusRule.ID, Outcome.MET, "SITE_INSIDE");
    assertFigures(finding, "radius", "9000", "site", "Butiken i Salem", "centre", "Salems centrum",
        "distance", "685.719");
    assertEquals(List.of("Butiken i Salem: Salems centrum at 685.719 m (inside)"), sites(finding));
  }

  @Test
  void oneSiteInsideIsEnoughAndIsNamed() {
    Finding finding = radius(PILOT, Site.of(Bidders.FAR_SHOP, Bidders.FAR_POSITION),
        Site.of(Bidders.SHOP, Bidders.SHOP_POSITION), unknown("Lagret"));
    assertFinding(finding, RadiusRule.ID, Outcome.MET, "SITE_INSIDE");
    assertFigures(finding, "radius", "9000", "site", Bidders.SHOP, "centre", "Tumba centrum", "distance", "183.505");
    // Every site, in the enterprise's order, the unknown one marked; outside rounded up, inside down.
    assertEquals(List.of(Bidders.FAR_SHOP + ": Tumba centrum at 33480.236 m (outside)",
        Bidders.SHOP + ": Tumba centrum at 183.505 m (inside)", "Lagret: position unknown"), sites(finding));
    assertFalse(finding.getSites().get(2).isPositionKnown());
  }

  @Test
  void ofSeveralSitesInsideTheNearestIsNamed() {
    Finding finding = radius(PILOT, Site.of("Salem", Position.ofWgs84(59.2050, 17.7600)),
        Site.of(Bidders.SHOP, Bidders.SHOP_POSITION));
    assertFinding(finding, RadiusRule.ID, Outcome.MET, "SITE_INSIDE");
    assertEquals(Bidders.SHOP, figureText(finding, "site"));
    assertEquals("183.505", figureText(finding, "distance"));
  }

  @Test
  void aSiteWithoutPositionAndNoneInsideIsUndetermined() {
    Finding finding = radius(PILOT, Site.of(Bidders.FAR_SHOP, Bidders.FAR_POSITION), unknown("Lagret"));
    assertFinding(finding, RadiusRule.ID, Outcome.UNDETERMINED, "POSITION_UNKNOWN");
    assertFigures(finding, "radius", "9000", "unknownPositions", "1");
    assertEquals(List.of(Bidders.FAR_SHOP + ": Tumba centrum at 33480.236 m (outside)", "Lagret: position unknown"),
        sites(finding));
    assertEquals("No site with a known position is within 9000 m, and the position of 1 of the sites is not known.", finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void onlySitesWithoutPositionAreUndetermined() {
    Finding finding = radius(PILOT, unknown("Lagret"), unknown("Kontoret"));
    assertFinding(finding, RadiusRule.ID, Outcome.UNDETERMINED, "POSITION_UNKNOWN");
    assertFigures(finding, "radius", "9000", "unknownPositions", "2");
    assertEquals(List.of("Lagret: position unknown", "Kontoret: position unknown"), sites(finding));
  }

  @Test
  void aSiteWithoutPositionDoesNotHideOneInside() {
    Finding finding = radius(PILOT, unknown("Lagret"), Site.of(Bidders.SHOP, Bidders.SHOP_POSITION));
    assertFinding(finding, RadiusRule.ID, Outcome.MET, "SITE_INSIDE");
    assertEquals(List.of("Lagret: position unknown", Bidders.SHOP + ": Tumba centrum at 183.505 m (inside)"),
        sites(finding));
  }

  @Test
  void noSitesIsUndetermined() {
    Finding finding = radius(PILOT);
    assertFinding(finding, RadiusRule.ID, Outcome.UNDETERMINED, "NO_SITES");
    assertFigures(finding, "radius", "9000");
    assertEquals("No site is given, so the radius of 9000 m cannot be judged.", finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void everySiteKnownAndOutsideIsNotMet() {
    Finding finding = radius(PILOT, Site.of(Bidders.FAR_SHOP, Bidders.FAR_POSITION),
        Site.of("Nykvarn", Position.ofWgs84(59.1786, 17.4306)), Site.of("Norrtälje", Position.ofWgs84(59.7580, 18.7050)));
    assertFinding(finding, RadiusRule.ID, Outcome.NOT_MET, "ALL_OUTSIDE");
    assertEquals("Nykvarn", figureText(finding, "site"));
    assertEquals("Salems centrum", figureText(finding, "centre"));
    assertEquals(null, figureText(finding, "unknownPositions"));
    assertEquals(3, finding.getSites().size());
  }

  @Test
  void theRadiusIsTheProceduresOwn() {
    GeographicRequirement twoHundredMetres =
        GeographicRequirement.builder().addCentre(Hbs2017Pilot.tumba()).radiusMetres(new BigDecimal("183.5")).build();
    Finding finding = radius(twoHundredMetres, Site.of(Bidders.SHOP, Bidders.SHOP_POSITION));
    // 183.50560... m: over 183.5 m, though shown as 183.506.
    assertFinding(finding, RadiusRule.ID, Outcome.NOT_MET, "ALL_OUTSIDE");
    assertEquals("183.5", figureText(finding, "radius"));
    assertEquals(Outcome.MET, radius(GeographicRequirement.builder().addCentre(Hbs2017Pilot.tumba())
        .radiusMetres(new BigDecimal("183.506")).build(), Site.of(Bidders.SHOP, Bidders.SHOP_POSITION)).getOutcome());
  }

  @Test
  void siteDistancesFollowTheSitesOrder() {
    Enterprise bidder = Bidders.qualifying().toBuilder().sites(List.of(unknown("Lagret"),
        Site.of(Bidders.FAR_SHOP, Bidders.FAR_POSITION), Site.of(Bidders.SHOP, Bidders.SHOP_POSITION))).build();
    List<SiteDistance> distances = RadiusRule.siteDistances(bidder, PILOT);
    assertEquals(List.of("Lagret", Bidders.FAR_SHOP, Bidders.SHOP), distances.stream().map(SiteDistance::getSiteName).toList());
    assertTrue(distances.get(0).getNearestCentre().isEmpty());
    assertTrue(distances.get(0).getDistanceMetres().isEmpty());
    assertFalse(distances.get(0).isInside());
    assertEquals("Tumba centrum", distances.get(1).getNearestCentre().orElseThrow());
    assertEquals(33480.235, distances.get(1).getDistanceMetres().orElseThrow(), 5e-4);
    assertFalse(distances.get(1).isInside());
    assertEquals(183.506, distances.get(2).getDistanceMetres().orElseThrow(), 5e-4);
    assertTrue(distances.get(2).isInside());
  }

  @Test
  void addingASiteNeverRemovesEligibility() {
    qt().forAll(Generators.siteLists(), Generators.sites("Det nya stället")).checkAssert((sites, added) -> {
      Finding before = radius(PILOT, sites.toArray(new Site[0]));
      List<Site> more = new ArrayList<>(sites);
      more.add(added);
      Finding after = radius(PILOT, more.toArray(new Site[0]));
      if (before.getOutcome() == Outcome.MET) {
        assertEquals(Outcome.MET, after.getOutcome(), () -> before + " then " + after);
      }
    });
  }

  @Test
  void theOutcomeFollowsTheSitesDistances() {
    qt().forAll(Generators.siteLists()).checkAssert(sites -> {
      Enterprise bidder = Bidders.qualifying().toBuilder().sites(sites).build();
      List<SiteDistance> distances = RadiusRule.siteDistances(bidder, PILOT);
      Outcome expected = sites.isEmpty() ? Outcome.UNDETERMINED
          : distances.stream().anyMatch(SiteDistance::isInside) ? Outcome.MET
          : distances.stream().anyMatch(d -> d.getDistanceMetres().isEmpty()) ? Outcome.UNDETERMINED
          : Outcome.NOT_MET;
      assertEquals(expected, RadiusRule.of(PILOT).evaluate(bidder, DEADLINE).getOutcome());
      for (SiteDistance distance : distances) {
        distance.getDistanceMetres().ifPresent(metres -> assertEquals(metres <= 9000, distance.isInside()));
      }
    });
  }

  @Test
  void theScreenedFindingIsTheExactGeodesicsOneAtTheBoundary() {
    qt().withExamples(Examples.of(3_000)).forAll(integers().between(1, 3), longs().all()).checkAssert((count, seed) -> {
      java.util.Random random = new java.util.Random(seed);
      List<Site> sites = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        se.asf.core.procurement.Centre centre = PILOT.getCentres().get(random.nextInt(PILOT.getCentres().size()));
        Wgs84Position from = centre.getPosition().toWgs84();
        GeodesicData direct = Geodesic.WGS84.Direct(from.getLatitude(), from.getLongitude(), random.nextDouble() * 360,
            9000 + (random.nextDouble() - 0.5) * 100);
        sites.add(random.nextInt(10) == 0 ? unknown("S" + i) : Site.of("S" + i, Position.ofWgs84(direct.lat2, direct.lon2)));
      }
      Enterprise bidder = Bidders.qualifying().toBuilder().sites(sites).build();
      Finding finding = RadiusRule.of(PILOT).evaluate(bidder, DEADLINE);
      List<SiteDistance> exact = RadiusRule.siteDistances(bidder, PILOT);
      assertEquals(exact, finding.getSites());
      boolean inside = exact.stream().anyMatch(SiteDistance::isInside);
      java.util.Optional<SiteDistance> shown = exact.stream().filter(inside ? SiteDistance::isInside
          : SiteDistance::isPositionKnown).min(java.util.Comparator.comparingDouble(d -> d.getDistanceMetres().orElseThrow()));
      if (inside || exact.stream().allMatch(SiteDistance::isPositionKnown)) {
        assertEquals(inside ? Outcome.MET : Outcome.NOT_MET, finding.getOutcome());
        assertEquals(shown.orElseThrow().getSiteName(), figureText(finding, "site"));
        assertEquals(shown.orElseThrow().getNearestCentre().orElseThrow(), figureText(finding, "centre"));
        assertEquals(shown.orElseThrow().formatDistance(), figureText(finding, "distance"));
      } else {
        assertEquals(Outcome.UNDETERMINED, finding.getOutcome());
      }
    });
  }

  @Test
  void aMessageShowsASitesNameSafely() {
    Finding finding = radius(TUMBA_9_KM, Site.of("Plats\n19121212-1212\u001b[2J", fromTumba(150.0004)));
    assertEquals("The site Plats\\n19121212-****\\u001B[2J is 150.000 m from Tumba centrum, within the radius of"
        + " 9000 m.", finding.getMessage(Locale.ENGLISH));
  }

  private static List<String> sites(Finding finding) {
    return finding.getSites().stream().map(Object::toString).toList();
  }

  @Test
  void ofTwoEquidistantCentresTheFirstDeclaredIsNamed() {
    Site site = Site.of("Mitt emellan", Position.ofWgs84(59.0, 18.0));
    Centre west = Centre.of("Väster", Position.ofWgs84(59.0, 17.9));
    Centre east = Centre.of("Öster", Position.ofWgs84(59.0, 18.1));
    // The precondition: the two distances are the same double.
    assertEquals(Geodesics.distanceMetres(site.getPosition().orElseThrow(), west.getPosition()),
        Geodesics.distanceMetres(site.getPosition().orElseThrow(), east.getPosition()));
    Enterprise bidder = Bidders.qualifying().toBuilder().sites(List.of(site)).build();
    for (List<Centre> centres : List.of(List.of(west, east), List.of(east, west))) {
      GeographicRequirement requirement = GeographicRequirement.builder().centres(centres).radiusMetres(NINE_KM).build();
      assertEquals(Optional.of(centres.get(0).getName()),
          RadiusRule.siteDistances(bidder, requirement).get(0).getNearestCentre(), centres.toString());
    }
  }
}
