package se.asf.core.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class WorkforceTest {
  private static final DatePeriod DAY = DatePeriod.ofDate(LocalDate.of(2017, 12, 1));

  @Test
  void aFormAndGroupMayAppearOnlyOnce() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> Workforce.builder()
        .period(DAY)
        .addLine(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 1))
        .addLine(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 2))
        .build());
    assertEquals(Invariant.DUPLICATE_WORKFORCE_LINE, e.getInvariant());
  }

  @Test
  void aMissingPeriodIsRefusedByTheBuilder() {
    assertThrows(IllegalStateException.class, () -> Workforce.builder().build());
  }

  @Test
  void plusMergesTheSameFormAndGroupAndAppendsOthers() {
    Workforce workforce = Workforce.builder().period(DAY)
        .addLine(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 2, new BigDecimal("1.5")))
        .build();
    Workforce merged = workforce.plus(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 1, new BigDecimal("0.25")));
    assertEquals(1, merged.getLines().size());
    assertEquals(3, merged.getLines().get(0).getHeads());
    assertEquals(new BigDecimal("1.75"), merged.getLines().get(0).getFullTimeEquivalents());
    Workforce appended = merged.plus(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 4));
    assertEquals(2, appended.getLines().size());
    assertEquals(7, appended.getTotalHeads());
  }

  private static final Gen<WorkforceLine> LINES = integers().between(0, EngagementForm.values().length - 1)
      .zip(integers().between(0, TargetGroup.values().length - 1), integers().between(0, 50),
          (form, group, heads) -> WorkforceLine.of(EngagementForm.values()[form], TargetGroup.values()[group],
              heads, BigDecimal.valueOf(heads).divide(BigDecimal.valueOf(2))));

  @Test
  void countIsAdditiveOverAFilterAndItsNegation() {
    qt().forAll(lists().of(LINES).ofSizeBetween(0, 20), integers().between(0, EngagementForm.values().length - 1))
        .checkAssert((lines, pick) -> {
          Workforce workforce = Workforce.builder().period(DAY).build();
          for (WorkforceLine line : lines) {
            workforce = workforce.plus(line);
          }
          EngagementForm form = EngagementForm.values()[pick];
          for (CountingBasis basis : CountingBasis.values()) {
            BigDecimal all = workforce.count(basis, line -> true);
            BigDecimal some = workforce.count(basis, line -> line.getForm() == form);
            BigDecimal rest = workforce.count(basis, line -> line.getForm() != form);
            assertEquals(0, all.compareTo(some.add(rest)));
          }
          assertEquals(workforce.getTotalHeads(),
              workforce.count(CountingBasis.HEADS, line -> EnumSet.allOf(EngagementForm.class).contains(line.getForm())).longValueExact());
        });
  }
}
