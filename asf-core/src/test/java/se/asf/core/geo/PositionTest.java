package se.asf.core.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static se.asf.core.geo.GeoAssertions.MILLIMETRE;
import static se.asf.core.geo.GeoAssertions.assertWithin;

import org.junit.jupiter.api.Test;

class PositionTest {

  @Test
  void ofWgs84BuildsAWgs84Position() {
    assertEquals(Wgs84Position.of(59.1983, 17.8353), Position.ofWgs84(59.1983, 17.8353));
  }

  @Test
  void ofSweref99TmBuildsASweref99TmPosition() {
    assertEquals(
        Sweref99TmPosition.of(6_548_757.206, 758_410.519),
        Position.ofSweref99Tm(6_548_757.206, 758_410.519));
  }

  @Test
  void eitherKindReturnsItselfInItsOwnSystemAndConvertsToTheOther() {
    Position wgs84 = Position.ofWgs84(59, 19.5);
    Position sweref = Position.ofSweref99Tm(6_548_757.206, 758_410.519);

    assertSame(wgs84, wgs84.toWgs84());
    assertSame(sweref, sweref.toSweref99Tm());
    assertWithin(MILLIMETRE, sweref.toSweref99Tm(), wgs84.toSweref99Tm());
    assertWithin(MILLIMETRE, wgs84.toWgs84(), sweref.toWgs84());
  }
}
