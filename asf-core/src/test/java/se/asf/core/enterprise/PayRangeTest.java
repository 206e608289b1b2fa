package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.core.InvariantAssertions.assertSameNumber;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class PayRangeTest {

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-1"})
  void rejectsALowestPayThatIsNotPositive(String lowest) {
    assertViolates(Invariant.NOT_POSITIVE, "lowestMonthly",
        () -> PayRange.of(new BigDecimal(lowest), new BigDecimal("30000")));
  }

  @Test
  void acceptsTheSmallestPositiveLowestPay() {
    assertSameNumber("0.01", PayRange.of(new BigDecimal("0.01"), new BigDecimal("30000")).getLowestMonthly());
  }

  @Test
  void rejectsALowestPayAboveTheHighest() {
    InvariantViolationException e = assertViolates(Invariant.PAY_RANGE_INVERTED, "highestMonthly",
        () -> PayRange.of(new BigDecimal("25000.01"), new BigDecimal("25000")));

    assertEquals(List.of("25000.01", "25000"), e.getArguments());
  }

  @Test
  void acceptsEqualLowestAndHighestPay() {
    PayRange range = PayRange.of(new BigDecimal("25000"), new BigDecimal("25000.00"));

    assertSameNumber("25000", range.getLowestMonthly());
    assertSameNumber("25000", range.getHighestMonthly());
  }
}
