/**
 * asf rules: explained assessments of asf-core enterprises against Tillväxtverket's ASF definition,
 * Skoopi's profile, LOU 4 kap. 18 §, LOU 19 kap. 6 a § and a procurement's radius requirement, and
 * the Jakarta Validation support that lets an application check its own input.
 *
 * <p>The constraints in {@link se.asf.rules.constraints} work as soon as this module is present:
 * their validators are registered with Hibernate Validator as services, and their messages come in
 * English and Swedish through {@code ContributorValidationMessages}. {@link
 * se.asf.rules.validation.AsfValidator} is a ready validator for applications that do not configure
 * one themselves.
 */
// Immutables has no module-info; "module": se.asf.cli is not observable when this module compiles.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module se.asf.rules {
  requires transitive se.asf.core;
  requires static transitive org.immutables.value.annotations;
  // The constraint annotations name jakarta.validation.Payload in their API.
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  // GeographicLib-Java is relocated into se.asf.rules.internal.geographiclib (not exported) when
  // the jar is built: it has no stable module name to require.

  exports se.asf.rules;
  exports se.asf.rules.reasons;
  exports se.asf.rules.definition;
  exports se.asf.rules.reserved;
  exports se.asf.rules.radius;
  exports se.asf.rules.constraints;
  exports se.asf.rules.validation;
  // Not API: the geodesic distance, for the command-line tool's distance command.
  exports se.asf.rules.geodesy to se.asf.cli;
  // Not API: Hibernate Validator instantiates the service-loaded validators by reflection.
  exports se.asf.rules.constraints.validators to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      se.asf.rules.constraints.validators.OrganisationsnummerValidator,
      se.asf.rules.constraints.validators.PersonnummerValidator,
      se.asf.rules.constraints.validators.Sweref99TmValidator;
}
