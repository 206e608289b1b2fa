package se.asf.rules.definition;

import java.math.BigDecimal;
import java.util.List;
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
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Rule;
import se.asf.rules.RuleSet;
import se.asf.rules.Sources;
import se.asf.rules.evidence.Judgements;
import se.asf.rules.evidence.Shares;
import se.asf.rules.reasons.BusinessReason;
import se.asf.rules.reasons.ControlReason;
import se.asf.rules.reasons.EntityReason;
import se.asf.rules.reasons.ParticipationReason;
import se.asf.rules.reasons.PurposeReason;
import se.asf.rules.reasons.ReinvestmentReason;

/**
 * Tillväxtverket's definition of a work-integration social enterprise (seed 003, chapter 2): an
 * enterprise that runs a business and meets four criteria — integration purpose, participation,
 * mainly reinvested profits, and independence from the public sector.
 *
 * <p>Rules and their ids:
 *
 * <ul>
 *   <li>{@value #ENTITY}: the definition concerns an enterprise, so evidence that describes only a
 *       unit of a larger legal entity ({@link Enterprise#getUnit()}) cannot make that entity an ASF:
 *       NOT_MET, as {@code HFD-2021-48-ENTITY} does for a reserved contract.
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
  public static final String VERSION = "2";
  /** Rule id: the evidence describes the whole legal entity. */
  public static final String ENTITY = "TVV-ENTITY";
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
   * @return the six rules of the definition
   */
  public static RuleSet ruleSet() {
    return ruleSet(DEFAULT_REINVESTMENT_THRESHOLD);
  }

  /**
   * Returns the rule set with a chosen reinvestment threshold.
   *
   * @param reinvestmentThreshold the share of surplus that must be reinvested
   * @return the six rules of the definition
   */
  public static RuleSet ruleSet(Share reinvestmentThreshold) {
    return RuleSet.builder()
        .id(RULE_SET_ID)
        .version(VERSION)
        .addRule(wholeEntity())
        .addRule(business())
        .addRule(purpose())
        .addRule(participation())
        .addRule(reinvestment(reinvestmentThreshold))
        .addRule(independence())
        .build();
  }

  /**
   * Returns the whole-entity rule.
   *
   * @return the rule {@value #ENTITY}
   */
  public static Rule wholeEntity() {
    return Rule.of(ENTITY, Sources.TILLVAXTVERKET, EntityReason.class,
        (enterprise, date) -> Judgements.wholeEntity(ENTITY, Sources.TILLVAXTVERKET, enterprise));
  }

  /**
   * Returns the business-activity rule.
   *
   * @return the rule {@value #BUSINESS}
   */
  public static Rule business() {
    return Rule.of(BUSINESS, Sources.TILLVAXTVERKET, BusinessReason.class, (enterprise, date) -> {
      if (enterprise.getBusinessActivities().isEmpty()) {
        return Finding.of(BUSINESS, BusinessReason.NO_EVIDENCE, Sources.TILLVAXTVERKET);
      }
      return Finding.of(BUSINESS, BusinessReason.SELLS_GOODS_OR_SERVICES, Sources.TILLVAXTVERKET,
          Figure.text("activities", enterprise.getBusinessActivities().stream()
              .map(BusinessActivity::getDescription).collect(Collectors.joining(", "))));
    });
  }

  /**
   * Returns the integration-purpose rule.
   *
   * @return the rule {@value #PURPOSE}
   */
  public static Rule purpose() {
    return Rule.of(PURPOSE, Sources.TILLVAXTVERKET, PurposeReason.class,
        (enterprise, date) -> Judgements.integrationPurpose(PURPOSE, Sources.TILLVAXTVERKET, enterprise));
  }

  /**
   * Returns the participation rule.
   *
   * @return the rule {@value #PARTICIPATION}
   */
  public static Rule participation() {
    return Rule.of(PARTICIPATION, Sources.TILLVAXTVERKET, ParticipationReason.class, (enterprise, date) -> {
      Optional<ParticipationEvidence> evidence = enterprise.getParticipation();
      if (evidence.isEmpty()) {
        return Finding.of(PARTICIPATION, ParticipationReason.NO_EVIDENCE, Sources.TILLVAXTVERKET);
      }
      ParticipationEvidence participation = evidence.get();
      Figure mechanism = Figure.code("mechanism", participation.getMechanism());
      if (participation.getMechanism() == ParticipationMechanism.OTHER_DOCUMENTED
          && participation.getDocument().isEmpty()) {
        return Finding.of(PARTICIPATION, ParticipationReason.NOT_DOCUMENTED, Sources.TILLVAXTVERKET, mechanism);
      }
      return Finding.of(PARTICIPATION, ParticipationReason.PARTICIPATION, Sources.TILLVAXTVERKET, mechanism,
          Figure.textOrNone("document", participation.getDocument().map(d -> d.getTitle())));
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
    // The same for every enterprise: made once, its percentage when first read.
    Figure thresholdFigure = Figure.deferred("threshold", Figure.Kind.SHARE, threshold::toPercent);
    return Rule.of(REINVESTMENT, Sources.TILLVAXTVERKET, ReinvestmentReason.class,
        (enterprise, date) -> reinvestment(enterprise, threshold, thresholdFigure));
  }

  private static Finding reinvestment(Enterprise enterprise, Share threshold, Figure thresholdFigure) {
    String source = Sources.TILLVAXTVERKET;
    ProfitDistributionByLaw byLaw = enterprise.getLegalForm().getProfitDistribution();
    if (byLaw == ProfitDistributionByLaw.PROHIBITED || byLaw == ProfitDistributionByLaw.RESTRICTED) {
      return Finding.of(REINVESTMENT, ReinvestmentReason.LEGAL_FORM, source,
          Figure.text("legalForm", enterprise.getLegalForm().getSwedishName()));
    }
    Optional<ProfitPolicy> policy = enterprise.getProfitPolicy();
    Optional<DistributionRule> clause = policy.flatMap(ProfitPolicy::getStatutesClause).map(DistributionClause::getRule);
    // A sole trader has no statutes that could bind the owner's profit; only figures count.
    if (byLaw != ProfitDistributionByLaw.OWNER_TAKES_PROFIT && clause.isPresent()
        && (clause.get() == DistributionRule.NO_DISTRIBUTION
        || clause.get() == DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS
        || clause.get() == DistributionRule.MAINLY_REINVESTED)) {
      return Finding.of(REINVESTMENT, ReinvestmentReason.STATUTES, source, Figure.code("clause", clause.get()));
    }
    if (policy.isEmpty() || policy.get().getFiscalYears().isEmpty()) {
      return Finding.of(REINVESTMENT, ReinvestmentReason.NO_EVIDENCE, source, Figure.codeOrNone("clause", clause));
    }
    BigDecimal reinvested = BigDecimal.ZERO;
    BigDecimal distributed = BigDecimal.ZERO;
    for (FiscalYear year : policy.get().getFiscalYears()) {
      reinvested = reinvested.add(year.getReinvested());
      distributed = distributed.add(year.getDistributed());
    }
    BigDecimal surplus = reinvested.add(distributed);
    int years = policy.get().getFiscalYears().size();
    if (surplus.signum() == 0) {
      return Finding.of(REINVESTMENT, ReinvestmentReason.NO_SURPLUS, source, Figure.count("years", years),
          Figure.decimal("reinvested", reinvested), Figure.decimal("distributed", distributed));
    }
    ReinvestmentReason reason = threshold.isReachedBy(reinvested, surplus)
        ? ReinvestmentReason.THRESHOLD_REACHED : ReinvestmentReason.BELOW_THRESHOLD;
    // Decided by one comparison (it cross-multiplies); the figures, and the percentage, when read.
    BigDecimal reinvestedSum = reinvested;
    BigDecimal distributedSum = distributed;
    return Finding.deferred(REINVESTMENT, reason, source, () -> List.of(Figure.count("years", years),
        Figure.decimal("reinvested", reinvestedSum), Figure.decimal("distributed", distributedSum),
        Figure.percent("share", Shares.percentOf(reinvestedSum, surplus)), thresholdFigure));
  }

  /**
   * Returns the independence rule.
   *
   * @return the rule {@value #INDEPENDENCE}
   */
  public static Rule independence() {
    return Rule.of(INDEPENDENCE, Sources.TILLVAXTVERKET, ControlReason.class,
        (enterprise, date) -> Judgements.publicControl(INDEPENDENCE, Sources.TILLVAXTVERKET, enterprise));
  }
}
