package se.asf.rules.reserved;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.rules.Finding;
import se.asf.rules.Findings;
import se.asf.rules.Outcome;
import se.asf.rules.Rule;
import se.asf.rules.Sources;
import se.asf.rules.evidence.Judgements;
import se.asf.rules.evidence.Shares;

/**
 * The rules of a reserved contract under LOU 4 kap. 18 § (Directive 2014/24/EU art. 20), in both
 * modes: reserved participation and a sheltered employment programme.
 *
 * <ul>
 *   <li>{@value #SHARE}: the share requirement (andelskravet). At least the threshold (30 % by
 *       default, inclusive: exactly 30 % meets it) of those occupied belong to the target groups,
 *       counted in heads or full-time equivalents as the procurement says, over the engagement forms
 *       it counts (by default every form: the Swedish text says <em>sysselsätts</em>). The decision
 *       is exact: {@code target ≥ threshold × occupied}, no division. Nobody occupied is NOT_MET with
 *       its own reason; no workforce data is UNDETERMINED. The share shown is rounded down to two
 *       decimals, for display only, so a share below the threshold never appears to reach it.
 *   <li>{@value #PURPOSE} (reserved participation): the supplier's main aim is the social and
 *       professional integration of the target groups.
 *   <li>{@value #LEGAL_ENTITY}: the bidding legal entity as a whole qualifies; a unit inside a
 *       larger entity cannot qualify on its own (HFD 2021:48), so evidence that describes only a unit
 *       is NOT_MET.
 * </ul>
 */
public final class Lou4Kap18 {
  /** Rule id: the share requirement. */
  public static final String SHARE = "LOU-4-18-SHARE";
  /** Rule id: the main-aim (purpose) requirement of reserved participation. */
  public static final String PURPOSE = "LOU-4-18-PURPOSE";
  /** Rule id: the whole legal entity must qualify. */
  public static final String LEGAL_ENTITY = "HFD-2021-48-ENTITY";

  private Lou4Kap18() {}

  /**
   * Returns the share rule for a requirement.
   *
   * @param requirement the threshold, counting basis, counted forms and target groups
   * @return the rule {@value #SHARE}
   */
  public static Rule share(ShareRequirement requirement) {
    Objects.requireNonNull(requirement, "requirement");
    return Rule.of(SHARE, (enterprise, date) -> share(enterprise, requirement));
  }

  private static Finding share(Enterprise enterprise, ShareRequirement requirement) {
    Map<String, String> figures = Findings.figures();
    figures.put("basis", requirement.getCountingBasis().getEnglishUnit());
    figures.put("threshold", requirement.getThreshold().toString());
    if (enterprise.getWorkforce().isEmpty()) {
      return Findings.of(SHARE, Outcome.UNDETERMINED, "NO_EVIDENCE", Sources.LOU_4_18, figures);
    }
    Workforce workforce = enterprise.getWorkforce().get();
    BigDecimal occupied = workforce.count(requirement.getCountingBasis(),
        line -> requirement.getCountedForms().contains(line.getForm()));
    BigDecimal target = workforce.count(requirement.getCountingBasis(), line -> counts(requirement, line));
    figures.put("targetGroup", target.toPlainString());
    figures.put("occupied", occupied.toPlainString());
    figures.put("period", workforce.getPeriod().toString());
    if (occupied.signum() == 0) {
      return Findings.of(SHARE, Outcome.NOT_MET, "NO_ONE_OCCUPIED", Sources.LOU_4_18, figures);
    }
    figures.put("share", Shares.percentOf(target, occupied));
    if (requirement.getThreshold().isReachedBy(target, occupied)) {
      return Findings.of(SHARE, Outcome.MET, "THRESHOLD_REACHED", Sources.LOU_4_18, figures);
    }
    return Findings.of(SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD", Sources.LOU_4_18, figures);
  }

  private static boolean counts(ShareRequirement requirement, WorkforceLine line) {
    return requirement.getCountedForms().contains(line.getForm())
        && requirement.getTargetGroups().contains(line.getGroup());
  }

  /**
   * Returns the main-aim rule of reserved participation.
   *
   * @return the rule {@value #PURPOSE}
   */
  public static Rule purpose() {
    return Rule.of(PURPOSE, (enterprise, date) -> Judgements.integrationPurpose(PURPOSE, Sources.LOU_4_18, enterprise));
  }

  /**
   * Returns the whole-legal-entity rule.
   *
   * @return the rule {@value #LEGAL_ENTITY}
   */
  public static Rule legalEntity() {
    return Rule.of(LEGAL_ENTITY, (enterprise, date) -> {
      Map<String, String> figures = Findings.figures();
      figures.put("identity", enterprise.getIdentity().toString());
      if (enterprise.getUnit().isPresent()) {
        figures.put("unit", enterprise.getUnit().get());
        return Findings.of(LEGAL_ENTITY, Outcome.NOT_MET, "UNIT_ONLY", Sources.HFD_2021_48, figures);
      }
      return Findings.of(LEGAL_ENTITY, Outcome.MET, "WHOLE_ENTITY", Sources.HFD_2021_48, figures);
    });
  }
}
