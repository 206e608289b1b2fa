package se.asf.json.base.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.json.base.JsonProblemCode;

/**
 * Reads a {@link Position} in the form it was written in: WGS 84 as {@code {"lat": 59.1983,
 * "lon": 17.8353}}, SWEREF 99 TM as {@code {"northing": 6548757.206, "easting": 758410.519, "crs":
 * "EPSG:3006"}}.
 *
 * @param <P> {@link Position} for either form, or one of its two implementations for that form only
 */
final class PositionReader<P extends Position> extends ObjectReader<P> {
  /** The reference system code a SWEREF 99 TM position carries. */
  static final String SWEREF99TM_CRS = "EPSG:3006";

  private static final Field<Double> LAT = Field.of("lat", Scalars.COORDINATE);
  private static final Field<Double> LON = Field.of("lon", Scalars.COORDINATE);
  private static final Field<Double> NORTHING = Field.of("northing", Scalars.COORDINATE);
  private static final Field<Double> EASTING = Field.of("easting", Scalars.COORDINATE);
  private static final Field<String> CRS = Field.of("crs", Scalars.TEXT);

  private final Class<P> type;

  private PositionReader(Class<P> type, Field<?>... fields) {
    super(List.of(fields));
    this.type = type;
  }

  static PositionReader<Position> anyForm() {
    return new PositionReader<>(Position.class, LAT, LON, NORTHING, EASTING, CRS);
  }

  static PositionReader<Wgs84Position> wgs84() {
    return new PositionReader<>(Wgs84Position.class, LAT, LON);
  }

  static PositionReader<Sweref99TmPosition> sweref99Tm() {
    return new PositionReader<>(Sweref99TmPosition.class, NORTHING, EASTING, CRS);
  }

  @Override
  protected P build(FieldValues values) throws IOException {
    boolean wgs84 = values.has(LAT) || values.has(LON);
    boolean grid = values.has(NORTHING) || values.has(EASTING) || values.has(CRS);
    if (wgs84 && grid) {
      String conflicting = values.has(NORTHING) ? "northing" : values.has(EASTING) ? "easting" : "crs";
      throw values.problem(conflicting, JsonProblemCode.CONFLICTING_PROPERTIES, "problem.position-forms");
    }
    if (grid || type == Sweref99TmPosition.class) {
      String crs = values.get(CRS);
      if (!SWEREF99TM_CRS.equals(crs)) {
        throw values.problem("crs", JsonProblemCode.INVALID_VALUE, "problem.crs", SWEREF99TM_CRS);
      }
      return type.cast(Position.ofSweref99Tm(values.get(NORTHING), values.get(EASTING)));
    }
    return type.cast(Position.ofWgs84(values.get(LAT), values.get(LON)));
  }

  @Override
  protected Map<String, String> renamedAttributes() {
    return Map.of("latitude", "lat", "longitude", "lon");
  }
}
