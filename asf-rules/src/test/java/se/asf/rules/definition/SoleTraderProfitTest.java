package se.asf.rules.definition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.fixtures.Bidders;
import se.asf.rules.reserved.Lou19Kap6a;

/** A sole trader's profit is the owner's own: a "statutes" clause cannot bind it. */
class SoleTraderProfitTest {
  private static final LocalDate DATE = LocalDate.of(2017, 12, 11);

  private static Enterprise soleTraderClaiming(DistributionRule rule) {
    return Bidders.soleTrader().toBuilder()
        .profitPolicy(ProfitPolicy.builder().statutesClause(DistributionClause.of(rule)).build())
        .build();
  }

  @Test
  void skoopiNoDistributionIsNotMetWhateverTheClause() {
    Finding finding = SkoopiProfile.noDistribution().evaluate(soleTraderClaiming(DistributionRule.NO_DISTRIBUTION), DATE);
    assertEquals(Outcome.NOT_MET, finding.getOutcome());
    assertEquals("LEGAL_FORM_ALLOWS_DISTRIBUTION", finding.getReasonCode());
  }

  @Test
  void ideburenTransfersAreNotMetWhateverTheClause() {
    Finding finding = Lou19Kap6a.transfers().evaluate(
        soleTraderClaiming(DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS), DATE);
    assertEquals(Outcome.NOT_MET, finding.getOutcome());
    assertEquals("LEGAL_FORM_ALLOWS_TRANSFERS", finding.getReasonCode());
  }

  @Test
  void withoutAnyClauseTheLegalFormStillAllowsDistribution() {
    Enterprise plain = Bidders.soleTrader().toBuilder().profitPolicy(Optional.empty()).build();
    Finding skoopi = SkoopiProfile.noDistribution().evaluate(plain, DATE);
    assertEquals(Outcome.NOT_MET, skoopi.getOutcome());
    assertEquals("LEGAL_FORM_ALLOWS_DISTRIBUTION", skoopi.getReasonCode());
    Finding ideburen = Lou19Kap6a.transfers().evaluate(plain, DATE);
    assertEquals(Outcome.NOT_MET, ideburen.getOutcome());
    assertEquals("LEGAL_FORM_ALLOWS_TRANSFERS", ideburen.getReasonCode());
  }

  @Test
  void reinvestmentIgnoresTheClauseAndNeedsFigures() {
    Finding finding = TillvaxtverketDefinition.reinvestment(TillvaxtverketDefinition.DEFAULT_REINVESTMENT_THRESHOLD)
        .evaluate(soleTraderClaiming(DistributionRule.NO_DISTRIBUTION), DATE);
    assertEquals(Outcome.UNDETERMINED, finding.getOutcome());
    assertEquals("NO_EVIDENCE", finding.getReasonCode());
  }
}
