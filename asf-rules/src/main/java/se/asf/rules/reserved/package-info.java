/**
 * Reserved contracts: LOU 4 kap. 18 § (share, main aim, whole legal entity), LOU 19 kap. 6 a §, and
 * the rule set built from a procurement's own requirements.
 */
package se.asf.rules.reserved;
