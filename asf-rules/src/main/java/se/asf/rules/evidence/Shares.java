package se.asf.rules.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Computes the displayed share or ratio of a finding. Not API. */
public final class Shares {
  private Shares() {}

  /**
   * Returns {@code part / whole} as a percentage with two decimals, rounded down, so a share that
   * misses a minimum never appears to reach it (29.999 % shows as 29.99 %). The rounding is for
   * display only: every decision compares exactly, by cross-multiplication.
   *
   * @param part the part
   * @param whole the whole, greater than zero
   * @return for example {@code 33.33}
   */
  public static BigDecimal percentOf(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.DOWN);
  }

  /**
   * Returns {@code numerator / denominator} with two decimals, rounded up, so a ratio above a maximum
   * never appears to stay within it (2.5001 shows as 2.51). For display only.
   *
   * @param numerator the numerator
   * @param denominator the denominator, greater than zero
   * @return for example {@code 2.50}
   */
  public static BigDecimal ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, 2, RoundingMode.UP);
  }

  /**
   * Returns an exact fraction as a percentage with no rounding: {@code 0.3} as {@code 30}.
   *
   * @param fraction the fraction
   * @return the percentage, without trailing zeros
   */
  public static BigDecimal percent(BigDecimal fraction) {
    BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
    return percent.setScale(Math.max(percent.scale(), 0));
  }
}
