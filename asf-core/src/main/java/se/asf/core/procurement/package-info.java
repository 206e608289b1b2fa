/**
 * Reserved procurements as data (LOU 4 kap. 18 §, LOU 19 kap. 6 a §; Directive 2014/24/EU art. 20):
 * legal basis, share requirement, additional qualification requirements, radius around named centres.
 */
package se.asf.core.procurement;
