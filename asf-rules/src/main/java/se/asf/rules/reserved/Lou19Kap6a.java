package se.asf.rules.reserved;

import java.math.BigDecimal;
import java.util.Optional;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.ProfitDistributionByLaw;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.PublicBenefitScope;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Rule;
import se.asf.rules.RuleSet;
import se.asf.rules.Sources;
import se.asf.rules.evidence.Judgements;
import se.asf.rules.reasons.ControlReason;
import se.asf.rules.reasons.PublicBenefitReason;
import se.asf.rules.reasons.TransferReason;

/**
 * The reservation of certain welfare services for idéburna organisations, LOU 19 kap. 6 a § (from
 * 2023). Its own rule set, never merged with LOU 4 kap. 18 § (DOMAIN §2).
 *
 * <ul>
 *   <li>{@value #PURPOSE}: the statutes give an exclusively public-benefit purpose; UNDETERMINED when
 *       the evidence does not come from the statutes or does not say.
 *   <li>{@value #TRANSFERS}: no value transfers except to other idéburna organisations: NOT_MET when a
 *       reported fiscal year distributed anything, or the statutes or legal form allow distribution;
 *       MET when a stiftelse, or when the statutes forbid transfers or allow them only to idéburna
 *       organisations.
 *   <li>{@value #CONTROL}: no controlling influence of the state, a municipality or a region.
 * </ul>
 */
public final class Lou19Kap6a {
  /** The rule set's id. */
  public static final String RULE_SET_ID = "LOU-19-6A";
  /** The rule set's version. */
  public static final String VERSION = "1";
  /** Rule id: exclusively public-benefit purpose. */
  public static final String PURPOSE = "LOU-19-6A-PURPOSE";
  /** Rule id: value transfers. */
  public static final String TRANSFERS = "LOU-19-6A-TRANSFERS";
  /** Rule id: no controlling public influence. */
  public static final String CONTROL = "LOU-19-6A-CONTROL";

  private Lou19Kap6a() {}

  /**
   * Returns the rule set.
   *
   * @return the three rules
   */
  public static RuleSet ruleSet() {
    return RuleSet.builder().id(RULE_SET_ID).version(VERSION)
        .addRule(purpose()).addRule(transfers()).addRule(control()).build();
  }

  /**
   * Returns the public-benefit purpose rule.
   *
   * @return the rule {@value #PURPOSE}
   */
  public static Rule purpose() {
    return Rule.of(PURPOSE, Sources.LOU_19_6A, PublicBenefitReason.class, (enterprise, date) -> {
      Optional<PurposeEvidence> evidence = enterprise.getPurpose();
      Optional<PublicBenefitScope> scope = evidence.flatMap(PurposeEvidence::getPublicBenefit);
      Figure source = Figure.codeOrNone("source", evidence.map(PurposeEvidence::getSource));
      if (scope.isEmpty()) {
        return Finding.of(PURPOSE, PublicBenefitReason.NO_EVIDENCE, Sources.LOU_19_6A, source);
      }
      if (scope.get() != PublicBenefitScope.EXCLUSIVELY) {
        return Finding.of(PURPOSE, PublicBenefitReason.NOT_EXCLUSIVELY, Sources.LOU_19_6A,
            Figure.code("publicBenefit", scope.get()));
      }
      if (evidence.get().getSource() != EvidenceSource.STATUTES) {
        return Finding.of(PURPOSE, PublicBenefitReason.NOT_IN_STATUTES, Sources.LOU_19_6A, source);
      }
      return Finding.of(PURPOSE, PublicBenefitReason.EXCLUSIVELY, Sources.LOU_19_6A);
    });
  }

  /**
   * Returns the value-transfer rule.
   *
   * @return the rule {@value #TRANSFERS}
   */
  public static Rule transfers() {
    return Rule.of(TRANSFERS, Sources.LOU_19_6A, TransferReason.class, (enterprise, date) -> transfers(enterprise));
  }

  private static Finding transfers(Enterprise enterprise) {
    Optional<ProfitPolicy> policy = enterprise.getProfitPolicy();
    BigDecimal distributed = policy.map(p -> p.getFiscalYears().stream()
        .map(FiscalYear::getDistributed).reduce(BigDecimal.ZERO, BigDecimal::add)).orElse(BigDecimal.ZERO);
    if (distributed.signum() > 0) {
      return Finding.of(TRANSFERS, TransferReason.DISTRIBUTED, Sources.LOU_19_6A,
          Figure.decimal("distributed", distributed));
    }
    ProfitDistributionByLaw byLaw = enterprise.getLegalForm().getProfitDistribution();
    Optional<DistributionRule> clause = policy.flatMap(ProfitPolicy::getStatutesClause).map(DistributionClause::getRule);
    if (byLaw == ProfitDistributionByLaw.PROHIBITED) {
      return Finding.of(TRANSFERS, TransferReason.LEGAL_FORM, Sources.LOU_19_6A);
    }
    if (byLaw == ProfitDistributionByLaw.OWNER_TAKES_PROFIT) {
      // A sole trader's profit is the owner's own; no clause can restrict it.
      return Finding.of(TRANSFERS, TransferReason.LEGAL_FORM_ALLOWS_TRANSFERS, Sources.LOU_19_6A);
    }
    if (clause.isPresent()) {
      boolean forbids = clause.get() == DistributionRule.NO_DISTRIBUTION
          || clause.get() == DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS;
      return Finding.of(TRANSFERS, forbids ? TransferReason.STATUTES : TransferReason.STATUTES_ALLOW_TRANSFERS,
          Sources.LOU_19_6A, Figure.code("clause", clause.get()));
    }
    if (byLaw == ProfitDistributionByLaw.RESTRICTED) {
      return Finding.of(TRANSFERS, TransferReason.LEGAL_FORM_ALLOWS_TRANSFERS, Sources.LOU_19_6A);
    }
    return Finding.of(TRANSFERS, TransferReason.NO_EVIDENCE, Sources.LOU_19_6A);
  }

  /**
   * Returns the controlling-influence rule.
   *
   * @return the rule {@value #CONTROL}
   */
  public static Rule control() {
    return Rule.of(CONTROL, Sources.LOU_19_6A, ControlReason.class,
        (enterprise, date) -> Judgements.publicControl(CONTROL, Sources.LOU_19_6A, enterprise));
  }
}
