package se.asf.json.exampledocs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.Ownership;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.identity.OrganisationGroup;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.Workforce;
import se.asf.json.fixtures.Fixtures;

/**
 * The example documents: the 2017 HBS pilot as data, and fictional bidders that between them meet
 * every outcome of its assessment. Each bidder's test states what it is there to show.
 */
class ExamplesTest {
  private static final String PILOT = "se/asf/json/examples/hbs-2017-pilot.procurement.json";
  private static final String BIDDERS = "se/asf/json/examples/hbs-2017-bidders.json";
  private static final ReservedProcurement PROCUREMENT = Hbs2017Pilot.procurement();
  private static final ShareRequirement SHARE = PROCUREMENT.getShareRequirement().orElseThrow();
  private static final double RADIUS = PROCUREMENT.getGeographicRequirement().orElseThrow().getRadiusMetres().doubleValue();
  private static final List<Enterprise> ALL = Fixtures.FULL.readBidders(Fixtures.text(BIDDERS));

  private static Enterprise bidder(String name) {
    return ALL.stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
  }

  private static BigDecimal share(Enterprise enterprise) {
    Workforce workforce = enterprise.getWorkforce().orElseThrow();
    BigDecimal targeted = workforce.count(CountingBasis.HEADS,
        line -> SHARE.getTargetGroups().contains(line.getGroup())).orElseThrow();
    return targeted.divide(workforce.count(CountingBasis.HEADS, line -> true).orElseThrow(), 4,
        java.math.RoundingMode.UNNECESSARY);
  }

  private static boolean meetsShare(Enterprise enterprise) {
    Workforce workforce = enterprise.getWorkforce().orElseThrow();
    return SHARE.getThreshold().isReachedBy(
        workforce.count(CountingBasis.HEADS, line -> SHARE.getTargetGroups().contains(line.getGroup())).orElseThrow(),
        workforce.count(CountingBasis.HEADS, line -> true).orElseThrow());
  }

  private static double nearestCentre(Enterprise enterprise, boolean ellipsoidal) {
    double nearest = Double.MAX_VALUE;
    for (Centre centre : PROCUREMENT.getGeographicRequirement().orElseThrow().getCentres()) {
      for (var site : enterprise.getSites()) {
        Wgs84Position a = centre.getPosition().toWgs84();
        Wgs84Position b = site.getPosition().orElseThrow().toWgs84();
        double d = ellipsoidal ? Distances.vincenty(a, b) : Distances.haversine(a, b);
        nearest = Math.min(nearest, d);
      }
    }
    return nearest;
  }

  @Test
  void thePilotDocumentIsTheHbs2017Pilot() {
    assertEquals(Hbs2017Pilot.procurement(), Fixtures.MASKED.readProcurement(Fixtures.text(PILOT)));
  }

  @Test
  void theExamplesAreCanonical() {
    assertEquals(Fixtures.text(PILOT), Fixtures.FULL.writeProcurement(Hbs2017Pilot.procurement()));
    assertEquals(Fixtures.text(BIDDERS), Fixtures.FULL.writeBidders(ALL));
  }

  @Test
  void thereAreNineFictionalBidders() {
    assertEquals(List.of("Tumba Återbruk ekonomisk förening", "Huddinge Fastighetsservice AB",
        "Salems Café och Catering ekonomisk förening", "Vallentuna Textilverkstad ideell förening",
        "Gränsnära Trädgårdstjänst AB", "Okänd Städ & Service AB", "Kommunala Arbetsträningsenheten Norr",
        "Alby Second Hand AB", "Fixarservice i Hallunda"), ALL.stream().map(Enterprise::getName).toList());
  }

  @Test
  void tumbaAterbrukQualifies() {
    Enterprise e = bidder("Tumba Återbruk ekonomisk förening");
    assertEquals(new BigDecimal("0.3750"), share(e));
    assertTrue(meetsShare(e));
    assertTrue(nearestCentre(e, true) < 500);
    assertTrue(e.getPurpose().orElseThrow().isIntegrationOverarching());
    assertTrue(e.getProfitPolicy().orElseThrow().getStatutesClause().isPresent());
    assertEquals(BigDecimal.ZERO, e.getOwnership().orElseThrow().getPublicShare());
  }

  @Test
  void huddingeFastighetsserviceHasTooSmallAShareAndASwerefSite() {
    Enterprise e = bidder("Huddinge Fastighetsservice AB");
    assertEquals(new BigDecimal("0.1000"), share(e));
    assertFalse(meetsShare(e));
    assertInstanceOf(se.asf.core.geo.Sweref99TmPosition.class, e.getSites().get(0).getPosition().orElseThrow());
  }

  @Test
  void salemsCafeHasExactlyThirtyPercentWhichMeetsTheRequirement() {
    Enterprise e = bidder("Salems Café och Catering ekonomisk förening");
    assertEquals(0, share(e).compareTo(new BigDecimal("0.3")));
    assertTrue(meetsShare(e));
  }

  @Test
  void vallentunaTextilverkstadIsTooFar() {
    Enterprise e = bidder("Vallentuna Textilverkstad ideell förening");
    assertTrue(meetsShare(e));
    assertTrue(nearestCentre(e, true) > 30_000);
  }

  @Test
  void gransnaraTradgardstjanstIsJustOutsideOnTheEllipsoidButInsideOnASphere() {
    Enterprise e = bidder("Gränsnära Trädgårdstjänst AB");
    double geodesic = nearestCentre(e, true);
    double spherical = nearestCentre(e, false);
    assertEquals(9010.0, geodesic, 0.5);
    assertTrue(geodesic > RADIUS);
    assertTrue(spherical < RADIUS, "a haversine distance would wrongly put it inside: " + spherical);
  }

  @Test
  void okandStadHasNoEvidenceSoItCannotBeJudged() {
    Enterprise e = bidder("Okänd Städ & Service AB");
    assertTrue(e.getPurpose().isEmpty());
    assertTrue(e.getProfitPolicy().isEmpty());
    assertTrue(e.getOwnership().isEmpty());
    assertTrue(e.getWorkforce().isEmpty());
  }

  @Test
  void theMunicipalUnitIsAPublicBody() {
    Enterprise e = bidder("Kommunala Arbetsträningsenheten Norr");
    assertEquals(LegalForm.PUBLIC_BODY, e.getLegalForm());
    assertEquals(OrganisationGroup.PUBLIC_SECTOR, ((Organisationsnummer) e.getIdentity()).getGroup());
  }

  @Test
  void albySecondHandIsControlledByAPublicBody() {
    Ownership ownership = bidder("Alby Second Hand AB").getOwnership().orElseThrow();
    assertEquals(new BigDecimal("0.6"), ownership.getPublicShare());
    assertTrue(ownership.getBoard().orElseThrow().isPubliclyControlled());
  }

  @Test
  void fixarserviceIsASoleTraderWithAFullPersonnummerInTheFile() {
    Enterprise e = bidder("Fixarservice i Hallunda");
    assertEquals(LegalForm.ENSKILD_FIRMA, e.getLegalForm());
    assertEquals("19121212-1212", ((Personnummer) e.getIdentity()).toUnmaskedString());
    assertTrue(Fixtures.text(BIDDERS).contains("\"personalIdentityNumber\": \"19121212-1212\""));
    assertTrue(Fixtures.MASKED.writeBidders(ALL).contains("\"personalIdentityNumber\": \"19121212-****\""));
  }
}
