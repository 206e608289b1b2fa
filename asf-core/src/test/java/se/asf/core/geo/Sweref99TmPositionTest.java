package se.asf.core.geo;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
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
import static se.asf.core.geo.Sweref99TmPosition.MAX_EASTING;
import static se.asf.core.geo.Sweref99TmPosition.MAX_NORTHING;
import static se.asf.core.geo.Sweref99TmPosition.MIN_EASTING;
import static se.asf.core.geo.Sweref99TmPosition.MIN_NORTHING;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.geo.Sweref99TmControlPoints.ControlPoint;

class Sweref99TmPositionTest {
  // EPSG:3006's area of use, in degrees.
  private static final double SOUTH = 54.96;
  private static final double NORTH = 69.07;
  private static final double WEST = 10.03;
  private static final double EAST = 24.17;

  private static final double MID_NORTHING = 6_500_000;
  private static final double MID_EASTING = 500_000;

  @ParameterizedTest(name = "{0}")
  @MethodSource("se.asf.core.geo.Sweref99TmControlPoints#all")
  void convertsLantmaterietsControlPointsToTheMillimetre(ControlPoint point) {
    Wgs84Position geodetic = Sweref99TmPosition.of(point.northing(), point.easting()).toWgs84();

    assertWithin(MILLIMETRE, Wgs84Position.of(point.latitude(), point.longitude()), geodetic);
  }

  @Test
  void roundTripsThroughWgs84WithinAMillimetreOverTheAreaOfUse() {
    qt().forAll(
            doubles().between(MIN_NORTHING, MAX_NORTHING),
            doubles().between(MIN_EASTING, MAX_EASTING))
        .assuming(
            (northing, easting) -> inAreaOfUse(Sweref99TmPosition.of(northing, easting).toWgs84()))
        .checkAssert(
            (northing, easting) -> {
              Sweref99TmPosition position = Sweref99TmPosition.of(northing, easting);
              assertWithin(MILLIMETRE, position, position.toWgs84().toSweref99Tm());
            });
  }

  private static boolean inAreaOfUse(Wgs84Position position) {
    return position.getLatitude() >= SOUTH
        && position.getLatitude() <= NORTH
        && position.getLongitude() >= WEST
        && position.getLongitude() <= EAST;
  }

  /**
   * Northing grows with latitude, and easting with longitude, so the grid extremes of the area of
   * use lie on its edges; every hundredth of a degree along them must project within the bounds.
   */
  @Test
  void boundsCoverTheAreaOfUse() {
    List<Executable> edges = new ArrayList<>();
    for (int i = 0; i <= 1411; i++) {
      double latitude = Math.min(SOUTH + i / 100.0, NORTH);
      edges.add(() -> Wgs84Position.of(latitude, WEST).toSweref99Tm());
      edges.add(() -> Wgs84Position.of(latitude, EAST).toSweref99Tm());
    }
    for (int i = 0; i <= 1414; i++) {
      double longitude = Math.min(WEST + i / 100.0, EAST);
      edges.add(() -> Wgs84Position.of(SOUTH, longitude).toSweref99Tm());
      edges.add(() -> Wgs84Position.of(NORTH, longitude).toSweref99Tm());
    }
    assertAll(edges.stream().map(edge -> () -> assertDoesNotThrow(edge)));
  }

  @Test
  void validationAnnotationsStateTheBounds() throws NoSuchMethodException {
    Method northing = Sweref99TmPosition.class.getMethod("getNorthing");
    Method easting = Sweref99TmPosition.class.getMethod("getEasting");

    assertEquals(MIN_NORTHING, bound(northing.getAnnotation(DecimalMin.class).value()));
    assertEquals(MAX_NORTHING, bound(northing.getAnnotation(DecimalMax.class).value()));
    assertEquals(MIN_EASTING, bound(easting.getAnnotation(DecimalMin.class).value()));
    assertEquals(MAX_EASTING, bound(easting.getAnnotation(DecimalMax.class).value()));
  }

  private static double bound(String annotationValue) {
    return Double.parseDouble(annotationValue);
  }

  @Test
  void acceptsTheBoundsThemselves() {
    assertEquals(MIN_NORTHING, Sweref99TmPosition.of(MIN_NORTHING, MID_EASTING).getNorthing());
    assertEquals(MAX_NORTHING, Sweref99TmPosition.of(MAX_NORTHING, MID_EASTING).getNorthing());
    assertEquals(MIN_EASTING, Sweref99TmPosition.of(MID_NORTHING, MIN_EASTING).getEasting());
    assertEquals(MAX_EASTING, Sweref99TmPosition.of(MID_NORTHING, MAX_EASTING).getEasting());
    assertTrue(Sweref99TmPosition.isValid(MIN_NORTHING, MIN_EASTING));
    assertTrue(Sweref99TmPosition.isValid(MAX_NORTHING, MAX_EASTING));
  }

  @ParameterizedTest
  @MethodSource("northingsJustOutside")
  void rejectsANorthingJustOutsideTheBounds(double northing) {
    InvariantViolationException e =
        assertThrows(
            InvariantViolationException.class, () -> Sweref99TmPosition.of(northing, MID_EASTING));

    assertEquals(Invariant.NORTHING_OUT_OF_RANGE, e.getInvariant());
    assertEquals("northing", e.getAttribute());
    assertFalse(Sweref99TmPosition.isValid(northing, MID_EASTING));
  }

  static double[] northingsJustOutside() {
    return new double[] {Math.nextDown(MIN_NORTHING), Math.nextUp(MAX_NORTHING), 0, -MID_NORTHING};
  }

  @ParameterizedTest
  @MethodSource("eastingsJustOutside")
  void rejectsAnEastingJustOutsideTheBounds(double easting) {
    InvariantViolationException e =
        assertThrows(
            InvariantViolationException.class, () -> Sweref99TmPosition.of(MID_NORTHING, easting));

    assertEquals(Invariant.EASTING_OUT_OF_RANGE, e.getInvariant());
    assertEquals("easting", e.getAttribute());
    assertFalse(Sweref99TmPosition.isValid(MID_NORTHING, easting));
  }

  static double[] eastingsJustOutside() {
    return new double[] {Math.nextDown(MIN_EASTING), Math.nextUp(MAX_EASTING), 0, -MID_EASTING};
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsANonFiniteNorthing(double northing) {
    InvariantViolationException e =
        assertThrows(
            InvariantViolationException.class, () -> Sweref99TmPosition.of(northing, MID_EASTING));

    assertEquals(Invariant.COORDINATE_NOT_FINITE, e.getInvariant());
    assertEquals("northing", e.getAttribute());
  }

  @ParameterizedTest
  @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
  void rejectsANonFiniteEasting(double easting) {
    InvariantViolationException e =
        assertThrows(
            InvariantViolationException.class, () -> Sweref99TmPosition.of(MID_NORTHING, easting));

    assertEquals(Invariant.COORDINATE_NOT_FINITE, e.getInvariant());
    assertEquals("easting", e.getAttribute());
  }

  @Test
  void explainsARejectedNorthingInSwedishAndEnglish() {
    InvariantViolationException e =
        assertThrows(
            InvariantViolationException.class, () -> Sweref99TmPosition.of(7_800_000, MID_EASTING));

    String swedish = e.getMessage(Locale.forLanguageTag("sv"));
    String english = e.getMessage(Locale.ENGLISH);
    assertFalse(swedish.isBlank());
    assertFalse(english.isBlank());
    assertNotEquals(swedish, english);
    assertTrue(swedish.contains("7800000"), swedish);
    assertTrue(english.contains("7800000"), english);
  }

  @Test
  void isItsOwnSweref99TmPosition() {
    Sweref99TmPosition position = Sweref99TmPosition.of(6_548_757.206, 758_410.519);

    assertSame(position, position.toSweref99Tm());
  }

  @Test
  void writesNorthingThenEasting() {
    assertEquals(
        "SWEREF99TM[N 6548757.206, E 758410.519]",
        Sweref99TmPosition.of(6_548_757.206, 758_410.519).toString());
  }

  @Test
  void equalCoordinatesMakeEqualPositionsWithEqualHashCodes() {
    qt().forAll(
            doubles().between(MIN_NORTHING, MAX_NORTHING),
            doubles().between(MIN_EASTING, MAX_EASTING))
        .checkAssert(
            (northing, easting) -> {
              Sweref99TmPosition a = Sweref99TmPosition.of(northing, easting);
              Sweref99TmPosition b = Sweref99TmPosition.of(northing, easting);
              assertEquals(a, b);
              assertEquals(b, a);
              assertEquals(a.hashCode(), b.hashCode());
            });
  }

  @Test
  void differentCoordinatesMakeUnequalPositions() {
    qt().forAll(
            doubles().between(MIN_NORTHING, MAX_NORTHING),
            doubles().between(MIN_EASTING, MAX_EASTING),
            doubles().between(MIN_NORTHING, MAX_NORTHING),
            doubles().between(MIN_EASTING, MAX_EASTING))
        .assuming((n1, e1, n2, e2) -> !n1.equals(n2) || !e1.equals(e2))
        .checkAssert(
            (n1, e1, n2, e2) ->
                assertNotEquals(Sweref99TmPosition.of(n1, e1), Sweref99TmPosition.of(n2, e2)));
  }
}
