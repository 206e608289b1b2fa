package se.asf.core.enterprise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.internal.Repeats;
import se.asf.core.style.AsfStyle;

/**
 * Evidence of how an enterprise uses its profit: Tillväxtverket's third ASF criterion, that it
 * mainly reinvests its profits in its own or similar activities (seed 003, chapter 2).
 *
 * <p>The evidence can be a statutes clause, reported figures per fiscal year, or both; what the legal
 * form itself says is on {@link LegalForm#getProfitDistribution()}.
 */
@Value.Immutable
@AsfStyle
public abstract class ProfitPolicy {

  ProfitPolicy() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static ProfitPolicyBuilder builder() {
    return new ProfitPolicyBuilder();
  }

  /**
   * Returns the statutes' clause on distribution, when known.
   *
   * @return the clause, or empty
   */
  public abstract Optional<@Valid DistributionClause> getStatutesClause();

  /**
   * Returns the reported fiscal years, each year at most once.
   *
   * @return the years, in the order given
   */
  @NotNull
  public abstract List<@Valid @NotNull FiscalYear> getFiscalYears();

  @Value.Check
  void check() {
    int repeat = Repeats.firstRepeat(getFiscalYears(), FiscalYear::getYear);
    if (repeat >= 0) {
      throw new InvariantViolationException(Invariant.DUPLICATE_ENTRY, "fiscalYears",
          getFiscalYears().get(repeat).getYear());
    }
  }
}
