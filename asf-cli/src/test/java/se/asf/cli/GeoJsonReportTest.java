package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.RuleSet;
import se.asf.rules.geodesy.Geodesics;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.radius.SiteDistance;
import se.asf.rules.reserved.ProcurementRules;

class GeoJsonReportTest {
  private static final ReservedProcurement PILOT = Hbs2017Pilot.procurement();
  private static final GeographicRequirement AREA = PILOT.getGeographicRequirement().orElseThrow();

  private static JsonNode demo() throws Exception {
    CliRun run = CliRun.run("demo", "--format", "geojson");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    return new ObjectMapper().readTree(run.out);
  }

  private static List<JsonNode> features(JsonNode map, String kind) {
    List<JsonNode> found = new ArrayList<>();
    map.get("features").forEach(f -> {
      if (f.get("properties").get("kind").asText().equals(kind)) {
        found.add(f);
      }
    });
    return found;
  }

  @Test
  void theMapIsAFeatureCollectionOfRadiiCentresAndSites() throws Exception {
    JsonNode map = demo();
    assertEquals("FeatureCollection", map.get("type").asText());
    map.get("features").forEach(f -> {
      assertEquals("Feature", f.get("type").asText());
      assertTrue(f.get("properties").isObject());
      assertTrue(f.has("geometry"));
    });
    assertEquals(AREA.getCentres().size(), features(map, "radius").size());
    assertEquals(AREA.getCentres().size(), features(map, "centre").size());
    int sites = Hbs2017Bidders.all().stream().mapToInt(b -> b.getSites().size()).sum();
    assertEquals(sites, features(map, "site").size());
    for (JsonNode centre : features(map, "centre")) {
      assertEquals("Point", centre.get("geometry").get("type").asText());
      assertEquals(2, centre.get("geometry").get("coordinates").size());
    }
  }

  @Test
  void eachRadiusIsAClosedCounterclockwiseRingAtTheRadius() throws Exception {
    JsonNode map = demo();
    double radius = AREA.getRadiusMetres().doubleValue();
    for (JsonNode polygon : features(map, "radius")) {
      assertEquals("Polygon", polygon.get("geometry").get("type").asText());
      assertEquals(0, AREA.getRadiusMetres().compareTo(polygon.get("properties").get("radiusMetres").decimalValue()));
      Centre centre = AREA.getCentres().stream()
          .filter(c -> c.getName().equals(polygon.get("properties").get("centre").asText())).findFirst().orElseThrow();
      JsonNode ring = polygon.get("geometry").get("coordinates").get(0);
      assertTrue(ring.size() >= 129, "at least 128 vertices and the closing one");
      assertEquals(ring.get(0), ring.get(ring.size() - 1), "closed");
      double area = 0;
      for (int i = 0; i + 1 < ring.size(); i++) {
        JsonNode a = ring.get(i);
        JsonNode b = ring.get(i + 1);
        area += a.get(0).asDouble() * b.get(1).asDouble() - b.get(0).asDouble() * a.get(1).asDouble();
        // As written, to 7 decimals: within the rounding of the coordinates, under a centimetre.
        double written = Geodesics.distanceMetres(centre.getPosition(),
            Wgs84Position.of(a.get(1).asDouble(), a.get(0).asDouble()));
        assertEquals(radius, written, 0.01);
        assertTrue(a.get(0).decimalValue().scale() <= 7 && a.get(1).decimalValue().scale() <= 7);
      }
      assertTrue(area > 0, "counterclockwise, the right-hand rule of RFC 7946");
    }
  }

  @Test
  void theVerticesAreComputedAtTheRadiusWithinAMillimetre() {
    for (Centre centre : AREA.getCentres()) {
      List<Wgs84Position> circle = GeoJsonReport.circle(centre, AREA.getRadiusMetres());
      assertEquals(GeoJsonReport.VERTICES, circle.size());
      for (Wgs84Position vertex : circle) {
        assertEquals(AREA.getRadiusMetres().doubleValue(), Geodesics.distanceMetres(centre.getPosition(), vertex), 0.001);
      }
    }
  }

  @Test
  void aSitesPropertiesAreItsFinding() throws Exception {
    JsonNode map = demo();
    RuleSet rules = ProcurementRules.forProcurement(PILOT);
    Map<String, JsonNode> byBidderAndSite = new TreeMap<>();
    features(map, "site").forEach(f -> byBidderAndSite.put(
        f.get("properties").get("bidder").asText() + "/" + f.get("properties").get("site").asText(), f));
    for (Enterprise bidder : Hbs2017Bidders.all()) {
      Assessment assessment = rules.assess(bidder, PILOT.getTenderDeadline());
      Finding radius = assessment.finding(RadiusRule.ID).orElseThrow();
      for (int i = 0; i < bidder.getSites().size(); i++) {
        JsonNode properties = byBidderAndSite.get(bidder.getName() + "/" + bidder.getSites().get(i).getName())
            .get("properties");
        SiteDistance site = radius.getSites().get(i);
        assertEquals(assessment.getOutcome().name(), properties.get("outcome").asText());
        assertEquals(radius.getOutcome().name(), properties.get("radiusOutcome").asText());
        if (site.isPositionKnown()) {
          assertEquals(site.getNearestCentre().orElseThrow(), properties.get("nearestCentre").asText());
          assertEquals(0, site.getDisplayedDistanceMetres().orElseThrow()
              .compareTo(properties.get("distanceMetres").decimalValue()));
          assertEquals(site.isInside(), properties.get("inside").asBoolean());
        } else {
          assertTrue(properties.get("nearestCentre") == null);
        }
      }
    }
    // The bidder exactly at the radius is inside, and shown so.
    JsonNode tullinge = features(map, "site").stream()
        .filter(f -> f.get("properties").get("bidder").asText().startsWith("Tullinge Städ")).findFirst().orElseThrow();
    assertEquals(new BigDecimal("8999.999"), tullinge.get("properties").get("distanceMetres").decimalValue());
    assertTrue(tullinge.get("properties").get("inside").asBoolean());
  }

  @Test
  void coordinatesAreRoundedHalfEvenToSevenDecimals() {
    assertEquals("17.8312000", GeoJsonReport.rounded(17.8312));
    assertEquals("0.0000001", GeoJsonReport.rounded(0.00000012));
    assertEquals("-0.0000001", GeoJsonReport.rounded(-0.00000012));
    assertEquals("59.2001000", GeoJsonReport.rounded(59.2001));
  }

  @Test
  void definitionRefusesAMapForItHasNoProcurement() {
    CliRun run = CliRun.run("definition", "--enterprise", "x.json", "--format", "geojson", "--lang", "en");
    assertEquals(ExitCodes.USAGE, run.exitCode, run.toString());
    assertTrue(run.err.contains("it is there for assess and demo"), run.err);
  }
}
