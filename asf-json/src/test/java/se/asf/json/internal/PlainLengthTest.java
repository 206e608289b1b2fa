package se.asf.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import se.asf.json.base.internal.Scalars;

/**
 * The length of a decimal written without an exponent, which bounds an exact decimal read: it is the
 * length of {@link BigDecimal#toPlainString()}, computed without making that string.
 */
class PlainLengthTest {
  @Test
  void theBoundariesOfTheScale() {
    assertEquals(1, Scalars.plainLength(BigDecimal.ZERO));
    assertEquals(3, Scalars.plainLength(new BigDecimal("123")));
    assertEquals(4, Scalars.plainLength(new BigDecimal("0.15")));
    assertEquals(5, Scalars.plainLength(new BigDecimal("-0.15")));
    assertEquals(5, Scalars.plainLength(new BigDecimal("0.001")));
    assertEquals(4, Scalars.plainLength(new BigDecimal("-1.5")));
    assertEquals(4, Scalars.plainLength(new BigDecimal("1E+3")));
  }

  @Test
  void itIsTheLengthOfThePlainString() {
    qt().forAll(longs().all(), integers().between(-60, 60)).checkAssert((unscaled, scale) -> {
      BigDecimal value = new BigDecimal(BigInteger.valueOf(unscaled), scale);
      assertEquals(value.toPlainString().length(), Scalars.plainLength(value), value::toString);
    });
  }
}
