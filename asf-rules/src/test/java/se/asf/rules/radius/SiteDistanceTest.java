package se.asf.rules.radius;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import se.asf.rules.fixtures.Examples;

class SiteDistanceTest {

  @Test
  void aKnownSiteHasItsCentreAndDistance() {
    SiteDistance distance = SiteDistance.of("Butiken", "Tumba centrum", 183.50560803630555, true);
    assertEquals("Butiken", distance.getSiteName());
    assertEquals("Tumba centrum", distance.getNearestCentre().orElseThrow());
    assertEquals(183.50560803630555, distance.getDistanceMetres().orElseThrow());
    assertTrue(distance.isInside());
    assertEquals("183.505", distance.formatDistance());  // inside: rounded down
    assertEquals(new java.math.BigDecimal("183.505"), distance.getDisplayedDistanceMetres().orElseThrow());
    assertEquals("Butiken: Tumba centrum at 183.505 m (inside)", distance.toString());
    // The double nearest 9000.001 is 9000.00100000000020372681319713592529296875: rounded up.
    assertEquals("Butiken: Tumba centrum at 9000.002 m (outside)",
        SiteDistance.of("Butiken", "Tumba centrum", 9000.001, false).toString());
  }

  @Test
  void anUnknownSiteHasNoDistance() {
    SiteDistance distance = SiteDistance.unknown("Lagret");
    assertTrue(distance.getNearestCentre().isEmpty());
    assertTrue(distance.getDistanceMetres().isEmpty());
    assertFalse(distance.isInside());
    assertEquals("-", distance.formatDistance());
    assertEquals("Lagret: position unknown", distance.toString());
  }

  @Test
  void outsideDistancesAreRoundedUpAndInsideDownFromTheExactValue() {
    // 47 nm outside a 9000 m radius: shown beyond the radius, never as 9000.000.
    double justOutside = 9000.000000047;
    assertTrue(new java.math.BigDecimal(justOutside).compareTo(new java.math.BigDecimal(9000)) > 0);
    assertEquals("9000.001", SiteDistance.of("S", "C", justOutside, false).formatDistance());
    assertEquals("9000.000", SiteDistance.of("S", "C", 9000, true).formatDistance());
    assertEquals("8999.999", SiteDistance.of("S", "C", 8999.999999999896, true).formatDistance());
    assertEquals("0.000", SiteDistance.of("S", "C", 0.0005, true).formatDistance());
    assertEquals("0.001", SiteDistance.of("S", "C", 0.0005, false).formatDistance());
    assertEquals("1.234", SiteDistance.of("S", "C", 1.2345, true).formatDistance());  // 1.23449999999999993072...
    assertEquals("1.235", SiteDistance.of("S", "C", 1.2345, false).formatDistance());
    assertEquals("12345678.000", SiteDistance.of("S", "C", 12_345_678, false).formatDistance());
  }

  @Test
  void aDistanceMustBeFiniteAndNotNegative() {
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SiteDistance.of("S", "C", Double.NaN, false));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> SiteDistance.of("S", "C", -1, false));
  }

  @Test
  void aDeferredResultComputesItsNearestCentreOnlyWhenAskedAndOnce() {
    int[] calls = new int[1];
    se.asf.core.procurement.Centre tumba = se.asf.core.examples.Hbs2017Pilot.tumba();
    SiteDistance deferred = SiteDistance.deferred("Butiken", true, () -> {
      calls[0]++;
      return NearestCentre.of(tumba, 183.5067, true);
    });
    assertEquals(0, calls[0]);
    org.junit.jupiter.api.Assertions.assertTrue(deferred.isInside());
    org.junit.jupiter.api.Assertions.assertTrue(deferred.isPositionKnown());
    assertEquals("Butiken", deferred.getSiteName());
    assertEquals(0, calls[0], "the decision and the name need no geodesic");
    assertEquals("183.506", deferred.formatDistance());
    assertEquals(java.util.Optional.of(tumba.getName()), deferred.getNearestCentre());
    assertEquals(1, calls[0]);
    assertEquals(SiteDistance.of("Butiken", tumba.getName(), 183.5067, true), deferred);
  }

  @Test
  void aDeferredResultThatContradictsItsDecisionIsRefusedWhenRead() {
    se.asf.core.procurement.Centre tumba = se.asf.core.examples.Hbs2017Pilot.tumba();
    SiteDistance contradicting = SiteDistance.deferred("Lagret", true, () -> NearestCentre.of(tumba, 9500, false));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, contradicting::getDistanceMetres);
  }

  @Test
  void warningsChangeNothingButTheWarningsAndTakePartInEquality() {
    SiteDistance plain = SiteDistance.of("Butiken", "Tumba centrum", 5_000_000.25, false);
    SiteDistance warned = plain.withWarnings(java.util.List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES));
    assertEquals(java.util.List.of(), plain.getWarnings());
    assertEquals(java.util.List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES), warned.getWarnings());
    assertEquals(plain.getDistanceMetres(), warned.getDistanceMetres());
    assertEquals(plain.getDisplayedDistanceMetres(), warned.getDisplayedDistanceMetres());
    assertEquals(plain.isInside(), warned.isInside());
    assertFalse(plain.equals(warned));
    assertEquals(plain, warned.withWarnings(java.util.List.of()));
    assertTrue(warned.toString().endsWith("(outside) [LIKELY_SWAPPED_COORDINATES]"), warned.toString());
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> plain.withWarnings(
        java.util.List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES, PositionWarning.LIKELY_SWAPPED_COORDINATES)));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> SiteDistance.unknown("Lagret")
        .withWarnings(java.util.List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES)));
  }

  @Test
  void aDistanceOfZeroIsAllowedAndAnInfiniteOneIsNot() {
    assertEquals("0.000", SiteDistance.of("S", "C", 0, true).formatDistance());
    assertEquals("a distance must be finite and not negative: Infinity",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> SiteDistance.of("S", "C", Double.POSITIVE_INFINITY, false)).getMessage());
    assertEquals("a distance must be finite and not negative: -0.001",
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
            () -> SiteDistance.of("S", "C", -0.001, false)).getMessage());
  }

  @Test
  void resultsAreEqualInEveryPart() {
    SiteDistance base = SiteDistance.of("Butiken", "Tumba centrum", 183.5, true);
    assertEquals(base, SiteDistance.of("Butiken", "Tumba centrum", 183.5, true));
    assertEquals(base.hashCode(), SiteDistance.of("Butiken", "Tumba centrum", 183.5, true).hashCode());
    java.util.List<SiteDistance> others = java.util.List.of(
        SiteDistance.of("Lagret", "Tumba centrum", 183.5, true),
        SiteDistance.of("Butiken", "Salems centrum", 183.5, true),
        SiteDistance.of("Butiken", "Tumba centrum", 183.25, true),
        SiteDistance.of("Butiken", "Tumba centrum", 183.5, false),
        SiteDistance.unknown("Butiken"),
        base.withWarnings(java.util.List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES)));
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (SiteDistance other : others) {
      assertFalse(base.equals(other), other::toString);
      assertFalse(other.equals(base), other::toString);
      hashes.add(other.hashCode());
    }
    assertFalse(base.equals("Butiken: Tumba centrum at 183.500 m (inside)"));
    assertFalse(SiteDistance.unknown("Butiken").equals(SiteDistance.unknown("Lagret")));
    assertEquals(SiteDistance.unknown("Lagret"), SiteDistance.unknown("Lagret"));
    assertEquals(others.size(), hashes.size(), "these six spread over six hash codes: " + hashes);
  }

  @Test
  void warningsOnADeferredResultLeaveItsNearestCentreDeferred() {
    int[] calls = new int[1];
    se.asf.core.procurement.Centre tumba = se.asf.core.examples.Hbs2017Pilot.tumba();
    SiteDistance deferred = SiteDistance.deferred("Butiken", false, () -> {
      calls[0]++;
      return NearestCentre.of(tumba, 9500, false);
    });
    SiteDistance warned = deferred.withWarnings(java.util.List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES));
    assertEquals(0, calls[0]);
    assertEquals("9500.000", warned.formatDistance());
    assertEquals(java.util.OptionalDouble.of(9500), warned.getDistanceMetres());
    assertEquals(1, calls[0], "computed once, then kept");
    assertEquals("Butiken: Tumba centrum at 9500.000 m (outside) [LIKELY_SWAPPED_COORDINATES]", warned.toString());
    assertEquals(1, calls[0]);
    org.junit.jupiter.api.Assertions.assertSame(deferred, deferred.withWarnings(java.util.List.of()));
  }

  @Test
  void aDeferredDistanceThatIsNoDistanceIsRefusedWhenRead() {
    se.asf.core.procurement.Centre tumba = se.asf.core.examples.Hbs2017Pilot.tumba();
    SiteDistance nan = SiteDistance.deferred("Lagret", false, () -> NearestCentre.of(tumba, Double.NaN, false));
    assertEquals("a distance must be finite and not negative: NaN", org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, nan::getDistanceMetres).getMessage());
    SiteDistance negative = SiteDistance.deferred("Lagret", true, () -> NearestCentre.of(tumba, -1, true));
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, negative::formatDistance);
  }

  /** The display as {@link BigDecimal} defines it: the double's exact value, rounded to thousandths. */
  private static BigDecimal exactDisplay(double metres, boolean inside) {
    return new BigDecimal(metres).setScale(3, inside ? RoundingMode.FLOOR : RoundingMode.CEILING);
  }

  @Test
  void theDisplayIsTheExactValueRoundedForAnyDistance() {
    qt().withExamples(Examples.of(20_000)).forAll(doubles().between(0, 2.1e7))
        .checkAssert(metres -> {
          assertEquals(exactDisplay(metres, true), SiteDistance.displayed(metres, true), () -> "" + metres);
          assertEquals(exactDisplay(metres, false), SiteDistance.displayed(metres, false), () -> "" + metres);
        });
  }

  @Test
  void theDisplayIsTheExactValueRoundedBesideWholeThousandths() {
    // The doubles nearest k thousandths, and up to three doubles either side: where rounding in
    // double would go wrong.
    qt().withExamples(Examples.of(20_000)).forAll(longs().between(0, 21_000_000_000L), integers().between(-3, 3))
        .checkAssert((thousandths, steps) -> {
          double metres = thousandths / 1000.0;
          for (int step = 0; step < Math.abs(steps); step++) {
            metres = steps < 0 ? Math.nextDown(metres) : Math.nextUp(metres);
          }
          double m = Math.max(0, metres);
          assertEquals(exactDisplay(m, true), SiteDistance.displayed(m, true), () -> "" + m);
          assertEquals(exactDisplay(m, false), SiteDistance.displayed(m, false), () -> "" + m);
        });
  }

  @Test
  void aWholeNumberOfThousandthsIsShownAsItIsAndTheSmallestDistancesRoundToNoneOrOne() {
    // 0.125 m and 2.5 m are exact doubles: neither rounding changes them.
    assertEquals(new BigDecimal("0.125"), SiteDistance.displayed(0.125, false));
    assertEquals(new BigDecimal("0.125"), SiteDistance.displayed(0.125, true));
    assertEquals(new BigDecimal("2.500"), SiteDistance.displayed(2.5, false));
    assertEquals(new BigDecimal("0.000"), SiteDistance.displayed(Double.MIN_VALUE, true));
    assertEquals(new BigDecimal("0.001"), SiteDistance.displayed(Double.MIN_VALUE, false));
    assertEquals(new BigDecimal("0.000"), SiteDistance.displayed(-0.0, false));
    // Beyond the fast range the same rule holds.
    assertEquals(new BigDecimal("1000000000000.000"), SiteDistance.displayed(1e12, false));
    assertEquals(exactDisplay(1e15 + 0.125, false), SiteDistance.displayed(1e15 + 0.125, false));
    assertEquals(new BigDecimal("100000000000000000.000"), SiteDistance.displayed(1e17, true));
    // 1e12 + 0.1 is 1000000000000.0999755859375: down inside, up outside.
    assertEquals(new BigDecimal("1000000000000.099"), SiteDistance.displayed(1e12 + 0.1, true));
    assertEquals(new BigDecimal("1000000000000.100"), SiteDistance.displayed(1e12 + 0.1, false));
  }
}
