package se.asf.core.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;
import se.asf.core.style.AsfStyle;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;

/**
 * The share requirement (andelskravet) of LOU 4 kap. 18 §: at least a threshold share of those
 * occupied belong to the target groups.
 *
 * <p>Defaults follow the statute: a threshold of 30 % ("minst 30 procent", so exactly 30 % meets it),
 * counted in heads, over every engagement form (the Swedish text says <em>sysselsätts</em>,
 * "occupied", not "employed"), with every disadvantaged target group counting.
 */
@Value.Immutable
@AsfStyle
public abstract class ShareRequirement {
  /** The statutory minimum threshold, 30 %. */
  public static final Share STATUTORY_MINIMUM = Share.ofPercent(30);

  ShareRequirement() {}

  /**
   * Returns a new builder, with every attribute at its default.
   *
   * @return a builder
   */
  public static ShareRequirementBuilder builder() {
    return new ShareRequirementBuilder();
  }

  /**
   * Returns the statutory requirement: 30 % by heads over every form and every target group.
   *
   * @return the default requirement
   */
  public static ShareRequirement statutory() {
    return builder().build();
  }

  /**
   * Returns the threshold: the share that must be reached, inclusive.
   *
   * @return the threshold; 30 % by default
   */
  @Value.Default
  @NotNull
  @Valid
  public Share getThreshold() {
    return STATUTORY_MINIMUM;
  }

  /**
   * Returns what the share is counted in.
   *
   * @return heads by default
   */
  @Value.Default
  @NotNull
  public CountingBasis getCountingBasis() {
    return CountingBasis.HEADS;
  }

  /**
   * Returns the engagement forms that count as occupied. Setting them on the builder, with
   * {@code countedForms(...)} or {@code addCountedForm(...)}, replaces the default; it does not add
   * to it.
   *
   * @return every form by default
   */
  @Value.Default
  @NotEmpty
  public Set<EngagementForm> getCountedForms() {
    return EnumSet.allOf(EngagementForm.class);
  }

  /**
   * Returns the target groups that count towards the share. Setting them on the builder replaces
   * the default; it does not add to it.
   *
   * @return every group except {@link TargetGroup#NONE} by default
   */
  @Value.Default
  @NotEmpty
  public Set<TargetGroup> getTargetGroups() {
    return EnumSet.complementOf(EnumSet.of(TargetGroup.NONE));
  }

  /**
   * Returns what the share rule does with a self-declared share when there are no workforce
   * figures.
   *
   * @return {@link SelfDeclarationPolicy#REQUIRE_WORKFORCE_FIGURES} by default
   */
  @Value.Default
  @NotNull
  public SelfDeclarationPolicy getSelfDeclarations() {
    return SelfDeclarationPolicy.REQUIRE_WORKFORCE_FIGURES;
  }

  @Value.Check
  void check() {
    if (getThreshold().getFraction().signum() == 0) {
      throw new InvariantViolationException(Invariant.NOT_POSITIVE, "threshold", getThreshold());
    }
    if (getCountedForms().isEmpty()) {
      throw new InvariantViolationException(Invariant.NO_COUNTED_FORMS, "countedForms");
    }
    if (getTargetGroups().isEmpty() || getTargetGroups().contains(TargetGroup.NONE)) {
      throw new InvariantViolationException(Invariant.TARGET_GROUPS_INVALID, "targetGroups", getTargetGroups());
    }
  }
}
