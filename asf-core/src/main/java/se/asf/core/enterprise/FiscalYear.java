package se.asf.core.enterprise;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * What an enterprise did with its surplus in one fiscal year, in Swedish kronor as exact decimals:
 * how much it reinvested in its own or similar activities, how much it distributed to owners or
 * members, and how much it transferred to other idéburna organisations.
 *
 * <p>The amount transferred to idéburna organisations may be unknown: an empty {@code Optional},
 * never zero.
 *
 * <p>Amounts are compared by value ({@link BigDecimal#compareTo}), so {@code 100} and {@code 100.00}
 * weigh the same in every rule.
 */
@Value.Immutable
@AsfStyle
public abstract class FiscalYear {

  FiscalYear() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static FiscalYearBuilder builder() {
    return new FiscalYearBuilder();
  }

  /**
   * Returns the fiscal year, named by the calendar year it ends in.
   *
   * @return the year
   */
  @NotNull
  public abstract Year getYear();

  /**
   * Returns the amount reinvested in the own or similar activities.
   *
   * @return SEK, not negative
   */
  @NotNull
  @DecimalMin("0")
  public abstract BigDecimal getReinvested();

  /**
   * Returns the amount distributed to owners or members (dividends, other value transfers).
   *
   * @return SEK, not negative
   */
  @NotNull
  @DecimalMin("0")
  public abstract BigDecimal getDistributed();

  /**
   * Returns the amount transferred to other idéburna organisations, which LOU 19 kap. 6 a § allows,
   * when known.
   *
   * @return SEK, not negative; empty when not stated (unknown, never zero)
   */
  public abstract Optional<@DecimalMin("0") BigDecimal> getTransferredToIdeburna();

  @Value.Check
  void check() {
    requireNotNegative(getReinvested(), "reinvested");
    requireNotNegative(getDistributed(), "distributed");
    getTransferredToIdeburna().ifPresent(amount -> requireNotNegative(amount, "transferredToIdeburna"));
  }

  private static void requireNotNegative(BigDecimal amount, String attribute) {
    if (amount.signum() < 0) {
      throw new InvariantViolationException(Invariant.NEGATIVE_AMOUNT, attribute, amount.toPlainString());
    }
  }
}
