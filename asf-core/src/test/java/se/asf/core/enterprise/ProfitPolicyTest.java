package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class ProfitPolicyTest {
  private static FiscalYear year(int year, String reinvested) {
    return FiscalYear.builder().year(Year.of(year)).reinvested(new BigDecimal(reinvested)).distributed(BigDecimal.ZERO).build();
  }

  @Test
  void rejectsTheSameFiscalYearTwice() {
    InvariantViolationException e = assertViolates(Invariant.DUPLICATE_ENTRY, "fiscalYears",
        () -> ProfitPolicy.builder().addFiscalYear(year(2015, "1")).addFiscalYear(year(2016, "1"))
            .addFiscalYear(year(2015, "2")).build());

    assertEquals(List.of("2015"), e.getArguments());
  }

  @Test
  void keepsDistinctYearsInTheOrderGiven() {
    ProfitPolicy policy = ProfitPolicy.builder().addFiscalYear(year(2016, "1")).addFiscalYear(year(2015, "1")).build();

    assertEquals(List.of(Year.of(2016), Year.of(2015)), policy.getFiscalYears().stream().map(FiscalYear::getYear).toList());
  }

  @Test
  void anEmptyPolicyStatesNothing() {
    ProfitPolicy policy = ProfitPolicy.builder().build();

    assertEquals(Optional.empty(), policy.getStatutesClause());
    assertEquals(List.of(), policy.getFiscalYears());
  }

  @Test
  void keepsTheStatutesClause() {
    ProfitPolicy policy = ProfitPolicy.builder().statutesClause(DistributionClause.of(DistributionRule.MAINLY_REINVESTED)).build();

    assertEquals(DistributionRule.MAINLY_REINVESTED, policy.getStatutesClause().orElseThrow().getRule());
  }
}
