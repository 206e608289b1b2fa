package se.asf.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static se.asf.core.geo.GeoAssertions.MILLIMETRE;
import static se.asf.core.geo.GeoAssertions.assertWithin;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.geo.Sweref99TmControlPoints.ControlPoint;

class Wgs84PositionTest {

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.asf.core.geo.Sweref99TmControlPoints#all")
  void projectsLantmaterietsControlPointsToTheMillimetre(ControlPoint point) {
    Sweref99TmPosition grid = Wgs84Position.of(point.latitude(), point.longitude()).toSweref99Tm();

    assertWithin(MILLIMETRE, Sweref99TmPosition.of(point.northing(), point.easting()), grid);
  }

  @Test
  void roundTripsThroughSweref99TmWithinAMillimetreOverSweden() {
    qt().forAll(doubles().between(55.0, 69.1), doubles().between(10.0, 24.2))
        .checkAssert(
            (latitude, longitude) -> {
              Wgs84Position position = Wgs84Position.of(latitude, longitude);
              assertWithin(MILLIMETRE, position, position.toSweref99Tm().toWgs84());
            });
  }

  @Test
  void acceptsThePolesAndTheAntimeridian() {
    assertEquals(90.0, Wgs84Position.of(90, 0).getLatitude());
    assertEquals(-90.0, Wgs84Position.of(-90, 0).getLatitude());
    assertEquals(180.0, Wgs84Position.of(0, 180).getLongitude());
    assertEquals(-180.0, Wgs84Position.of(0, -180).getLongitude());
  }

  @ParameterizedTest
  @ValueSource(doubles = {90.000001, -90.000001, 180, -1000})
  void rejectsALatitudeBeyondAPole(double latitude) {
    InvariantViolationException e =
        assertThrows(InvariantViolationException.class, () -> Wgs84Position.of(latitude, 15));

    assertEquals(Invariant.LATITUDE_OUT_OF_RANGE, e.getInvariant());
    assertEquals("latitude", e.getAttribute());
  }

  @ParameterizedTest
  @ValueSource(doubles = {180.000001, -180.000001, 360})
  void rejectsALongitudeBeyondTheAntimeridian(double longitude) {
    InvariantViolationException e =
        assertThrows(InvariantViolationException.class, () -> Wgs84Position.of(59, longitude));

    assertEquals(Invariant.LONGITUDE_OUT_OF_RANGE, e.getInvariant());
    assertEquals("longitude", e.getAttribute());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsANonFiniteLatitude(double latitude) {
    InvariantViolationException e =
        assertThrows(InvariantViolationException.class, () -> Wgs84Position.of(latitude, 15));

    assertEquals(Invariant.COORDINATE_NOT_FINITE, e.getInvariant());
    assertEquals("latitude", e.getAttribute());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsANonFiniteLongitude(double longitude) {
    InvariantViolationException e =
        assertThrows(InvariantViolationException.class, () -> Wgs84Position.of(59, longitude));

    assertEquals(Invariant.COORDINATE_NOT_FINITE, e.getInvariant());
    assertEquals("longitude", e.getAttribute());
  }

  @Test
  void explainsARejectedLatitudeInSwedishAndEnglish() {
    InvariantViolationException e =
        assertThrows(InvariantViolationException.class, () -> Wgs84Position.of(90.000001, 15));

    String swedish = e.getMessage(Locale.forLanguageTag("sv"));
    String english = e.getMessage(Locale.ENGLISH);
    assertFalse(swedish.isBlank());
    assertFalse(english.isBlank());
    assertNotEquals(swedish, english);
    assertTrue(swedish.contains("90.000001"), swedish);
    assertTrue(english.contains("90.000001"), english);
  }

  @Test
  void isItsOwnWgs84Position() {
    Wgs84Position position = Wgs84Position.of(59.1983, 17.8353);

    assertSame(position, position.toWgs84());
  }

  @Test
  void refusesToProjectAPositionOutsideSweref99TmsAreaOfUse() {
    InvariantViolationException e =
        assertThrows(
            InvariantViolationException.class, () -> Wgs84Position.of(0, 15).toSweref99Tm());

    assertEquals(Invariant.NORTHING_OUT_OF_RANGE, e.getInvariant());
  }

  @Test
  void writesLatitudeThenLongitude() {
    assertEquals("WGS84[59.1983, 17.8353]", Wgs84Position.of(59.1983, 17.8353).toString());
  }

  @Test
  void equalCoordinatesMakeEqualPositionsWithEqualHashCodes() {
    qt().forAll(doubles().between(-90, 90), doubles().between(-180, 180))
        .checkAssert(
            (latitude, longitude) -> {
              Wgs84Position a = Wgs84Position.of(latitude, longitude);
              Wgs84Position b = Wgs84Position.of(latitude, longitude);
              assertEquals(a, b);
              assertEquals(b, a);
              assertEquals(a.hashCode(), b.hashCode());
            });
  }

  @Test
  void differentCoordinatesMakeUnequalPositions() {
    qt().forAll(
            doubles().between(-90, 90),
            doubles().between(-180, 180),
            doubles().between(-90, 90),
            doubles().between(-180, 180))
        .assuming((lat1, lon1, lat2, lon2) -> !lat1.equals(lat2) || !lon1.equals(lon2))
        .checkAssert(
            (lat1, lon1, lat2, lon2) ->
                assertNotEquals(Wgs84Position.of(lat1, lon1), Wgs84Position.of(lat2, lon2)));
  }
}
