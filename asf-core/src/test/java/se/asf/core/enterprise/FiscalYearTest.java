package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertSameNumber;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class FiscalYearTest {
  private static FiscalYearBuilder year2016() {
    return FiscalYear.builder().year(Year.of(2016)).reinvested(new BigDecimal("120000")).distributed(BigDecimal.ZERO);
  }

  @Test
  void transferredToIdeburnaIsUnknownNotZeroWhenNotGiven() {
    FiscalYear year = year2016().build();

    assertEquals(java.util.Optional.empty(), year.getTransferredToIdeburna());
  }

  @Test
  void transferredToIdeburnaOfZeroIsKnownToBeZero() {
    FiscalYear year = year2016().transferredToIdeburna(BigDecimal.ZERO).build();

    assertSameNumber("0", year.getTransferredToIdeburna().orElseThrow());
  }

  @Test
  void acceptsZeroAmounts() {
    FiscalYear year = FiscalYear.builder().year(Year.of(2016))
        .reinvested(BigDecimal.ZERO).distributed(BigDecimal.ZERO).transferredToIdeburna(BigDecimal.ZERO).build();

    assertSameNumber("0", year.getReinvested());
  }

  @Test
  void rejectsANegativeReinvestedAmount() {
    InvariantViolationException e = assertViolates(Invariant.NEGATIVE_AMOUNT, "reinvested",
        () -> year2016().reinvested(new BigDecimal("-0.01")).build());

    assertEquals(List.of("-0.01"), e.getArguments());
  }

  @Test
  void rejectsANegativeDistributedAmount() {
    assertViolates(Invariant.NEGATIVE_AMOUNT, "distributed", () -> year2016().distributed(new BigDecimal("-1")).build());
  }

  @Test
  void rejectsANegativeTransferToIdeburna() {
    assertViolates(Invariant.NEGATIVE_AMOUNT, "transferredToIdeburna",
        () -> year2016().transferredToIdeburna(new BigDecimal("-1")).build());
  }

  @Test
  void requiresTheYearAndTheReinvestedAndDistributedAmounts() {
    assertThrows(IllegalStateException.class,
        () -> FiscalYear.builder().reinvested(BigDecimal.ONE).distributed(BigDecimal.ONE).build());
    assertThrows(IllegalStateException.class,
        () -> FiscalYear.builder().year(Year.of(2016)).distributed(BigDecimal.ONE).build());
    assertThrows(IllegalStateException.class,
        () -> FiscalYear.builder().year(Year.of(2016)).reinvested(BigDecimal.ONE).build());
  }
}
