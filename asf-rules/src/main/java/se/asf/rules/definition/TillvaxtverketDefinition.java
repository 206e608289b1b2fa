package se.asf.rules.definition;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import se.asf.core.Share;
import se.asf.core.enterprise.BusinessActivity;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.ProfitDistributionByLaw;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.rules.Findings;
import se.asf.rules.Outcome;
import se.asf.rules.Rule;
import se.asf.rules.RuleSet;
import se.asf.rules.Sources;
import se.asf.rules.evidence.Judgements;
import se.asf.rules.evidence.Shares;

/**
 * Tillväxtverket's definition of a work-integration social enterprise (seed 003, chapter 2): an
 * enterprise that runs a business and meets four criteria — integration purpose, participation,
 * mainly reinvested profits, and independence from the public sector.
 *
 * <p>Rules and their ids:
 *
 * <ul>
 *   <li>{@value #BUSINESS}: it produces and sells goods or services; UNDETERMINED when no business
 *       activity is stated.
 *   <li>{@value #PURPOSE}: integration is the stated overarching purpose, in the statutes or another
 *       document; UNDETERMINED without evidence or on a self-declaration only.
 *   <li>{@value #PARTICIPATION}: participation through ownership, an agreement, or another way that
 *       is documented; UNDETERMINED without evidence, or when "another way" has no document.
 *   <li>{@value #REINVESTMENT}: profits mainly reinvested. MET when the legal form forbids or
 *       restricts distribution (stiftelse, AB svb), when the statutes forbid distribution, allow it
 *       only to idéburna organisations or require profits to be mainly reinvested, or when the
 *       reinvested share of the reported fiscal years' surplus, {@code reinvested / (reinvested +
 *       distributed)} summed over all years, reaches the threshold. The default threshold is 75 %:
 *       "i huvudsak" has no definition here, and in Swedish legal usage "huvudsakligen" and "i
 *       huvudsak" are generally read as about three quarters; the threshold is a parameter for
 *       procurements that choose otherwise. The comparison is exact (cross-multiplication).
 *   <li>{@value #INDEPENDENCE}: organisational independence; NOT_MET for a group-2 (public sector)
 *       organisation number, a public majority of the votes or a publicly appointed board majority;
 *       UNDETERMINED when ownership is unknown.
 * </ul>
 */
public final class TillvaxtverketDefinition {
  /** The rule set's id. */
  public static final String RULE_SET_ID = "TVV-ASF";
  /** The rule set's version. */
  public static final String VERSION = "1";
  /** Rule id: business activity. */
  public static final String BUSINESS = "TVV-BUSINESS";
  /** Rule id: integration purpose. */
  public static final String PURPOSE = "TVV-PURPOSE";
  /** Rule id: participation. */
  public static final String PARTICIPATION = "TVV-PARTICIPATION";
  /** Rule id: profits mainly reinvested. */
  public static final String REINVESTMENT = "TVV-REINVESTMENT";
  /** Rule id: independence from the public sector. */
  public static final String INDEPENDENCE = "TVV-INDEPENDENCE";
  /** The default share of surplus that must be reinvested: 75 %. */
  public static final Share DEFAULT_REINVESTMENT_THRESHOLD = Share.ofPercent(75);

  private TillvaxtverketDefinition() {}

  /**
   * Returns the rule set with the default reinvestment threshold.
   *
   * @return the five rules of the definition
   */
  public static RuleSet ruleSet() {
    return ruleSet(DEFAULT_REINVESTMENT_THRESHOLD);
  }

  /**
   * Returns the rule set with a chosen reinvestment threshold.
   *
   * @param reinvestmentThreshold the share of surplus that must be reinvested
   * @return the five rules of the definition
   */
  public static RuleSet ruleSet(Share reinvestmentThreshold) {
    return RuleSet.builder()
        .id(RULE_SET_ID)
        .version(VERSION)
        .addRule(business())
        .addRule(purpose())
        .addRule(participation())
        .addRule(reinvestment(reinvestmentThreshold))
        .addRule(independence())
        .build();
  }

  /**
   * Returns the business-activity rule.
   *
   * @return the rule {@value #BUSINESS}
   */
  public static Rule business() {
    return Rule.of(BUSINESS, (enterprise, date) -> {
      Map<String, String> figures = Findings.figures();
      if (enterprise.getBusinessActivities().isEmpty()) {
        return Findings.of(BUSINESS, Outcome.UNDETERMINED, "NO_EVIDENCE", Sources.TILLVAXTVERKET, figures);
      }
      figures.put("activities", enterprise.getBusinessActivities().stream()
          .map(BusinessActivity::getDescription).collect(Collectors.joining(", ")));
      return Findings.of(BUSINESS, Outcome.MET, "SELLS_GOODS_OR_SERVICES", Sources.TILLVAXTVERKET, figures);
    });
  }

  /**
   * Returns the integration-purpose rule.
   *
   * @return the rule {@value #PURPOSE}
   */
  public static Rule purpose() {
    return Rule.of(PURPOSE,
        (enterprise, date) -> Judgements.integrationPurpose(PURPOSE, Sources.TILLVAXTVERKET, enterprise));
  }

  /**
   * Returns the participation rule.
   *
   * @return the rule {@value #PARTICIPATION}
   */
  public static Rule participation() {
    return Rule.of(PARTICIPATION, (enterprise, date) -> {
      Map<String, String> figures = Findings.figures();
      Optional<ParticipationEvidence> evidence = enterprise.getParticipation();
      if (evidence.isEmpty()) {
        return Findings.of(PARTICIPATION, Outcome.UNDETERMINED, "NO_EVIDENCE", Sources.TILLVAXTVERKET, figures);
      }
      ParticipationEvidence participation = evidence.get();
      figures.put("mechanism", participation.getMechanism().name());
      figures.put("document", participation.getDocument().map(d -> d.getTitle()).orElse("-"));
      if (participation.getMechanism() == ParticipationMechanism.OTHER_DOCUMENTED
          && participation.getDocument().isEmpty()) {
        return Findings.of(PARTICIPATION, Outcome.UNDETERMINED, "NOT_DOCUMENTED", Sources.TILLVAXTVERKET, figures);
      }
      return Findings.of(PARTICIPATION, Outcome.MET, "PARTICIPATION", Sources.TILLVAXTVERKET, figures);
    });
  }

  /**
   * Returns the reinvestment rule with a threshold.
   *
   * @param threshold the share of surplus that must be reinvested, inclusive
   * @return the rule {@value #REINVESTMENT}
   */
  public static Rule reinvestment(Share threshold) {
    Objects.requireNonNull(threshold, "threshold");
    return Rule.of(REINVESTMENT, (enterprise, date) -> reinvestment(enterprise, threshold));
  }

  private static se.asf.rules.Finding reinvestment(Enterprise enterprise, Share threshold) {
    String source = Sources.TILLVAXTVERKET;
    Map<String, String> figures = Findings.figures();
    ProfitDistributionByLaw byLaw = enterprise.getLegalForm().getProfitDistribution();
    if (byLaw == ProfitDistributionByLaw.PROHIBITED || byLaw == ProfitDistributionByLaw.RESTRICTED) {
      figures.put("legalForm", enterprise.getLegalForm().getSwedishName());
      return Findings.of(REINVESTMENT, Outcome.MET, "LEGAL_FORM", source, figures);
    }
    Optional<ProfitPolicy> policy = enterprise.getProfitPolicy();
    Optional<DistributionRule> clause = policy.flatMap(ProfitPolicy::getStatutesClause).map(DistributionClause::getRule);
    // A sole trader has no statutes that could bind the owner's profit; only figures count.
    if (byLaw != ProfitDistributionByLaw.OWNER_TAKES_PROFIT && clause.isPresent()
        && (clause.get() == DistributionRule.NO_DISTRIBUTION
        || clause.get() == DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS
        || clause.get() == DistributionRule.MAINLY_REINVESTED)) {
      figures.put("clause", clause.get().name());
      return Findings.of(REINVESTMENT, Outcome.MET, "STATUTES", source, figures);
    }
    if (policy.isEmpty() || policy.get().getFiscalYears().isEmpty()) {
      figures.put("clause", clause.map(Enum::name).orElse("-"));
      return Findings.of(REINVESTMENT, Outcome.UNDETERMINED, "NO_EVIDENCE", source, figures);
    }
    BigDecimal reinvested = BigDecimal.ZERO;
    BigDecimal distributed = BigDecimal.ZERO;
    for (FiscalYear year : policy.get().getFiscalYears()) {
      reinvested = reinvested.add(year.getReinvested());
      distributed = distributed.add(year.getDistributed());
    }
    BigDecimal surplus = reinvested.add(distributed);
    figures.put("years", Integer.toString(policy.get().getFiscalYears().size()));
    figures.put("reinvested", reinvested.toPlainString());
    figures.put("distributed", distributed.toPlainString());
    if (surplus.signum() == 0) {
      return Findings.of(REINVESTMENT, Outcome.UNDETERMINED, "NO_SURPLUS", source, figures);
    }
    figures.put("share", Shares.percentOf(reinvested, surplus));
    figures.put("threshold", threshold.toString());
    if (threshold.isReachedBy(reinvested, surplus)) {
      return Findings.of(REINVESTMENT, Outcome.MET, "THRESHOLD_REACHED", source, figures);
    }
    return Findings.of(REINVESTMENT, Outcome.NOT_MET, "BELOW_THRESHOLD", source, figures);
  }

  /**
   * Returns the independence rule.
   *
   * @return the rule {@value #INDEPENDENCE}
   */
  public static Rule independence() {
    return Rule.of(INDEPENDENCE,
        (enterprise, date) -> Judgements.publicControl(INDEPENDENCE, Sources.TILLVAXTVERKET, enterprise));
  }
}
