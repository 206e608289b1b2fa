package se.asf.rules;

import java.util.ArrayList;
import java.util.List;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.definition.SkoopiProfile;
import se.asf.rules.definition.TillvaxtverketDefinition;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.reserved.Lou19Kap6a;
import se.asf.rules.reserved.Lou4Kap18;

/**
 * Every rule of the library, once each, with its declared source and reasons ({@link
 * Rule#getReasons()}): what the build-time checks of the messages and the README's rules table walk.
 * Rules that take parameters (the share and radius rules) are built with the 2017 HBS pilot's; their
 * reasons do not depend on them.
 */
public final class RuleCatalogue {
  private RuleCatalogue() {}

  /**
   * Returns every rule of the library, each id once: Tillväxtverket's definition, Skoopi's profile,
   * LOU 4 kap. 18 §, LOU 19 kap. 6 a §, and the radius rule.
   *
   * @return the rules, in that order
   */
  public static List<Rule> libraryRules() {
    ReservedProcurement pilot = Hbs2017Pilot.procurement();
    List<Rule> rules = new ArrayList<>();
    rules.addAll(TillvaxtverketDefinition.ruleSet().getRules());
    rules.addAll(SkoopiProfile.ruleSet().getRules());
    rules.add(Lou4Kap18.legalEntity());
    rules.add(Lou4Kap18.share(pilot.getShareRequirement().orElseThrow()));
    rules.add(Lou4Kap18.purpose());
    rules.addAll(Lou19Kap6a.ruleSet().getRules());
    rules.add(RadiusRule.of(pilot.getGeographicRequirement().orElseThrow()));
    return List.copyOf(rules);
  }
}
