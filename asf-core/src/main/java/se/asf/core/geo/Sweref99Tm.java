package se.asf.core.geo;

/**
 * The SWEREF 99 TM projection: Lantmäteriet's Gauss–Krüger formulas for the transverse Mercator
 * projection, with the series in the third flattening {@code n} taken to the fourth power
 * (Lantmäteriet, "Gauss konforma projektion (Transverse Mercator)", 2008). Within Sweden the error
 * of the series is far below a millimetre.
 */
final class Sweref99Tm {
  // GRS 80 ellipsoid and the SWEREF 99 TM projection parameters (EPSG:3006).
  private static final double A = 6_378_137.0;
  private static final double F = 1.0 / 298.257222101;
  private static final double LON0 = Math.toRadians(15.0);
  private static final double K0 = 0.9996;
  private static final double FALSE_NORTHING = 0.0;
  private static final double FALSE_EASTING = 500_000.0;

  private static final double E2 = F * (2 - F);
  private static final double N = F / (2 - F);
  private static final double A_HAT = A / (1 + N) * (1 + N * N / 4 + N * N * N * N / 64);

  private static final double[] BETA = {
    N / 2 - 2 * N * N / 3 + 5 * N * N * N / 16 + 41 * N * N * N * N / 180,
    13 * N * N / 48 - 3 * N * N * N / 5 + 557 * N * N * N * N / 1440,
    61 * N * N * N / 240 - 103 * N * N * N * N / 140,
    49561 * N * N * N * N / 161280,
  };
  private static final double[] DELTA = {
    N / 2 - 2 * N * N / 3 + 37 * N * N * N / 96 - N * N * N * N / 360,
    N * N / 48 + N * N * N / 15 - 437 * N * N * N * N / 1440,
    17 * N * N * N / 480 - 37 * N * N * N * N / 840,
    4397 * N * N * N * N / 161280,
  };

  // Conformal latitude from geodetic latitude, and back.
  private static final double FA = E2;
  private static final double FB = (5 * E2 * E2 - E2 * E2 * E2) / 6;
  private static final double FC = (104 * E2 * E2 * E2 - 45 * E2 * E2 * E2 * E2) / 120;
  private static final double FD = 1237 * E2 * E2 * E2 * E2 / 1260;
  private static final double IA = E2 + E2 * E2 + E2 * E2 * E2 + E2 * E2 * E2 * E2;
  private static final double IB = -(7 * E2 * E2 + 17 * E2 * E2 * E2 + 30 * E2 * E2 * E2 * E2) / 6;
  private static final double IC = (224 * E2 * E2 * E2 + 889 * E2 * E2 * E2 * E2) / 120;
  private static final double ID = -4279 * E2 * E2 * E2 * E2 / 1260;

  private Sweref99Tm() {}

  /** Projects latitude/longitude in degrees to {northing, easting} in metres. */
  static double[] forward(double latitude, double longitude) {
    double phi = Math.toRadians(latitude);
    double sin = Math.sin(phi);
    double sin2 = sin * sin;
    double conformal = phi - sin * Math.cos(phi) * (FA + sin2 * (FB + sin2 * (FC + sin2 * FD)));
    double dLon = Math.toRadians(longitude) - LON0;
    double xiPrime = Math.atan2(Math.tan(conformal), Math.cos(dLon));
    double etaPrime = atanh(Math.cos(conformal) * Math.sin(dLon));
    double xi = xiPrime;
    double eta = etaPrime;
    for (int j = 1; j <= 4; j++) {
      xi += BETA[j - 1] * Math.sin(2 * j * xiPrime) * Math.cosh(2 * j * etaPrime);
      eta += BETA[j - 1] * Math.cos(2 * j * xiPrime) * Math.sinh(2 * j * etaPrime);
    }
    return new double[] {K0 * A_HAT * xi + FALSE_NORTHING, K0 * A_HAT * eta + FALSE_EASTING};
  }

  /** Converts northing/easting in metres to {latitude, longitude} in degrees. */
  static double[] inverse(double northing, double easting) {
    double xi = (northing - FALSE_NORTHING) / (K0 * A_HAT);
    double eta = (easting - FALSE_EASTING) / (K0 * A_HAT);
    double xiPrime = xi;
    double etaPrime = eta;
    for (int j = 1; j <= 4; j++) {
      xiPrime -= DELTA[j - 1] * Math.sin(2 * j * xi) * Math.cosh(2 * j * eta);
      etaPrime -= DELTA[j - 1] * Math.cos(2 * j * xi) * Math.sinh(2 * j * eta);
    }
    double conformal = Math.asin(Math.sin(xiPrime) / Math.cosh(etaPrime));
    double dLon = Math.atan2(Math.sinh(etaPrime), Math.cos(xiPrime));
    double sin = Math.sin(conformal);
    double sin2 = sin * sin;
    double phi = conformal + sin * Math.cos(conformal) * (IA + sin2 * (IB + sin2 * (IC + sin2 * ID)));
    return new double[] {Math.toDegrees(phi), Math.toDegrees(LON0 + dLon)};
  }

  private static double atanh(double x) {
    return 0.5 * Math.log((1 + x) / (1 - x));
  }
}
