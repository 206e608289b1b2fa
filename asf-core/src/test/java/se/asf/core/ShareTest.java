package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static se.asf.core.InvariantAssertions.assertSameNumber;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

class ShareTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.000", "1", "1.0000", "0.3"})
  void acceptsTheWholeClosedRange(String fraction) {
    assertSameNumber(fraction, Share.ofFraction(fraction).getFraction());
  }

  @ParameterizedTest
  @ValueSource(strings = {"-0.0001", "1.0001", "-1", "100"})
  void rejectsAFractionOutsideZeroToOne(String fraction) {
    InvariantViolationException e =
        assertViolates(Invariant.SHARE_OUT_OF_RANGE, "fraction", () -> Share.ofFraction(fraction));

    assertEquals(List.of(fraction), e.getArguments());
  }

  @Test
  void rejectsAPercentageOutsideZeroToAHundred() {
    assertViolates(Invariant.SHARE_OUT_OF_RANGE, "fraction", () -> Share.ofPercent(101));
    assertViolates(Invariant.SHARE_OUT_OF_RANGE, "fraction", () -> Share.ofPercent(-1));
    assertViolates(Invariant.SHARE_OUT_OF_RANGE, "fraction", () -> Share.ofPercent(new BigDecimal("100.01")));
  }

  @Test
  void rejectsTextThatIsNoDecimal() {
    assertThrows(NumberFormatException.class, () -> Share.ofFraction("30 %"));
  }

  @Test
  void thirtyPercentIsPointThreeWhateverTheScale() {
    Share percent = Share.ofPercent(30);

    assertEquals(percent, Share.ofFraction("0.30"));
    assertEquals(percent, Share.ofFraction("0.3"));
    assertEquals(percent, Share.ofPercent(new BigDecimal("30.000")));
    assertEquals(percent.hashCode(), Share.ofFraction("0.30").hashCode());
    assertEquals(new BigDecimal("0.3"), percent.getFraction());
  }

  @Test
  void theEndsAreEqualWhateverTheScale() {
    assertEquals(Share.ofPercent(100), Share.ofFraction("1.000"));
    assertEquals(Share.ofPercent(0), Share.ofFraction("0.00"));
    assertEquals(BigDecimal.ONE, Share.ofPercent(100).getFraction());
  }

  @ParameterizedTest
  @CsvSource({"0.3, 30 %", "0.30, 30 %", "1, 100 %", "0, 0 %", "0.3325, 33.25 %", "0.00001, 0.001 %"})
  void printsAnExactPercentage(String fraction, String text) {
    assertEquals(text, Share.ofFraction(fraction).toString());
  }

  @Test
  void convertsToAnExactPercentage() {
    assertEquals(new BigDecimal("30"), Share.ofFraction("0.30").toPercent());
    assertEquals(new BigDecimal("33.33"), Share.ofFraction("0.3333").toPercent());
  }

  @Test
  void ordersByFraction() {
    assertTrue(Share.ofPercent(30).compareTo(Share.ofPercent(31)) < 0);
    assertTrue(Share.ofPercent(31).compareTo(Share.ofPercent(30)) > 0);
    assertEquals(0, Share.ofPercent(30).compareTo(Share.ofFraction("0.300")));
  }

  @Test
  void threeOfTenReachThirtyPercent() {
    assertTrue(Share.ofPercent(30).isReachedBy(new BigDecimal("3"), BigDecimal.TEN));
  }

  @Test
  void justUnderThreeOfTenDoesNotReachThirtyPercent() {
    assertFalse(Share.ofPercent(30).isReachedBy(new BigDecimal("2.999"), BigDecimal.TEN));
    assertFalse(Share.ofPercent(30).isReachedBy(new BigDecimal("2.999999999999999999"), BigDecimal.TEN));
  }

  @Test
  void comparesWithoutRoundingAThirdAgainstItsDecimalNeighbours() {
    assertTrue(Share.ofFraction("0.3333").isReachedBy(BigDecimal.ONE, new BigDecimal("3")));
    assertFalse(Share.ofFraction("0.3334").isReachedBy(BigDecimal.ONE, new BigDecimal("3")));
  }

  @Test
  void theWholeReachesOneHundredPercent() {
    assertTrue(Share.ofPercent(100).isReachedBy(new BigDecimal("16.75"), new BigDecimal("16.75")));
    assertFalse(Share.ofPercent(100).isReachedBy(new BigDecimal("16.74"), new BigDecimal("16.75")));
  }

  // Properties.

  /** Shares in steps of a thousandth of a percent. */
  private static final Gen<Share> SHARES = integers().between(0, 100_000).map(n -> Share.ofFraction(BigDecimal.valueOf(n, 5)));

  private static final Gen<BigDecimal> AMOUNTS = longs().between(0, 100_000_000L).map(n -> BigDecimal.valueOf(n, 3));

  @Test
  void isReachedByIsMonotoneInThePart() {
    qt().forAll(SHARES, AMOUNTS, AMOUNTS, AMOUNTS)
        .checkAssert((share, part, more, whole) -> {
          if (share.isReachedBy(part, whole)) {
            assertTrue(share.isReachedBy(part.add(more), whole),
                () -> part + " reaches " + share + " of " + whole + " but " + part.add(more) + " does not");
          }
        });
  }

  @Test
  void isReachedByIsAntitoneInTheWhole() {
    qt().forAll(SHARES, AMOUNTS, AMOUNTS, AMOUNTS)
        .checkAssert((share, part, whole, more) -> {
          if (share.isReachedBy(part, whole.add(more))) {
            assertTrue(share.isReachedBy(part, whole));
          }
        });
  }

  @Test
  void isReachedByAgreesWithWholeNumberCrossMultiplication() {
    // share = n / 100 000; part / whole >= n / 100 000  <=>  part × 100 000 >= n × whole
    qt().forAll(integers().between(0, 100_000), longs().between(0, 1_000_000), longs().between(0, 1_000_000))
        .checkAssert((n, part, whole) -> assertEquals(
            part * 100_000 >= n * whole,
            Share.ofFraction(BigDecimal.valueOf(n, 5)).isReachedBy(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)),
            () -> part + " of " + whole + " against " + n + "/100000"));
  }
}
