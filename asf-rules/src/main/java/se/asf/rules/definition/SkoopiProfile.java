package se.asf.rules.definition;

import java.math.BigDecimal;
import java.util.Map;
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
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.rules.Finding;
import se.asf.rules.Findings;
import se.asf.rules.Outcome;
import se.asf.rules.Rule;
import se.asf.rules.RuleSet;
import se.asf.rules.Sources;
import se.asf.rules.evidence.Shares;

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
    return Rule.of(NO_DISTRIBUTION, (enterprise, date) -> noDistribution(enterprise));
  }

  private static Finding noDistribution(Enterprise enterprise) {
    String source = Sources.SKOOPI;
    Map<String, String> figures = Findings.figures();
    Optional<ProfitPolicy> policy = enterprise.getProfitPolicy();
    BigDecimal distributed = policy.map(p -> p.getFiscalYears().stream()
        .map(FiscalYear::getDistributed).reduce(BigDecimal.ZERO, BigDecimal::add)).orElse(BigDecimal.ZERO);
    if (distributed.signum() > 0) {
      figures.put("distributed", distributed.toPlainString());
      return Findings.of(NO_DISTRIBUTION, Outcome.NOT_MET, "DISTRIBUTED", source, figures);
    }
    ProfitDistributionByLaw byLaw = enterprise.getLegalForm().getProfitDistribution();
    figures.put("legalForm", enterprise.getLegalForm().getSwedishName());
    if (byLaw == ProfitDistributionByLaw.PROHIBITED) {
      return Findings.of(NO_DISTRIBUTION, Outcome.MET, "LEGAL_FORM", source, figures);
    }
    Optional<DistributionRule> clause = policy.flatMap(ProfitPolicy::getStatutesClause).map(DistributionClause::getRule);
    figures.put("clause", clause.map(Enum::name).orElse("-"));
    if (byLaw == ProfitDistributionByLaw.OWNER_TAKES_PROFIT) {
      // A sole trader's profit is the owner's own; no clause can restrict it.
      return Findings.of(NO_DISTRIBUTION, Outcome.NOT_MET, "LEGAL_FORM_ALLOWS_DISTRIBUTION", source, figures);
    }
    if (clause.isPresent()) {
      if (clause.get() == DistributionRule.NO_DISTRIBUTION
          || clause.get() == DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS) {
        return Findings.of(NO_DISTRIBUTION, Outcome.MET, "STATUTES", source, figures);
      }
      return Findings.of(NO_DISTRIBUTION, Outcome.NOT_MET, "STATUTES_ALLOW_DISTRIBUTION", source, figures);
    }
    if (byLaw == ProfitDistributionByLaw.OWNER_TAKES_PROFIT || byLaw == ProfitDistributionByLaw.RESTRICTED) {
      return Findings.of(NO_DISTRIBUTION, Outcome.NOT_MET, "LEGAL_FORM_ALLOWS_DISTRIBUTION", source, figures);
    }
    return Findings.of(NO_DISTRIBUTION, Outcome.UNDETERMINED, "NO_EVIDENCE", source, figures);
  }

  /**
   * Returns the written-participation rule.
   *
   * @return the rule {@value #WRITTEN_PARTICIPATION}
   */
  public static Rule writtenParticipation() {
    return Rule.of(WRITTEN_PARTICIPATION, (enterprise, date) -> {
      Map<String, String> figures = Findings.figures();
      Optional<ParticipationEvidence> evidence = enterprise.getParticipation();
      if (evidence.isEmpty()) {
        return Findings.of(WRITTEN_PARTICIPATION, Outcome.UNDETERMINED, "NO_EVIDENCE", Sources.SKOOPI, figures);
      }
      figures.put("mechanism", evidence.get().getMechanism().name());
      if (evidence.get().getDocument().isEmpty()) {
        return Findings.of(WRITTEN_PARTICIPATION, Outcome.UNDETERMINED, "NO_DOCUMENT", Sources.SKOOPI, figures);
      }
      figures.put("document", evidence.get().getDocument().get().getTitle());
      return Findings.of(WRITTEN_PARTICIPATION, Outcome.MET, "IN_WRITING", Sources.SKOOPI, figures);
    });
  }

  /**
   * Returns the pay-ratio rule.
   *
   * @return the rule {@value #PAY_RATIO}
   */
  public static Rule payRatio() {
    return Rule.of(PAY_RATIO, (enterprise, date) -> {
      Map<String, String> figures = Findings.figures();
      Optional<PayRange> pay = enterprise.getPayRange();
      if (pay.isEmpty()) {
        return Findings.of(PAY_RATIO, Outcome.UNDETERMINED, "NO_EVIDENCE", Sources.SKOOPI, figures);
      }
      BigDecimal lowest = pay.get().getLowestMonthly();
      BigDecimal highest = pay.get().getHighestMonthly();
      figures.put("lowest", lowest.toPlainString());
      figures.put("highest", highest.toPlainString());
      figures.put("ratio", Shares.ratio(highest, lowest));
      figures.put("limit", MAX_PAY_RATIO.toPlainString());
      boolean within = highest.compareTo(MAX_PAY_RATIO.multiply(lowest)) <= 0;
      return Findings.of(PAY_RATIO, within ? Outcome.MET : Outcome.NOT_MET,
          within ? "WITHIN_LIMIT" : "ABOVE_LIMIT", Sources.SKOOPI, figures);
    });
  }

  /**
   * Returns the own-organisation-number rule.
   *
   * @return the rule {@value #OWN_ORGANISATION_NUMBER}
   */
  public static Rule ownOrganisationNumber() {
    return Rule.of(OWN_ORGANISATION_NUMBER, (enterprise, date) -> {
      Map<String, String> figures = Findings.figures();
      if (enterprise.getIdentity() instanceof Personnummer) {
        figures.put("identity", enterprise.getIdentity().toString());
        return Findings.of(OWN_ORGANISATION_NUMBER, Outcome.NOT_MET, "SOLE_TRADER", Sources.SKOOPI, figures);
      }
      figures.put("identity", enterprise.getIdentity().toString());
      return Findings.of(OWN_ORGANISATION_NUMBER, Outcome.MET, "OWN_NUMBER", Sources.SKOOPI, figures);
    });
  }

  /**
   * Returns the no-public-owner rule.
   *
   * @return the rule {@value #NO_PUBLIC_OWNER}
   */
  public static Rule noPublicOwner() {
    return Rule.of(NO_PUBLIC_OWNER, (enterprise, date) -> {
      Map<String, String> figures = Findings.figures();
      if (enterprise.getIdentity() instanceof Organisationsnummer
          && ((Organisationsnummer) enterprise.getIdentity()).getGroup().isPublicSector()) {
        figures.put("identity", enterprise.getIdentity().toString());
        return Findings.of(NO_PUBLIC_OWNER, Outcome.NOT_MET, "PUBLIC_SECTOR_IDENTITY", Sources.SKOOPI, figures);
      }
      if (enterprise.getOwnership().isEmpty()) {
        return Findings.of(NO_PUBLIC_OWNER, Outcome.UNDETERMINED, "NO_EVIDENCE", Sources.SKOOPI, figures);
      }
      Ownership ownership = enterprise.getOwnership().get();
      long publicOwners = ownership.getOwners().stream()
          .filter(o -> o.getKind() == OwnerKind.PUBLIC_BODY && o.getShare().getFraction().signum() > 0).count();
      figures.put("publicOwners", Long.toString(publicOwners));
      if (publicOwners > 0) {
        return Findings.of(NO_PUBLIC_OWNER, Outcome.NOT_MET, "PUBLIC_OWNER", Sources.SKOOPI, figures);
      }
      return Findings.of(NO_PUBLIC_OWNER, Outcome.MET, "NO_PUBLIC_OWNER", Sources.SKOOPI, figures);
    });
  }
}
