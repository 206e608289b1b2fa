package se.asf.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.geodesy.Geodesics;
import se.asf.json.base.WireCodes;
import se.asf.rules.radius.PositionWarning;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.radius.SiteDistance;

/**
 * Renders a procurement's bidders as a GeoJSON map (RFC 7946): one {@code FeatureCollection} that
 * QGIS or any web map opens, so planners can see who is inside.
 *
 * <ul>
 *   <li>each radius is a {@code Polygon}: a geodesic circle around its centre, of {@value #VERTICES}
 *       vertices at the radius, computed with GeographicLib's direct solution on WGS 84 (the ring
 *       runs counterclockwise and is closed, as RFC 7946 asks); properties {@code kind: "radius"},
 *       {@code centre}, {@code radiusMetres};
 *   <li>each centre is a {@code Point}; properties {@code kind: "centre"}, {@code name};
 *   <li>each site of each assessed bidder is a {@code Point} (its geometry is {@code null} when its
 *       position is unknown); properties {@code kind: "site"}, {@code bidder}, {@code identity},
 *       {@code site}, {@code outcome} (the bidder's overall outcome), {@code radiusOutcome}, and
 *       from the radius finding's result for the site {@code nearestCentre}, {@code distanceMetres}
 *       (as the finding displays it: rounded up outside, down inside) and {@code inside}, and the
 *       wire codes of its position's {@code warnings}, such as {@code likely-swapped-coordinates},
 *       when it has any.
 * </ul>
 *
 * <p>Coordinates are WGS 84 longitude and latitude in degrees, rounded half-even to 7 decimals (at
 * most 0.56 cm north–south, less east–west): the vertices are computed at the radius to well under
 * a millimetre, and the rounding moves them by at most that much. Outcomes are the stable codes
 * ({@code MET}, {@code NOT_MET}, {@code UNDETERMINED}). A radius that would cross the antimeridian is
 * not split; Sweden's are far from it.
 */
final class GeoJsonReport {
  /** Vertices of each radius circle, the closing repetition of the first aside. */
  static final int VERTICES = 128;
  /** Decimals of the coordinates written. */
  static final int DECIMALS = 7;

  private GeoJsonReport() {}

  /** A bidder and its assessment, in the order of the report. */
  record Assessed(Enterprise enterprise, Assessment assessment) {}

  /** The report body, a JSON document. */
  static ReportOutput.Body bidders(ReservedProcurement procurement, List<Assessed> assessed) {
    return ReportOutput.Body.jsonBytes(bytes -> write(procurement, assessed, bytes));
  }

  /**
   * The vertices of a geodesic circle, unrounded, counterclockwise from north, without the closing
   * repetition.
   */
  static List<Wgs84Position> circle(Centre centre, BigDecimal radiusMetres) {
    List<Wgs84Position> vertices = new ArrayList<>(VERTICES);
    double radius = radiusMetres.doubleValue();
    for (int i = 0; i < VERTICES; i++) {
      // Azimuths grow clockwise; going down from 360 draws the ring counterclockwise.
      double azimuth = 360.0 - i * (360.0 / VERTICES);
      vertices.add(Geodesics.destination(centre.getPosition(), azimuth == 360.0 ? 0.0 : azimuth, radius));
    }
    return vertices;
  }

  static void write(ReservedProcurement procurement, List<Assessed> assessed, OutputStream bytes) {
    try (JsonGenerator json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("type", "FeatureCollection");
      json.writeArrayFieldStart("features");
      Optional<GeographicRequirement> requirement = procurement.getGeographicRequirement();
      if (requirement.isPresent()) {
        for (Centre centre : requirement.get().getCentres()) {
          feature(json, "Polygon");
          json.writeStartArray();
          json.writeStartArray();
          List<Wgs84Position> ring = circle(centre, requirement.get().getRadiusMetres());
          for (Wgs84Position vertex : ring) {
            coordinates(json, vertex);
          }
          coordinates(json, ring.get(0));
          json.writeEndArray();
          json.writeEndArray();
          json.writeEndObject();
          json.writeObjectFieldStart("properties");
          json.writeStringField("kind", "radius");
          json.writeStringField("centre", centre.getName());
          json.writeFieldName("radiusMetres");
          json.writeNumber(requirement.get().getRadiusMetres().toPlainString());
          json.writeEndObject();
          json.writeEndObject();
        }
        for (Centre centre : requirement.get().getCentres()) {
          feature(json, "Point");
          coordinates(json, centre.getPosition().toWgs84());
          json.writeEndObject();
          json.writeObjectFieldStart("properties");
          json.writeStringField("kind", "centre");
          json.writeStringField("name", centre.getName());
          json.writeEndObject();
          json.writeEndObject();
        }
      }
      for (Assessed one : assessed) {
        sites(json, one);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sites(JsonGenerator json, Assessed one) throws IOException {
    Assessment assessment = one.assessment();
    Optional<Finding> radius = assessment.finding(RadiusRule.ID);
    List<Site> sites = one.enterprise().getSites();
    List<SiteDistance> results = radius.map(Finding::getSites).orElse(List.of());
    for (int i = 0; i < sites.size(); i++) {
      Site site = sites.get(i);
      json.writeStartObject();
      json.writeStringField("type", "Feature");
      if (site.getPosition().isPresent()) {
        json.writeObjectFieldStart("geometry");
        json.writeStringField("type", "Point");
        json.writeFieldName("coordinates");
        coordinates(json, site.getPosition().get().toWgs84());
        json.writeEndObject();
      } else {
        json.writeNullField("geometry");
      }
      json.writeObjectFieldStart("properties");
      json.writeStringField("kind", "site");
      json.writeStringField("bidder", assessment.getSubjectName());
      json.writeStringField("identity", assessment.getSubjectIdentity());
      json.writeStringField("site", site.getName());
      json.writeStringField("outcome", assessment.getOutcome().name());
      if (radius.isPresent()) {
        json.writeStringField("radiusOutcome", radius.get().getOutcome().name());
      }
      // The radius finding lists every site in the enterprise's order.
      if (i < results.size() && results.get(i).isPositionKnown()) {
        SiteDistance result = results.get(i);
        json.writeStringField("nearestCentre", result.getNearestCentre().orElseThrow());
        json.writeFieldName("distanceMetres");
        json.writeNumber(result.getDisplayedDistanceMetres().orElseThrow().toPlainString());
        json.writeBooleanField("inside", result.isInside());
      }
      if (i < results.size() && !results.get(i).getWarnings().isEmpty()) {
        json.writeArrayFieldStart("warnings");
        for (PositionWarning warning : results.get(i).getWarnings()) {
          json.writeString(WireCodes.code(warning));
        }
        json.writeEndArray();
      }
      json.writeEndObject();
      json.writeEndObject();
    }
  }

  /** Starts a feature and its geometry of a type, up to its coordinates. */
  private static void feature(JsonGenerator json, String geometry) throws IOException {
    json.writeStartObject();
    json.writeStringField("type", "Feature");
    json.writeObjectFieldStart("geometry");
    json.writeStringField("type", geometry);
    json.writeFieldName("coordinates");
  }

  private static void coordinates(JsonGenerator json, Wgs84Position position) throws IOException {
    json.writeStartArray();
    json.writeNumber(rounded(position.getLongitude()));
    json.writeNumber(rounded(position.getLatitude()));
    json.writeEndArray();
  }

  /** Degrees rounded half-even to {@value #DECIMALS} decimals, as plain text. */
  static String rounded(double degrees) {
    return new BigDecimal(degrees).setScale(DECIMALS, RoundingMode.HALF_EVEN).toPlainString();
  }
}
