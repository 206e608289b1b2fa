package se.asf.core.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static se.asf.core.InvariantAssertions.assertSameNumber;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class WorkforceLineTest {
  private static final EngagementForm FORM = EngagementForm.WORK_TRAINING;
  private static final TargetGroup GROUP = TargetGroup.DISABILITY;

  private static final Gen<EngagementForm> FORMS = arbitrary().enumValues(EngagementForm.class);
  private static final Gen<TargetGroup> GROUPS = arbitrary().enumValues(TargetGroup.class);

  @Test
  void acceptsZeroHeadsAndZeroFte() {
    WorkforceLine line = WorkforceLine.of(FORM, GROUP, 0, BigDecimal.ZERO);

    assertEquals(0, line.getHeads());
    assertSameNumber("0", line.getFullTimeEquivalents().orElseThrow());
  }

  @Test
  void rejectsMinusOneHeads() {
    InvariantViolationException e =
        assertViolates(Invariant.NEGATIVE_COUNT, "heads", () -> WorkforceLine.of(FORM, GROUP, -1, BigDecimal.ZERO));

    assertEquals(List.of("-1"), e.getArguments());
  }

  @Test
  void rejectsNegativeHeadsThroughTheFullTimeFactoryToo() {
    assertViolates(Invariant.NEGATIVE_COUNT, "heads", () -> WorkforceLine.ofFullTime(FORM, GROUP, -1));
  }

  @Test
  void acceptsFteEqualToHeads() {
    WorkforceLine line = WorkforceLine.of(FORM, GROUP, 7, new BigDecimal("7.000"));

    assertSameNumber("7", line.getFullTimeEquivalents().orElseThrow());
  }

  @Test
  void rejectsFteOneThousandthAboveHeads() {
    InvariantViolationException e = assertViolates(Invariant.FTE_EXCEEDS_HEADS, "fullTimeEquivalents",
        () -> WorkforceLine.of(FORM, GROUP, 7, new BigDecimal("7.001")));

    assertEquals(List.of("7.001", "7"), e.getArguments());
  }

  @Test
  void rejectsAnyFteForZeroHeads() {
    assertViolates(Invariant.FTE_EXCEEDS_HEADS, "fullTimeEquivalents",
        () -> WorkforceLine.of(FORM, GROUP, 0, new BigDecimal("0.001")));
  }

  @Test
  void rejectsNegativeFte() {
    assertViolates(Invariant.NEGATIVE_COUNT, "fullTimeEquivalents",
        () -> WorkforceLine.of(FORM, GROUP, 3, new BigDecimal("-0.001")));
  }

  @Test
  void rejectsAMissingFormGroupOrFte() {
    assertThrows(NullPointerException.class, () -> WorkforceLine.of(null, GROUP, 1, BigDecimal.ONE));
    assertThrows(NullPointerException.class, () -> WorkforceLine.of(FORM, null, 1, BigDecimal.ONE));
    assertThrows(NullPointerException.class, () -> WorkforceLine.of(FORM, GROUP, 1, null));
  }

  @Test
  void fullTimeLineHasFteEqualToHeads() {
    WorkforceLine line = WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 13);

    assertEquals(EngagementForm.EMPLOYMENT, line.getForm());
    assertEquals(TargetGroup.NONE, line.getGroup());
    assertEquals(13, line.getHeads());
    assertSameNumber("13", line.getFullTimeEquivalents().orElseThrow());
  }

  @Test
  void countsHeadsOrFteOnTheBasisAsked() {
    WorkforceLine line = WorkforceLine.of(FORM, GROUP, 7, new BigDecimal("3.5"));

    assertSameNumber("7", line.count(CountingBasis.HEADS).orElseThrow());
    assertSameNumber("3.5", line.count(CountingBasis.FULL_TIME_EQUIVALENTS).orElseThrow());
  }

  @Test
  void aHeadsOnlyLineHasUnknownFteNeverZeroNorTheHeads() {
    WorkforceLine line = WorkforceLine.ofHeads(FORM, GROUP, 7);

    assertEquals(7, line.getHeads());
    assertEquals(java.util.Optional.empty(), line.getFullTimeEquivalents());
    assertSameNumber("7", line.count(CountingBasis.HEADS).orElseThrow());
    assertEquals(java.util.Optional.empty(), line.count(CountingBasis.FULL_TIME_EQUIVALENTS));
  }

  @Test
  void aHeadsOnlyLineStillRejectsNegativeHeads() {
    assertViolates(Invariant.NEGATIVE_COUNT, "heads", () -> WorkforceLine.ofHeads(FORM, GROUP, -1));
  }

  @Test
  void aHeadsOnlyLineDiffersFromTheSameHeadsFullTime() {
    assertNotEquals(WorkforceLine.ofFullTime(FORM, GROUP, 3), WorkforceLine.ofHeads(FORM, GROUP, 3));
  }

  @Test
  void equalLinesAreEqual() {
    assertEquals(WorkforceLine.of(FORM, GROUP, 7, new BigDecimal("3.5")),
        WorkforceLine.of(FORM, GROUP, 7, new BigDecimal("3.5")));
    assertEquals(WorkforceLine.of(FORM, GROUP, 7, new BigDecimal("3.5")).hashCode(),
        WorkforceLine.of(FORM, GROUP, 7, new BigDecimal("3.5")).hashCode());
  }

  // Properties: the factory rejects every invalid count with the right code and accepts every valid one.

  @Test
  void rejectsEveryNegativeHeadCount() {
    qt().forAll(FORMS, GROUPS, integers().between(Integer.MIN_VALUE, -1), integers().between(0, 1000))
        .checkAssert((form, group, heads, thousandths) -> assertViolates(Invariant.NEGATIVE_COUNT, "heads",
            () -> WorkforceLine.of(form, group, heads, BigDecimal.valueOf(thousandths, 3))));
  }

  @Test
  void rejectsEveryFteAboveTheHeads() {
    qt().forAll(FORMS, GROUPS, integers().between(0, Integer.MAX_VALUE), longs().between(1, 1_000_000_000L))
        .checkAssert((form, group, heads, excessThousandths) -> assertViolates(
            Invariant.FTE_EXCEEDS_HEADS, "fullTimeEquivalents",
            () -> WorkforceLine.of(form, group, heads,
                BigDecimal.valueOf(heads).add(BigDecimal.valueOf(excessThousandths, 3)))));
  }

  @Test
  void rejectsEveryNegativeFte() {
    qt().forAll(FORMS, GROUPS, integers().between(0, Integer.MAX_VALUE), longs().between(Long.MIN_VALUE, -1))
        .checkAssert((form, group, heads, thousandths) -> assertViolates(
            Invariant.NEGATIVE_COUNT, "fullTimeEquivalents",
            () -> WorkforceLine.of(form, group, heads, BigDecimal.valueOf(thousandths, 3))));
  }

  @Test
  void acceptsEveryValidCount() {
    // FTE = heads × k / 1000 for k in [0, 1000]: every value from 0 to heads, in thousandths.
    qt().forAll(FORMS, GROUPS, integers().between(0, Integer.MAX_VALUE), integers().between(0, 1000))
        .checkAssert((form, group, heads, k) -> {
          BigDecimal fte = BigDecimal.valueOf((long) heads * k, 3);
          WorkforceLine line = WorkforceLine.of(form, group, heads, fte);
          assertEquals(heads, line.getHeads());
          assertEquals(fte, line.getFullTimeEquivalents().orElseThrow());
        });
  }
}
