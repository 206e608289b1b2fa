package se.asf.core.enterprise;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * The lowest and highest monthly pay at an enterprise, for full-time work, in Swedish kronor as exact
 * decimals. Skoopi's profile requires the highest to be at most 2.5 times the lowest.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class PayRange {

  PayRange() {}

  /**
   * Creates a pay range.
   *
   * @param lowestMonthly the lowest full-time monthly pay, greater than zero
   * @param highestMonthly the highest full-time monthly pay, not below the lowest
   * @return the range
   */
  public static PayRange of(BigDecimal lowestMonthly, BigDecimal highestMonthly) {
    return ImmutablePayRange.of(lowestMonthly, highestMonthly);
  }

  /**
   * Returns the lowest full-time monthly pay.
   *
   * @return SEK, greater than zero
   */
  @Value.Parameter
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  public abstract BigDecimal getLowestMonthly();

  /**
   * Returns the highest full-time monthly pay.
   *
   * @return SEK, not below the lowest
   */
  @Value.Parameter
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  public abstract BigDecimal getHighestMonthly();

  @Value.Check
  void check() {
    if (getLowestMonthly().signum() <= 0) {
      throw new InvariantViolationException(Invariant.NOT_POSITIVE, "lowestMonthly", getLowestMonthly().toPlainString());
    }
    if (getLowestMonthly().compareTo(getHighestMonthly()) > 0) {
      throw new InvariantViolationException(Invariant.PAY_RANGE_INVERTED, "highestMonthly",
          getLowestMonthly().toPlainString(), getHighestMonthly().toPlainString());
    }
  }
}
