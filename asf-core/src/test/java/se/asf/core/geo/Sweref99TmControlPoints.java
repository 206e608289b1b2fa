package se.asf.core.geo;

import java.util.stream.Stream;

/**
 * Lantmäteriet's control points for SWEREF 99 TM, from "Kontrollpunkter för SWEREF 99 TM"
 * (Lantmäteriet, Informationsförsörjning Geodesi, 2007-11-20): fifteen SWEREF 99
 * latitude/longitude pairs, in whole minutes of arc, with their grid coordinates to the
 * millimetre.
 */
final class Sweref99TmControlPoints {

  /** One control point; the grid values are rounded to the millimetre in the source. */
  record ControlPoint(
      int latitudeDegrees,
      int latitudeMinutes,
      int longitudeDegrees,
      int longitudeMinutes,
      double northing,
      double easting) {

    double latitude() {
      return latitudeDegrees + latitudeMinutes / 60.0;
    }

    double longitude() {
      return longitudeDegrees + longitudeMinutes / 60.0;
    }

    @Override
    public String toString() {
      return String.format(
          "%d°%02d'N %d°%02d'E ↔ N %.3f, E %.3f",
          latitudeDegrees, latitudeMinutes, longitudeDegrees, longitudeMinutes, northing, easting);
    }
  }

  private Sweref99TmControlPoints() {}

  static Stream<ControlPoint> all() {
    return Stream.of(
        new ControlPoint(55, 0, 12, 45, 6_097_106.672, 356_083.438),
        new ControlPoint(55, 0, 14, 15, 6_095_048.642, 452_024.069),
        new ControlPoint(57, 0, 12, 45, 6_319_636.937, 363_331.554),
        new ControlPoint(57, 0, 19, 30, 6_326_392.707, 773_251.054),
        new ControlPoint(59, 0, 11, 15, 6_546_096.724, 284_626.066),
        new ControlPoint(59, 0, 19, 30, 6_548_757.206, 758_410.519),
        new ControlPoint(61, 0, 12, 45, 6_764_877.311, 378_323.440),
        new ControlPoint(61, 0, 18, 45, 6_768_593.345, 702_745.127),
        new ControlPoint(63, 0, 12, 0, 6_989_134.048, 348_083.148),
        new ControlPoint(63, 0, 19, 30, 6_993_565.630, 727_798.671),
        new ControlPoint(65, 0, 13, 30, 7_209_293.753, 429_270.201),
        new ControlPoint(65, 0, 21, 45, 7_225_449.115, 817_833.405),
        new ControlPoint(67, 0, 16, 30, 7_432_168.174, 565_398.458),
        new ControlPoint(67, 0, 24, 0, 7_459_745.672, 891_298.142),
        new ControlPoint(69, 0, 21, 0, 7_666_089.698, 739_639.195));
  }
}
