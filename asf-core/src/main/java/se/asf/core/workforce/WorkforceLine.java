package se.asf.core.workforce;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * The number of people occupied in one engagement form and one target group: heads and
 * full-time equivalents (an exact decimal). A count can never be negative, and the full-time
 * equivalents of a line can never exceed its heads.
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
    return ImmutableWorkforceLine.of(form, group, heads, fullTimeEquivalents);
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
   * Returns the full-time equivalents.
   *
   * @return an exact decimal in [0, heads]
   */
  @Value.Parameter
  @NotNull
  @DecimalMin("0")
  public abstract BigDecimal getFullTimeEquivalents();

  @Value.Check
  void check() {
    if (getHeads() < 0) {
      throw new InvariantViolationException(Invariant.NEGATIVE_COUNT, "heads", getHeads());
    }
    if (getFullTimeEquivalents().signum() < 0) {
      throw new InvariantViolationException(
          Invariant.NEGATIVE_COUNT, "fullTimeEquivalents", getFullTimeEquivalents().toPlainString());
    }
    if (getFullTimeEquivalents().compareTo(BigDecimal.valueOf(getHeads())) > 0) {
      throw new InvariantViolationException(Invariant.FTE_EXCEEDS_HEADS, "fullTimeEquivalents",
          getFullTimeEquivalents().toPlainString(), getHeads());
    }
  }

  /**
   * Returns this line's count on a basis.
   *
   * @param basis heads or full-time equivalents
   * @return the heads as a decimal, or the full-time equivalents
   */
  public BigDecimal count(CountingBasis basis) {
    return basis == CountingBasis.HEADS ? BigDecimal.valueOf(getHeads()) : getFullTimeEquivalents();
  }
}
