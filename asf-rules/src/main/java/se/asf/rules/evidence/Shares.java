package se.asf.rules.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Renders a part of a whole as a percentage for findings. Not API. */
public final class Shares {
  private Shares() {}

  /**
   * Renders {@code part / whole} as a percentage with two decimals, rounded half up. This rounding
   * is for display only: every decision compares exactly, by cross-multiplication.
   *
   * @param part the part
   * @param whole the whole, greater than zero
   * @return for example {@code 33.33 %}
   */
  public static String percentOf(BigDecimal part, BigDecimal whole) {
    return part.multiply(BigDecimal.valueOf(100)).divide(whole, 2, RoundingMode.HALF_UP).toPlainString() + " %";
  }

  /**
   * Renders {@code numerator / denominator} with two decimals, rounded half up, for display only.
   *
   * @param numerator the numerator
   * @param denominator the denominator, greater than zero
   * @return for example {@code 2.50}
   */
  public static String ratio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, 2, RoundingMode.HALF_UP).toPlainString();
  }
}
