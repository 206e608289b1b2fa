package se.asf.rules.definition;

import java.math.BigDecimal;
import java.util.Optional;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.OwnerKind;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.PayRange;
import se.asf.core.enterprise.ProfitDistributionByLaw;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Rule;
import se.asf.rules.RuleSet;
import se.asf.rules.Sources;
import se.asf.rules.evidence.Shares;
import se.asf.rules.reasons.NoDistributionReason;
import se.asf.rules.reasons.NoPublicOwnerReason;
import se.asf.rules.reasons.OwnOrganisationNumberReason;
import se.asf.rules.reasons.PayRatioReason;
import se.asf.rules.reasons.WrittenParticipationReason;

/**
 * Skoopi's profile: stricter criteria than Tillväxtverket's definition, as an optional second rule
 * set that does not replace it (DOMAIN §1).
 *
 * <ul>
 *   <li>{@value #NO_DISTRIBUTION}: no profit distribution at all. NOT_MET when any reported fiscal
 *       year distributed anything, or when the statutes or the legal form allow distribution (an AB
 *       svb's capped dividend, a sole trader's own profit); MET when the legal form (stiftelse) or the
 *       statutes forbid it, or allow value transfers only to other idéburna organisations.
 *   <li>{@value #WRITTEN_PARTICIPATION}: participation documented in writing: MET with a document
 *       reference, UNDETERMINED without one (the document can be asked for).
 *   <li>{@value #PAY_RATIO}: the highest full-time monthly pay at most 2.5 times the lowest,
 *       inclusive, compared exactly: {@code 2 × highest ≤ 5 × lowest}.
 *   <li>{@value #OWN_ORGANISATION_NUMBER}: the enterprise has its own organisation number; a sole
 *       trader's personnummer does not qualify.
 *   <li>{@value #NO_PUBLIC_OWNER}: no public owner at all, and not a group-2 organisation number.
 * </ul>
 */
public final class SkoopiProfile {
  /** The rule set's id. */
  public static final String RULE_SET_ID = "SKOOPI";
  /** The rule set's version. */
  public static final String VERSION = "1";
  /** Rule id: no profit distribution. */
  public static final String NO_DISTRIBUTION = "SKOOPI-NO-DISTRIBUTION";
  /** Rule id: participation in writing. */
  public static final String WRITTEN_PARTICIPATION = "SKOOPI-WRITTEN-PARTICIPATION";
  /** Rule id: pay ratio. */
  public static final String PAY_RATIO = "SKOOPI-PAY-RATIO";
  /** Rule id: own organisation number. */
  public static final String OWN_ORGANISATION_NUMBER = "SKOOPI-OWN-ORGNR";
  /** Rule id: no public owner. */
  public static final String NO_PUBLIC_OWNER = "SKOOPI-NO-PUBLIC-OWNER";
  /** The highest pay may be at most this many times the lowest. */
  public static final BigDecimal MAX_PAY_RATIO = new BigDecimal("2.5");

  private SkoopiProfile() {}

  /**
   * Returns the profile's rule set.
   *
   * @return the five rules of the profile
   */
  public static RuleSet ruleSet() {
    return RuleSet.builder()
        .id(RULE_SET_ID)
        .version(VERSION)
        .addRule(noDistribution())
        .addRule(writtenParticipation())
        .addRule(payRatio())
        .addRule(ownOrganisationNumber())
        .addRule(noPublicOwner())
        .build();
  }

  /**
   * Returns the no-distribution rule.
   *
   * @return the rule {@value #NO_DISTRIBUTION}
   */
  public static Rule noDistribution() {
    return Rule.of(NO_DISTRIBUTION, Sources.SKOOPI, NoDistributionReason.class,
        (enterprise, date) -> noDistribution(enterprise));
  }

  private static Finding noDistribution(Enterprise enterprise) {
    String source = Sources.SKOOPI;
    Optional<ProfitPolicy> policy = enterprise.getProfitPolicy();
    BigDecimal distributed = policy.map(p -> p.getFiscalYears().stream()
        .map(FiscalYear::getDistributed).reduce(BigDecimal.ZERO, BigDecimal::add)).orElse(BigDecimal.ZERO);
    if (distributed.signum() > 0) {
      return Finding.of(NO_DISTRIBUTION, NoDistributionReason.DISTRIBUTED, source,
          Figure.decimal("distributed", distributed));
    }
    ProfitDistributionByLaw byLaw = enterprise.getLegalForm().getProfitDistribution();
    Figure legalForm = Figure.text("legalForm", enterprise.getLegalForm().getSwedishName());
    if (byLaw == ProfitDistributionByLaw.PROHIBITED) {
      return Finding.of(NO_DISTRIBUTION, NoDistributionReason.LEGAL_FORM, source, legalForm);
    }
    Optional<DistributionRule> clause = policy.flatMap(ProfitPolicy::getStatutesClause).map(DistributionClause::getRule);
    if (byLaw == ProfitDistributionByLaw.OWNER_TAKES_PROFIT) {
      // A sole trader's profit is the owner's own; no clause can restrict it.
      return Finding.of(NO_DISTRIBUTION, NoDistributionReason.LEGAL_FORM_ALLOWS_DISTRIBUTION, source, legalForm);
    }
    if (clause.isPresent()) {
      boolean forbids = clause.get() == DistributionRule.NO_DISTRIBUTION
          || clause.get() == DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS;
      return Finding.of(NO_DISTRIBUTION, forbids ? NoDistributionReason.STATUTES
          : NoDistributionReason.STATUTES_ALLOW_DISTRIBUTION, source, Figure.code("clause", clause.get()));
    }
    if (byLaw == ProfitDistributionByLaw.RESTRICTED) {
      return Finding.of(NO_DISTRIBUTION, NoDistributionReason.LEGAL_FORM_ALLOWS_DISTRIBUTION, source, legalForm);
    }
    return Finding.of(NO_DISTRIBUTION, NoDistributionReason.NO_EVIDENCE, source, legalForm);
  }

  /**
   * Returns the written-participation rule.
   *
   * @return the rule {@value #WRITTEN_PARTICIPATION}
   */
  public static Rule writtenParticipation() {
    return Rule.of(WRITTEN_PARTICIPATION, Sources.SKOOPI, WrittenParticipationReason.class, (enterprise, date) -> {
      Optional<ParticipationEvidence> evidence = enterprise.getParticipation();
      if (evidence.isEmpty()) {
        return Finding.of(WRITTEN_PARTICIPATION, WrittenParticipationReason.NO_EVIDENCE, Sources.SKOOPI);
      }
      Figure mechanism = Figure.code("mechanism", evidence.get().getMechanism());
      if (evidence.get().getDocument().isEmpty()) {
        return Finding.of(WRITTEN_PARTICIPATION, WrittenParticipationReason.NO_DOCUMENT, Sources.SKOOPI, mechanism);
      }
      return Finding.of(WRITTEN_PARTICIPATION, WrittenParticipationReason.IN_WRITING, Sources.SKOOPI, mechanism,
          Figure.text("document", evidence.get().getDocument().get().getTitle()));
    });
  }

  /**
   * Returns the pay-ratio rule.
   *
   * @return the rule {@value #PAY_RATIO}
   */
  public static Rule payRatio() {
    return Rule.of(PAY_RATIO, Sources.SKOOPI, PayRatioReason.class, (enterprise, date) -> {
      Optional<PayRange> pay = enterprise.getPayRange();
      if (pay.isEmpty()) {
        return Finding.of(PAY_RATIO, PayRatioReason.NO_EVIDENCE, Sources.SKOOPI);
      }
      BigDecimal lowest = pay.get().getLowestMonthly();
      BigDecimal highest = pay.get().getHighestMonthly();
      boolean within = highest.compareTo(MAX_PAY_RATIO.multiply(lowest)) <= 0;
      return Finding.of(PAY_RATIO, within ? PayRatioReason.WITHIN_LIMIT : PayRatioReason.ABOVE_LIMIT, Sources.SKOOPI,
          Figure.decimal("lowest", lowest), Figure.decimal("highest", highest),
          Figure.decimal("ratio", Shares.ratio(highest, lowest)), Figure.decimal("limit", MAX_PAY_RATIO));
    });
  }

  /**
   * Returns the own-organisation-number rule.
   *
   * @return the rule {@value #OWN_ORGANISATION_NUMBER}
   */
  public static Rule ownOrganisationNumber() {
    return Rule.of(OWN_ORGANISATION_NUMBER, Sources.SKOOPI, OwnOrganisationNumberReason.class, (enterprise, date) -> {
      Figure identity = Figure.text("identity", enterprise.getIdentity().toString());
      OwnOrganisationNumberReason reason;
      if (enterprise.getIdentity() instanceof Personnummer) {
        reason = OwnOrganisationNumberReason.SOLE_TRADER;
      } else if (enterprise.getIdentity() instanceof ForeignIdentifier) {
        reason = OwnOrganisationNumberReason.FOREIGN_IDENTITY;
      } else {
        reason = OwnOrganisationNumberReason.OWN_NUMBER;
      }
      return Finding.of(OWN_ORGANISATION_NUMBER, reason, Sources.SKOOPI, identity);
    });
  }

  /**
   * Returns the no-public-owner rule.
   *
   * @return the rule {@value #NO_PUBLIC_OWNER}
   */
  public static Rule noPublicOwner() {
    return Rule.of(NO_PUBLIC_OWNER, Sources.SKOOPI, NoPublicOwnerReason.class, (enterprise, date) -> {
      if (enterprise.getIdentity() instanceof Organisationsnummer
          && ((Organisationsnummer) enterprise.getIdentity()).getGroup().isPublicSector()) {
        return Finding.of(NO_PUBLIC_OWNER, NoPublicOwnerReason.PUBLIC_SECTOR_IDENTITY, Sources.SKOOPI,
            Figure.text("identity", enterprise.getIdentity().toString()));
      }
      if (enterprise.getOwnership().isEmpty()) {
        return Finding.of(NO_PUBLIC_OWNER, NoPublicOwnerReason.NO_EVIDENCE, Sources.SKOOPI);
      }
      Ownership ownership = enterprise.getOwnership().get();
      long publicOwners = ownership.getOwners().stream()
          .filter(o -> o.getKind() == OwnerKind.PUBLIC_BODY && o.getShare().getFraction().signum() > 0).count();
      if (publicOwners > 0) {
        return Finding.of(NO_PUBLIC_OWNER, NoPublicOwnerReason.PUBLIC_OWNER, Sources.SKOOPI,
            Figure.count("publicOwners", publicOwners));
      }
      if (enterprise.getIdentity() instanceof ForeignIdentifier) {
        return Finding.of(NO_PUBLIC_OWNER, NoPublicOwnerReason.FOREIGN_IDENTITY, Sources.SKOOPI,
            Figure.text("identity", enterprise.getIdentity().toString()));
      }
      return Finding.of(NO_PUBLIC_OWNER, NoPublicOwnerReason.NO_PUBLIC_OWNER, Sources.SKOOPI);
    });
  }
}
