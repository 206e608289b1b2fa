package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class ShareTest {

  @Test
  void theWholeRangeIncludingItsEndsIsAccepted() {
    assertEquals("0 %", Share.ofFraction("0").toString());
    assertEquals("100 %", Share.ofFraction("1").toString());
  }

  @Test
  void valuesOutsideZeroToOneAreRejected() {
    assertEquals(Invariant.SHARE_OUT_OF_RANGE,
        assertThrows(InvariantViolationException.class, () -> Share.ofFraction("-0.0001")).getInvariant());
    assertEquals(Invariant.SHARE_OUT_OF_RANGE,
        assertThrows(InvariantViolationException.class, () -> Share.ofFraction("1.0001")).getInvariant());
    assertEquals(Invariant.SHARE_OUT_OF_RANGE,
        assertThrows(InvariantViolationException.class, () -> Share.ofPercent(101)).getInvariant());
  }

  @Test
  void percentAndFractionAreTheSameShare() {
    assertEquals(Share.ofPercent(30), Share.ofFraction("0.30"));
    assertEquals(Share.ofPercent(30), Share.ofFraction("0.3"));
    assertEquals(new BigDecimal("0.3"), Share.ofPercent(30).getFraction());
    assertEquals("33.25 %", Share.ofPercent(new BigDecimal("33.25")).toString());
  }

  @Test
  void isReachedByIsExactAtTheBoundary() {
    Share thirty = Share.ofPercent(30);
    assertTrue(thirty.isReachedBy(new BigDecimal("3"), new BigDecimal("10")));
    assertFalse(thirty.isReachedBy(new BigDecimal("2.999"), new BigDecimal("10")));
    assertTrue(thirty.isReachedBy(new BigDecimal("300"), new BigDecimal("1000")));
    assertFalse(thirty.isReachedBy(new BigDecimal("299"), new BigDecimal("1000")));
    assertFalse(Share.ofPercent(new BigDecimal("33.34")).isReachedBy(BigDecimal.ONE, new BigDecimal("3")));
  }

  @Test
  void isReachedByIsMonotoneInThePart() {
    qt().forAll(integers().between(0, 100), integers().between(0, 1000), integers().between(0, 1000),
        integers().between(1, 1000)).checkAssert((percent, part, more, whole) -> {
          Share share = Share.ofPercent(percent);
          if (share.isReachedBy(BigDecimal.valueOf(part), BigDecimal.valueOf(whole))) {
            assertTrue(share.isReachedBy(BigDecimal.valueOf(part + more), BigDecimal.valueOf(whole)));
          }
        });
  }
}
