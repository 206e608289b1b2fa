package se.asf.core.geo;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions that compare positions in metres on the ground. */
final class GeoAssertions {
  /** One millimetre, the accuracy Lantmäteriet's control points are given to. */
  static final double MILLIMETRE = 0.001;

  // GRS 80, the ellipsoid of SWEREF 99.
  private static final double A = 6_378_137.0;
  private static final double F = 1.0 / 298.257222101;
  private static final double E2 = F * (2 - F);

  private GeoAssertions() {}

  /**
   * Returns the distance in metres between two nearby geodetic positions, from the ellipsoid's
   * radii of curvature at the first; for separations of centimetres its error is negligible.
   */
  static double metresBetween(Wgs84Position a, Wgs84Position b) {
    double phi = Math.toRadians(a.getLatitude());
    double w = Math.sqrt(1 - E2 * Math.sin(phi) * Math.sin(phi));
    double meridianRadius = A * (1 - E2) / (w * w * w);
    double primeVerticalRadius = A / w;
    double north = meridianRadius * Math.toRadians(b.getLatitude() - a.getLatitude());
    double east =
        primeVerticalRadius * Math.cos(phi) * Math.toRadians(b.getLongitude() - a.getLongitude());
    return Math.hypot(north, east);
  }

  static void assertWithin(double metres, Wgs84Position expected, Wgs84Position actual) {
    double distance = metresBetween(expected, actual);
    assertTrue(
        distance <= metres,
        () -> actual + " is " + distance + " m from " + expected + ", more than " + metres + " m");
  }

  static void assertWithin(double metres, Sweref99TmPosition expected, Sweref99TmPosition actual) {
    double dNorthing = Math.abs(actual.getNorthing() - expected.getNorthing());
    double dEasting = Math.abs(actual.getEasting() - expected.getEasting());
    assertTrue(
        dNorthing <= metres && dEasting <= metres,
        () -> actual + " differs from " + expected + " by " + dNorthing + " m in northing and "
            + dEasting + " m in easting, more than " + metres + " m");
  }
}
