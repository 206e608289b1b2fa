package se.asf.core;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import se.asf.core.style.AsfStyle;

/**
 * An exact share of a whole, as a decimal fraction between 0 and 1: {@code 0.3} is 30 %.
 *
 * <p>Shares decide eligibility (the 30 % of LOU 4 kap. 18 §) and ownership control, so they are
 * never floating point. The fraction is stored with trailing zeros stripped, so {@code 0.30} and
 * {@code 0.3} are the same share.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class Share implements Comparable<Share> {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Share() {}

  /**
   * Creates a share from a decimal fraction.
   *
   * @param fraction a value in [0, 1]; {@code 0.3} is 30 %
   * @return the share
   * @throws InvariantViolationException if the fraction is outside [0, 1]
   */
  public static Share ofFraction(BigDecimal fraction) {
    return ImmutableShare.of(normalize(fraction));
  }

  /**
   * Creates a share from a decimal fraction written as text, for example {@code "0.3"}.
   *
   * @param fraction the fraction as a plain decimal
   * @return the share
   * @throws NumberFormatException if the text is not a decimal
   * @throws InvariantViolationException if the fraction is outside [0, 1]
   */
  public static Share ofFraction(String fraction) {
    return ofFraction(new BigDecimal(fraction));
  }

  /**
   * Creates a share from a percentage, exactly: {@code ofPercent(30)} is {@code 0.3}.
   *
   * @param percent a value in [0, 100]
   * @return the share
   * @throws InvariantViolationException if the percentage is outside [0, 100]
   */
  public static Share ofPercent(BigDecimal percent) {
    return ofFraction(percent.movePointLeft(2));
  }

  /**
   * Creates a share from a whole percentage.
   *
   * @param percent a value in [0, 100]
   * @return the share
   */
  public static Share ofPercent(long percent) {
    return ofPercent(BigDecimal.valueOf(percent));
  }

  private static BigDecimal normalize(BigDecimal fraction) {
    BigDecimal stripped = fraction.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0, RoundingMode.UNNECESSARY) : stripped;
  }

  /**
   * Returns the fraction.
   *
   * @return a value in [0, 1] with no trailing zeros
   */
  @Value.Parameter
  @NotNull
  @DecimalMin("0")
  @DecimalMax("1")
  public abstract BigDecimal getFraction();

  @Value.Check
  void check() {
    BigDecimal fraction = getFraction();
    if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
      throw new InvariantViolationException(Invariant.SHARE_OUT_OF_RANGE, "fraction", fraction.toPlainString());
    }
  }

  /**
   * Returns the share as an exact percentage.
   *
   * @return for example {@code 30} for {@code 0.3}
   */
  public BigDecimal toPercent() {
    return normalize(getFraction().multiply(HUNDRED));
  }

  /**
   * Tells whether {@code part} out of {@code whole} reaches this share, exactly, by
   * cross-multiplication: {@code part >= fraction × whole}. No division, so no rounding.
   *
   * <p>A whole of zero is reached by any part that is not negative; a caller for which an empty
   * whole means something else (nobody occupied, say) must check for it first.
   *
   * @param part the part, not negative
   * @param whole the whole, not negative
   * @return {@code true} when the part is at least this share of the whole
   */
  public boolean isReachedBy(BigDecimal part, BigDecimal whole) {
    return part.compareTo(getFraction().multiply(whole)) >= 0;
  }

  @Override
  public int compareTo(Share other) {
    return getFraction().compareTo(other.getFraction());
  }

  /**
   * Returns the percentage with a percent sign, exactly: {@code 30 %}, {@code 33.25 %}.
   *
   * @return the share as text
   */
  @Override
  public String toString() {
    return toPercent().toPlainString() + " %";
  }
}
