package se.asf.core.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static se.asf.core.InvariantAssertions.assertSameNumber;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class WorkforceTest {
  private static final DatePeriod TENDER_DATE = DatePeriod.ofDate(LocalDate.of(2017, 12, 11));

  private static final WorkforceLine EMPLOYED = WorkforceLine.of(
      EngagementForm.EMPLOYMENT, TargetGroup.NONE, 13, new BigDecimal("12.5"));
  private static final WorkforceLine TRAINEES = WorkforceLine.of(
      EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 7, new BigDecimal("3.5"));
  private static final WorkforceLine PLACED = WorkforceLine.of(
      EngagementForm.PLACEMENT, TargetGroup.LONG_TERM_UNEMPLOYED, 2, new BigDecimal("0.75"));

  private static Workforce workforce(WorkforceLine... lines) {
    return Workforce.builder().period(TENDER_DATE).addLines(lines).build();
  }

  @Test
  void rejectsTheSameFormAndGroupTwice() {
    WorkforceLine again = WorkforceLine.ofFullTime(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 1);

    InvariantViolationException e =
        assertViolates(Invariant.DUPLICATE_WORKFORCE_LINE, "lines", () -> workforce(TRAINEES, EMPLOYED, again));

    assertEquals(List.of("WORK_TRAINING", "DISABILITY"), e.getArguments());
  }

  @Test
  void acceptsTheSameFormWithAnotherGroupAndTheSameGroupWithAnotherForm() {
    Workforce workforce = workforce(
        TRAINEES,
        WorkforceLine.ofFullTime(EngagementForm.WORK_TRAINING, TargetGroup.NONE, 1),
        WorkforceLine.ofFullTime(EngagementForm.PLACEMENT, TargetGroup.DISABILITY, 1));

    assertEquals(3, workforce.getLines().size());
  }

  @Test
  void acceptsNoLinesAsAStatementThatNobodyIsOccupied() {
    Workforce workforce = workforce();

    assertEquals(List.of(), workforce.getLines());
    assertEquals(0, workforce.getTotalHeads());
    assertSameNumber("0", workforce.count(CountingBasis.HEADS, line -> true).orElseThrow());
  }

  @Test
  void requiresAPeriod() {
    assertThrows(IllegalStateException.class, () -> Workforce.builder().addLine(TRAINEES).build());
  }

  @Test
  void countsExactlyOverTheLinesThatMatch() {
    Workforce workforce = workforce(EMPLOYED, TRAINEES, PLACED);
    Predicate<WorkforceLine> disadvantaged = line -> line.getGroup().isDisadvantaged();

    assertSameNumber("9", workforce.count(CountingBasis.HEADS, disadvantaged).orElseThrow());
    assertSameNumber("4.25", workforce.count(CountingBasis.FULL_TIME_EQUIVALENTS, disadvantaged).orElseThrow());
    assertSameNumber("22", workforce.count(CountingBasis.HEADS, line -> true).orElseThrow());
    assertSameNumber("16.75", workforce.count(CountingBasis.FULL_TIME_EQUIVALENTS, line -> true).orElseThrow());
    assertSameNumber("0", workforce.count(CountingBasis.FULL_TIME_EQUIVALENTS, line -> false).orElseThrow());
  }

  @Test
  void anUnknownFteMakesTheFteCountUnknownButNotTheHeadCount() {
    WorkforceLine headsOnly = WorkforceLine.ofHeads(EngagementForm.PLACEMENT, TargetGroup.LONG_TERM_UNEMPLOYED, 2);
    Workforce workforce = workforce(EMPLOYED, TRAINEES, headsOnly);
    Predicate<WorkforceLine> disadvantaged = line -> line.getGroup().isDisadvantaged();

    assertEquals(java.util.Optional.empty(), workforce.count(CountingBasis.FULL_TIME_EQUIVALENTS, disadvantaged));
    assertEquals(java.util.Optional.empty(), workforce.count(CountingBasis.FULL_TIME_EQUIVALENTS, line -> true));
    assertSameNumber("12.5", workforce.count(CountingBasis.FULL_TIME_EQUIVALENTS,
        line -> line.getGroup() == TargetGroup.NONE).orElseThrow());
    assertSameNumber("9", workforce.count(CountingBasis.HEADS, disadvantaged).orElseThrow());
    assertEquals(1, workforce.countUnknown(CountingBasis.FULL_TIME_EQUIVALENTS, disadvantaged));
    assertEquals(0, workforce.countUnknown(CountingBasis.FULL_TIME_EQUIVALENTS, line -> line.getHeads() > 2));
    assertEquals(0, workforce.countUnknown(CountingBasis.HEADS, line -> true));
  }

  @Test
  void plusOfAKnownAndAnUnknownFteIsUnknown() {
    Workforce after = workforce(TRAINEES)
        .plus(WorkforceLine.ofHeads(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3));

    assertEquals(List.of(WorkforceLine.ofHeads(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 10)),
        after.getLines());
  }

  @Test
  void totalHeadsAddsEveryLine() {
    assertEquals(22, workforce(EMPLOYED, TRAINEES, PLACED).getTotalHeads());
  }

  @Test
  void totalHeadsDoesNotOverflowAnInt() {
    Workforce workforce = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, Integer.MAX_VALUE),
        WorkforceLine.ofFullTime(EngagementForm.PLACEMENT, TargetGroup.NONE, Integer.MAX_VALUE));

    assertEquals(2L * Integer.MAX_VALUE, workforce.getTotalHeads());
  }

  @Test
  void plusMergesALineOfTheSameFormAndGroupInPlace() {
    Workforce before = workforce(EMPLOYED, TRAINEES, PLACED);

    Workforce after = before.plus(
        WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 2, new BigDecimal("1.25")));

    assertEquals(List.of(
            EMPLOYED,
            WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 9, new BigDecimal("4.75")),
            PLACED),
        after.getLines());
    assertEquals(TENDER_DATE, after.getPeriod());
    assertEquals(List.of(EMPLOYED, TRAINEES, PLACED), before.getLines(), "the original is unchanged");
  }

  @Test
  void plusAppendsALineOfAnotherFormOrGroup() {
    WorkforceLine sameFormOtherGroup =
        WorkforceLine.ofFullTime(EngagementForm.WORK_TRAINING, TargetGroup.NEWLY_ARRIVED, 1);

    Workforce after = workforce(EMPLOYED, TRAINEES).plus(sameFormOtherGroup);

    assertEquals(List.of(EMPLOYED, TRAINEES, sameFormOtherGroup), after.getLines());
    assertEquals(TENDER_DATE, after.getPeriod());

    // The same group in another form is a line of its own too: work training is not placement.
    WorkforceLine otherFormSameGroup = WorkforceLine.ofFullTime(EngagementForm.PLACEMENT, TargetGroup.DISABILITY, 1);
    Workforce withPlacement = workforce(EMPLOYED, TRAINEES).plus(otherFormSameGroup);
    assertEquals(List.of(EMPLOYED, TRAINEES, otherFormSameGroup), withPlacement.getLines());
  }

  @Test
  void plusRefusesToOverflowTheHeads() {
    Workforce full = workforce(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, Integer.MAX_VALUE));

    assertThrows(ArithmeticException.class,
        () -> full.plus(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 1)));
  }

  @Test
  void builderFromCopiesEqually() {
    Workforce workforce = workforce(EMPLOYED, TRAINEES);

    assertEquals(workforce, Workforce.builder().from(workforce).build());
    assertEquals(workforce.hashCode(), Workforce.builder().from(workforce).build().hashCode());
  }

  // Property: counting is additive, on both bases.

  private static final Gen<WorkforceLine> LINES = arbitrary().enumValues(EngagementForm.class).zip(
      arbitrary().enumValues(TargetGroup.class), integers().between(0, 10_000), integers().between(0, 1000),
      (form, group, heads, k) -> WorkforceLine.of(form, group, heads, BigDecimal.valueOf((long) heads * k, 3)));

  /** Lines with at most one per (form, group): later repeats are dropped. */
  private static final Gen<Workforce> WORKFORCES = lists().of(LINES).ofSizeBetween(0, 40).map(lines -> {
    Set<String> keys = new HashSet<>();
    List<WorkforceLine> unique = new ArrayList<>();
    for (WorkforceLine line : lines) {
      if (keys.add(line.getForm() + "/" + line.getGroup())) {
        unique.add(line);
      }
    }
    return Workforce.builder().period(TENDER_DATE).lines(unique).build();
  });

  @Test
  void countOverAllIsCountOverAFilterPlusCountOverItsNegation() {
    qt().forAll(WORKFORCES, integers().between(0, (1 << EngagementForm.values().length) - 1),
            integers().between(0, (1 << TargetGroup.values().length) - 1),
            arbitrary().enumValues(CountingBasis.class))
        .checkAssert((workforce, formMask, groupMask, basis) -> {
          Predicate<WorkforceLine> filter = line -> (formMask >> line.getForm().ordinal() & 1) == 1
              && (groupMask >> line.getGroup().ordinal() & 1) == 1;

          BigDecimal all = workforce.count(basis, line -> true).orElseThrow();
          BigDecimal split = workforce.count(basis, filter).orElseThrow()
              .add(workforce.count(basis, filter.negate()).orElseThrow());

          assertEquals(0, all.compareTo(split), () -> all + " != " + split);
          BigDecimal expected = workforce.getLines().stream()
              .map(line -> line.count(basis).orElseThrow()).reduce(BigDecimal.ZERO, BigDecimal::add);
          assertEquals(0, expected.compareTo(all), () -> expected + " != " + all);
          if (basis == CountingBasis.HEADS) {
            assertEquals(0, BigDecimal.valueOf(workforce.getTotalHeads()).compareTo(all));
          }
          assertTrue(workforce.count(CountingBasis.FULL_TIME_EQUIVALENTS, filter).orElseThrow()
              .compareTo(workforce.count(CountingBasis.HEADS, filter).orElseThrow()) <= 0, "FTE never exceed heads");
        });
  }
}
