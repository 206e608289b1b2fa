package se.asf.core.geo;

/**
 * A point on the ground where work is done, or a centre a procurement measures from.
 *
 * <p>Swedish municipal systems hold positions in SWEREF 99 TM (EPSG:3006, northing/easting in
 * metres), web maps in WGS 84 (latitude/longitude in degrees). A position keeps the reference system
 * it was given in, so that it is written back the same way, and converts to the other on request
 * (DOMAIN §4).
 *
 * <pre>{@code
 * Wgs84Position tumba = Position.ofWgs84(59.1983, 17.8353);
 * Sweref99TmPosition grid = tumba.toSweref99Tm();
 * }</pre>
 */
public sealed interface Position permits Wgs84Position, Sweref99TmPosition {

  /**
   * Creates a WGS 84 position.
   *
   * @param latitude degrees north, in [-90, 90]
   * @param longitude degrees east, in [-180, 180]
   * @return the position
   * @throws se.asf.core.InvariantViolationException if a value is NaN, infinite or out of range
   */
  static Wgs84Position ofWgs84(double latitude, double longitude) {
    return Wgs84Position.of(latitude, longitude);
  }

  /**
   * Creates a SWEREF 99 TM position.
   *
   * @param northing metres north (the first axis of EPSG:3006)
   * @param easting metres east, including the false easting of 500 000 m
   * @return the position
   * @throws se.asf.core.InvariantViolationException if a value is NaN, infinite or outside the
   *     projection's area of use
   */
  static Sweref99TmPosition ofSweref99Tm(double northing, double easting) {
    return Sweref99TmPosition.of(northing, easting);
  }

  /**
   * Returns this position in WGS 84; a WGS 84 position returns itself.
   *
   * @return the position in WGS 84
   */
  Wgs84Position toWgs84();

  /**
   * Returns this position in SWEREF 99 TM; a SWEREF 99 TM position returns itself.
   *
   * @return the position in SWEREF 99 TM
   */
  Sweref99TmPosition toSweref99Tm();
}
