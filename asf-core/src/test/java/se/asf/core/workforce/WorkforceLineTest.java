package se.asf.core.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class WorkforceLineTest {

  private static InvariantViolationException rejected(int heads, String fte) {
    return assertThrows(InvariantViolationException.class,
        () -> WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, heads, new BigDecimal(fte)));
  }

  @Test
  void zeroHeadsAndFteEqualToHeadsAreAccepted() {
    assertEquals(0, WorkforceLine.of(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 0, BigDecimal.ZERO).getHeads());
    assertEquals(new BigDecimal("3"),
        WorkforceLine.of(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 3, new BigDecimal("3")).getFullTimeEquivalents());
  }

  @Test
  void negativeHeadsAreRejected() {
    InvariantViolationException e = rejected(-1, "0");
    assertEquals(Invariant.NEGATIVE_COUNT, e.getInvariant());
    assertEquals("heads", e.getAttribute());
  }

  @Test
  void negativeFteAreRejected() {
    InvariantViolationException e = rejected(2, "-0.001");
    assertEquals(Invariant.NEGATIVE_COUNT, e.getInvariant());
    assertEquals("fullTimeEquivalents", e.getAttribute());
  }

  @Test
  void fteAThousandthAboveHeadsIsRejected() {
    InvariantViolationException e = rejected(3, "3.001");
    assertEquals(Invariant.FTE_EXCEEDS_HEADS, e.getInvariant());
    assertEquals("The full-time equivalents 3.001 exceed the number of people, 3.", e.getMessage());
  }

  @Test
  void countUsesTheBasis() {
    WorkforceLine line = WorkforceLine.of(EngagementForm.PLACEMENT, TargetGroup.NEWLY_ARRIVED, 4, new BigDecimal("2.5"));
    assertEquals(new BigDecimal("4"), line.count(CountingBasis.HEADS));
    assertEquals(new BigDecimal("2.5"), line.count(CountingBasis.FULL_TIME_EQUIVALENTS));
  }

  @Test
  void theBuilderRejectsEveryNegativeCount() {
    qt().forAll(integers().between(Integer.MIN_VALUE, -1)).checkAssert(heads ->
        assertEquals(Invariant.NEGATIVE_COUNT, rejected(heads, "0").getInvariant()));
  }

  @Test
  void theBuilderRejectsEveryFteAboveHeads() {
    qt().forAll(integers().between(0, 100_000), integers().between(1, 1_000_000)).checkAssert((heads, excess) ->
        assertEquals(Invariant.FTE_EXCEEDS_HEADS,
            rejected(heads, BigDecimal.valueOf(heads).add(BigDecimal.valueOf(excess, 3)).toPlainString()).getInvariant()));
  }

  @Test
  void theBuilderAcceptsEveryValidCount() {
    qt().forAll(integers().between(0, 100_000), integers().between(0, 1000)).checkAssert((heads, permille) -> {
      BigDecimal fte = BigDecimal.valueOf(heads).multiply(BigDecimal.valueOf(permille, 3));
      assertEquals(fte, WorkforceLine.of(EngagementForm.EMPLOYMENT, TargetGroup.NONE, heads, fte).getFullTimeEquivalents());
    });
  }
}
