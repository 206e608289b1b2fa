package se.asf.rules.reserved;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import se.asf.core.Share;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.QualificationRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.RuleSetBuilder;
import se.asf.rules.definition.TillvaxtverketDefinition;
import se.asf.rules.radius.RadiusRule;

/**
 * Builds the rule set of a reserved procurement from its own requirements: one engine applies the
 * procurement's data (libphonenumber-style), so the 2017 HBS pilot is an instance, not a subclass.
 *
 * <p>The rules, in order:
 *
 * <ol>
 *   <li>{@value Lou4Kap18#LEGAL_ENTITY}: the whole legal entity qualifies (HFD 2021:48), for every
 *       legal basis;
 *   <li>{@value Lou4Kap18#SHARE}, when the procurement has a share requirement (both LOU 4 kap. 18 §
 *       modes);
 *   <li>{@value Lou4Kap18#PURPOSE}, for reserved participation under LOU 4 kap. 18 §;
 *   <li>the rules of LOU 19 kap. 6 a § for that basis ({@link Lou19Kap6a}), never merged with 4:18;
 *   <li>each additional qualification requirement, judged with the matching rule of Tillväxtverket's
 *       definition ({@link TillvaxtverketDefinition}): integration purpose, mainly reinvested profits,
 *       participation, independence, business activity;
 *   <li>{@value RadiusRule#ID}, when the procurement has a geographic requirement.
 * </ol>
 *
 * <p>The rule set's id names the legal basis ({@code LOU-4-18}, {@code LOU-19-6A} or
 * {@code PROCUREMENT}) and it records the procurement's reference. Assess as of the tender deadline:
 * the requirements are checked at qualification.
 */
public final class ProcurementRules {
  /** The version of the procurement rule sets. */
  public static final String VERSION = "1";

  private ProcurementRules() {}

  /**
   * Returns the rule set of a procurement, with the default reinvestment threshold.
   *
   * @param procurement the procurement
   * @return its rule set
   */
  public static RuleSet forProcurement(ReservedProcurement procurement) {
    return forProcurement(procurement, TillvaxtverketDefinition.DEFAULT_REINVESTMENT_THRESHOLD);
  }

  /**
   * Returns the rule set of a procurement.
   *
   * @param procurement the procurement
   * @param reinvestmentThreshold the share of surplus that "mainly reinvested" requires
   * @return its rule set
   */
  public static RuleSet forProcurement(ReservedProcurement procurement, Share reinvestmentThreshold) {
    LegalBasis basis = procurement.getLegalBasis();
    RuleSetBuilder rules = RuleSet.builder()
        .id(ruleSetId(basis))
        .version(VERSION)
        .procurementReference(procurement.getReference())
        .addRule(Lou4Kap18.legalEntity());
    // The share rule takes the requirement's maximum age of the workforce figures, when it sets one.
    procurement.getShareRequirement().ifPresent(requirement -> rules.addRule(Lou4Kap18.share(requirement)));
    if (basis == LegalBasis.LOU_4_18_RESERVED_PARTICIPATION) {
      rules.addRule(Lou4Kap18.purpose());
    }
    if (basis == LegalBasis.LOU_19_6A_IDEBUREN) {
      rules.addRule(Lou19Kap6a.purpose()).addRule(Lou19Kap6a.transfers()).addRule(Lou19Kap6a.control());
    }
    Set<QualificationRequirement> additional = EnumSet.noneOf(QualificationRequirement.class);
    additional.addAll(procurement.getAdditionalRequirements());
    for (QualificationRequirement requirement : additional) {
      switch (requirement) {
        case INTEGRATION_PURPOSE -> rules.addRule(TillvaxtverketDefinition.purpose());
        case PROFITS_MAINLY_REINVESTED -> rules.addRule(TillvaxtverketDefinition.reinvestment(reinvestmentThreshold));
        case PARTICIPATION -> rules.addRule(TillvaxtverketDefinition.participation());
        case INDEPENDENCE -> rules.addRule(TillvaxtverketDefinition.independence());
        case BUSINESS_ACTIVITY -> rules.addRule(TillvaxtverketDefinition.business());
        default -> throw new IllegalStateException("unhandled requirement " + requirement);
      }
    }
    procurement.getGeographicRequirement().ifPresent(geo -> rules.addRule(RadiusRule.of(geo)));
    return rules.build();
  }

  /**
   * Assesses a bidder against a procurement as of its tender deadline.
   *
   * @param procurement the procurement
   * @param bidder the bidder, as a whole legal entity
   * @return the assessment
   */
  public static Assessment assess(ReservedProcurement procurement, Enterprise bidder) {
    return forProcurement(procurement).assess(bidder, procurement.getTenderDeadline());
  }

  /**
   * Assesses a bidder as of a given date, for example during the contract term.
   *
   * @param procurement the procurement
   * @param bidder the bidder
   * @param date the assessment date
   * @return the assessment
   */
  public static Assessment assess(ReservedProcurement procurement, Enterprise bidder, LocalDate date) {
    return forProcurement(procurement).assess(bidder, date);
  }

  private static String ruleSetId(LegalBasis basis) {
    switch (basis) {
      case LOU_4_18_RESERVED_PARTICIPATION:
      case LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME:
        return "LOU-4-18";
      case LOU_19_6A_IDEBUREN:
        return Lou19Kap6a.RULE_SET_ID;
      default:
        return "PROCUREMENT";
    }
  }
}
