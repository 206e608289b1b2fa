package se.asf.core.workforce;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * The number of people occupied in one engagement form and one target group: heads and, when
 * known, full-time equivalents (an exact decimal). A count can never be negative, and the full-time
 * equivalents of a line can never exceed its heads.
 *
 * <p>The full-time equivalents may be unknown ({@link #ofHeads}), for example when the bidder
 * counted heads only: unknown is an empty {@code Optional}, never zero and never the heads. Counting
 * such a line in full-time equivalents gives empty ({@link #count(CountingBasis)}), so a share rule
 * that counts FTE can say it cannot decide.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class WorkforceLine {

  WorkforceLine() {}

  /**
   * Creates a line.
   *
   * @param form how the people are occupied
   * @param group the target group they belong to
   * @param heads the number of people, not negative
   * @param fullTimeEquivalents their full-time equivalents, in [0, heads]
   * @return the line
   * @throws InvariantViolationException if a count is negative or the FTE exceed the heads
   */
  public static WorkforceLine of(
      EngagementForm form, TargetGroup group, int heads, BigDecimal fullTimeEquivalents) {
    return ImmutableWorkforceLine.of(form, group, heads,
        Optional.of(Objects.requireNonNull(fullTimeEquivalents, "fullTimeEquivalents")));
  }

  /**
   * Creates a line whose full-time equivalents are not known: only the heads were counted.
   *
   * @param form how the people are occupied
   * @param group the target group they belong to
   * @param heads the number of people, not negative
   * @return the line, with unknown full-time equivalents
   * @throws InvariantViolationException if {@code heads} is negative
   */
  public static WorkforceLine ofHeads(EngagementForm form, TargetGroup group, int heads) {
    return ImmutableWorkforceLine.of(form, group, heads, Optional.empty());
  }

  /**
   * Creates a line where everyone works full time, so the FTE equal the heads.
   *
   * @param form how the people are occupied
   * @param group the target group they belong to
   * @param heads the number of people, not negative
   * @return the line
   */
  public static WorkforceLine ofFullTime(EngagementForm form, TargetGroup group, int heads) {
    return of(form, group, heads, BigDecimal.valueOf(heads));
  }

  /**
   * Returns the engagement form.
   *
   * @return how the people are occupied
   */
  @Value.Parameter
  @NotNull
  public abstract EngagementForm getForm();

  /**
   * Returns the target group.
   *
   * @return the group the people belong to
   */
  @Value.Parameter
  @NotNull
  public abstract TargetGroup getGroup();

  /**
   * Returns the number of people.
   *
   * @return heads, not negative
   */
  @Value.Parameter
  @PositiveOrZero
  public abstract int getHeads();

  /**
   * Returns the full-time equivalents, when known.
   *
   * @return an exact decimal in [0, heads], or empty when not known
   */
  @Value.Parameter
  public abstract Optional<@DecimalMin("0") BigDecimal> getFullTimeEquivalents();

  @Value.Check
  void check() {
    if (getHeads() < 0) {
      throw new InvariantViolationException(Invariant.NEGATIVE_COUNT, "heads", getHeads());
    }
    if (getFullTimeEquivalents().isEmpty()) {
      return;
    }
    BigDecimal fte = getFullTimeEquivalents().get();
    if (fte.signum() < 0) {
      throw new InvariantViolationException(Invariant.NEGATIVE_COUNT, "fullTimeEquivalents", fte.toPlainString());
    }
    if (fte.compareTo(BigDecimal.valueOf(getHeads())) > 0) {
      throw new InvariantViolationException(Invariant.FTE_EXCEEDS_HEADS, "fullTimeEquivalents",
          fte.toPlainString(), getHeads());
    }
  }

  /**
   * Returns this line's count on a basis.
   *
   * @param basis heads or full-time equivalents
   * @return the heads as a decimal, or the full-time equivalents; empty when they are not known
   */
  public Optional<BigDecimal> count(CountingBasis basis) {
    return basis == CountingBasis.HEADS ? Optional.of(BigDecimal.valueOf(getHeads())) : getFullTimeEquivalents();
  }
}
