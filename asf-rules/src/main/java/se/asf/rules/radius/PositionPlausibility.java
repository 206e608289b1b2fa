package se.asf.rules.radius;

import java.util.List;
import se.asf.core.geo.Position;
import se.asf.core.geo.Wgs84Position;

/**
 * Whether a site's position is plausible, as warnings that never change an outcome: a site may be
 * abroad (any EEA supplier may bid, LOU 4 kap. 18 §), so an unusual position is accepted and judged
 * as given, and only flagged.
 *
 * <p><b>Likely swapped latitude and longitude</b> ({@link PositionWarning#LIKELY_SWAPPED_COORDINATES}).
 * A position given in WGS 84 is flagged when both hold, every bound inclusive, in decimal degrees:
 *
 * <ol>
 *   <li>it lies outside the box of Sweden and its neighbours (Norway, Denmark, Finland, the Baltic
 *       states and the seas between): latitude {@value #NEIGHBOURS_SOUTH} to {@value #NEIGHBOURS_NORTH},
 *       longitude {@value #NEIGHBOURS_WEST} to {@value #NEIGHBOURS_EAST};
 *   <li>with latitude and longitude swapped it lies inside the box of Sweden: latitude
 *       {@value #SWEDEN_SOUTH} to {@value #SWEDEN_NORTH}, longitude {@value #SWEDEN_WEST} to
 *       {@value #SWEDEN_EAST} (Sweden's extreme points, 55.34–69.06 °N and 10.96–24.17 °E, with a
 *       margin).
 * </ol>
 *
 * <p>The first condition follows from the second, as the two boxes share no latitude.
 *
 * <p>For example {@code lat 17.8353, lon 59.1983} (Tumba centrum written {@code lon, lat}), in the
 * Arabian Sea, is flagged; {@code lat 59.1983, lon 17.8353} is not, nor is a site in Oslo,
 * Copenhagen, Berlin or Lisbon. A position given in SWEREF 99 TM is never flagged: its axes are
 * metres whose ranges do not overlap, and a swapped pair is already refused as outside the
 * projection's area.
 */
public final class PositionPlausibility {
  /** The southern bound of Sweden's box, degrees north. */
  public static final double SWEDEN_SOUTH = 55.0;
  /** The northern bound of Sweden's box, degrees north. */
  public static final double SWEDEN_NORTH = 69.5;
  /** The western bound of Sweden's box, degrees east. */
  public static final double SWEDEN_WEST = 10.5;
  /** The eastern bound of Sweden's box, degrees east. */
  public static final double SWEDEN_EAST = 24.5;
  /** The southern bound of the box of Sweden and its neighbours, degrees north. */
  public static final double NEIGHBOURS_SOUTH = 53.5;
  /** The northern bound of the box of Sweden and its neighbours, degrees north. */
  public static final double NEIGHBOURS_NORTH = 71.5;
  /** The western bound of the box of Sweden and its neighbours, degrees east. */
  public static final double NEIGHBOURS_WEST = 4.0;
  /** The eastern bound of the box of Sweden and its neighbours, degrees east. */
  public static final double NEIGHBOURS_EAST = 32.0;

  private PositionPlausibility() {}

  /**
   * Returns the warnings about a position.
   *
   * @param position the position
   * @return the warnings, empty for a plausible position
   */
  public static List<PositionWarning> warnings(Position position) {
    return isLikelySwapped(position) ? List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES) : List.of();
  }

  /**
   * Tells whether a position is probably a Swedish one with latitude and longitude swapped (see the
   * class comment for the rule).
   *
   * @param position the position
   * @return {@code true} when it should be flagged
   */
  public static boolean isLikelySwapped(Position position) {
    if (!(position instanceof Wgs84Position)) {
      return false;
    }
    Wgs84Position wgs84 = (Wgs84Position) position;
    double lat = wgs84.getLatitude();
    double lon = wgs84.getLongitude();
    // The first condition follows from the second: swapped into Sweden's box, a latitude lies among
    // Sweden's longitudes (at most SWEDEN_EAST), south of the neighbours' box (NEIGHBOURS_SOUTH).
    return within(lon, SWEDEN_SOUTH, SWEDEN_NORTH) && within(lat, SWEDEN_WEST, SWEDEN_EAST);
  }

  private static boolean within(double value, double low, double high) {
    return value >= low && value <= high;
  }
}
