package se.asf.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import se.asf.core.geo.Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.rules.definition.SkoopiProfile;
import se.asf.rules.definition.TillvaxtverketDefinition;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.reserved.Lou19Kap6a;
import se.asf.rules.reserved.Lou4Kap18;

/**
 * Every rule of the library, once each, with its declared source and reasons ({@link
 * Rule#getReasons()}): what the build-time checks of the messages and the README's rules table walk.
 * Rules that take parameters are built with the 2017 HBS pilot's statutory share and a 9 km radius
 * around one of its centres; their reasons do not depend on them.
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
    GeographicRequirement radius = GeographicRequirement.builder()
        .addCentre(Centre.of("Tumba centrum", Position.ofWgs84(59.1983, 17.8353)))
        .radiusMetres(BigDecimal.valueOf(9000))
        .build();
    List<Rule> rules = new ArrayList<>();
    rules.addAll(TillvaxtverketDefinition.ruleSet().getRules());
    rules.addAll(SkoopiProfile.ruleSet().getRules());
    rules.add(Lou4Kap18.legalEntity());
    rules.add(Lou4Kap18.share(ShareRequirement.statutory()));
    rules.add(Lou4Kap18.purpose());
    rules.addAll(Lou19Kap6a.ruleSet().getRules());
    rules.add(RadiusRule.of(radius));
    return List.copyOf(rules);
  }
}
