package se.asf.core.enterprise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * Who owns and controls an enterprise: the evidence for Tillväxtverket's fourth ASF criterion,
 * organisational independence from the public sector (seed 003, chapter 2).
 *
 * <p>An empty owner list says the enterprise has no owners (a stiftelse, say); ownership that is not
 * known at all is an absent {@code Optional} on the enterprise. The owners' shares add up to at most
 * the whole; shares not listed are unknown.
 */
@Value.Immutable
@AsfStyle
public abstract class Ownership {

  Ownership() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static OwnershipBuilder builder() {
    return new OwnershipBuilder();
  }

  /**
   * Returns the owners.
   *
   * @return the owners and their shares of the votes
   */
  @NotNull
  public abstract List<@Valid @NotNull Owner> getOwners();

  /**
   * Returns the board, when known.
   *
   * @return the board, or empty
   */
  public abstract Optional<@Valid Board> getBoard();

  @Value.Check
  void check() {
    BigDecimal total = getTotalShare();
    if (total.compareTo(BigDecimal.ONE) > 0) {
      throw new InvariantViolationException(Invariant.SHARES_EXCEED_WHOLE, "owners", total.toPlainString());
    }
  }

  /**
   * Returns the sum of the listed owners' shares.
   *
   * @return an exact fraction in [0, 1]
   */
  public BigDecimal getTotalShare() {
    BigDecimal total = BigDecimal.ZERO;
    for (Owner owner : getOwners()) {
      total = total.add(owner.getShare().getFraction());
    }
    return total;
  }

  /**
   * Returns the sum of the shares that public bodies hold.
   *
   * @return an exact fraction in [0, 1]
   */
  public BigDecimal getPublicShare() {
    return getOwners().stream()
        .filter(o -> o.getKind() == OwnerKind.PUBLIC_BODY)
        .map(o -> o.getShare().getFraction())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
