package se.asf.core.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.Share;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;

class ShareRequirementTest {

  @Test
  void theStatutoryMinimumIsThirtyPercent() {
    assertEquals(Share.ofFraction("0.3"), ShareRequirement.STATUTORY_MINIMUM);
  }

  @Test
  void defaultsFollowTheStatute() {
    ShareRequirement requirement = ShareRequirement.builder().build();

    assertEquals(Share.ofPercent(30), requirement.getThreshold());
    assertEquals(CountingBasis.HEADS, requirement.getCountingBasis());
    assertEquals(EnumSet.allOf(EngagementForm.class), requirement.getCountedForms());
    assertEquals(EnumSet.of(TargetGroup.DISABILITY, TargetGroup.LONG_TERM_UNEMPLOYED, TargetGroup.NEWLY_ARRIVED,
        TargetGroup.INCOME_SUPPORT, TargetGroup.OTHER_DISADVANTAGED), requirement.getTargetGroups());
  }

  @Test
  void statutoryIsTheDefault() {
    assertEquals(ShareRequirement.builder().build(), ShareRequirement.statutory());
  }

  @Test
  void keepsAStatedPolicy() {
    ShareRequirement requirement = ShareRequirement.builder()
        .threshold(Share.ofPercent(40))
        .countingBasis(CountingBasis.FULL_TIME_EQUIVALENTS)
        .addCountedForm(EngagementForm.EMPLOYMENT)
        .addTargetGroup(TargetGroup.DISABILITY)
        .build();

    assertEquals(Share.ofPercent(40), requirement.getThreshold());
    assertEquals(CountingBasis.FULL_TIME_EQUIVALENTS, requirement.getCountingBasis());
    assertEquals(Set.of(EngagementForm.EMPLOYMENT), requirement.getCountedForms(), "adding replaces the default");
    assertEquals(Set.of(TargetGroup.DISABILITY), requirement.getTargetGroups(), "adding replaces the default");
  }

  @Test
  void rejectsNoneAmongTheTargetGroups() {
    assertViolates(Invariant.TARGET_GROUPS_INVALID, "targetGroups", () -> ShareRequirement.builder()
        .addTargetGroups(TargetGroup.DISABILITY, TargetGroup.NONE).build());
  }

  @Test
  void rejectsEmptyTargetGroups() {
    assertViolates(Invariant.TARGET_GROUPS_INVALID, "targetGroups",
        () -> ShareRequirement.builder().targetGroups(Set.of()).build());
  }

  @Test
  void rejectsEmptyCountedForms() {
    assertViolates(Invariant.NO_COUNTED_FORMS, "countedForms",
        () -> ShareRequirement.builder().countedForms(Set.of()).build());
  }

  @Test
  void rejectsAZeroThreshold() {
    assertViolates(Invariant.NOT_POSITIVE, "threshold",
        () -> ShareRequirement.builder().threshold(Share.ofPercent(0)).build());
  }

  @Test
  void acceptsTheSmallestAndTheLargestThreshold() {
    assertEquals(Share.ofFraction("0.0001"),
        ShareRequirement.builder().threshold(Share.ofFraction("0.0001")).build().getThreshold());
    assertEquals(Share.ofPercent(100),
        ShareRequirement.builder().threshold(Share.ofPercent(100)).build().getThreshold());
  }

  @Test
  void aMaximumWorkforceAgeIsOptionalAndNeverNegative() {
    assertEquals(java.util.Optional.empty(), ShareRequirement.statutory().getMaximumWorkforceAge());
    assertEquals(java.util.Optional.of(java.time.Period.ZERO),
        ShareRequirement.builder().maximumWorkforceAge(java.time.Period.ZERO).build().getMaximumWorkforceAge());
    assertViolates(Invariant.NEGATIVE_PERIOD, "maximumWorkforceAge",
        () -> ShareRequirement.builder().maximumWorkforceAge(java.time.Period.of(1, -1, 0)).build());
    assertViolates(Invariant.NEGATIVE_PERIOD, "maximumWorkforceAge",
        () -> ShareRequirement.builder().maximumWorkforceAge(java.time.Period.ofDays(-1)).build());
  }
}
