/**
 * asf rules: explained assessments of asf-core enterprises against Tillväxtverket's ASF definition,
 * Skoopi's profile, LOU 4 kap. 18 §, LOU 19 kap. 6 a § and a procurement's radius requirement.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables, GeographicLib
module se.asf.rules {
  requires transitive se.asf.core;
  requires static transitive org.immutables.value.annotations;
  requires GeographicLib.Java;

  exports se.asf.rules;
  exports se.asf.rules.definition;
  exports se.asf.rules.reserved;
  exports se.asf.rules.radius;
}
