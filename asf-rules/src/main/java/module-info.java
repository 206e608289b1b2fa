/**
 * asf rules: the rules applied to asf-core values, and the Jakarta Validation support that lets an
 * application check its own input against them.
 *
 * <p>The constraints in {@link se.asf.rules.constraints} work as soon as this module is present:
 * their validators are registered with Hibernate Validator as services, and their messages come in
 * English and Swedish through {@code ContributorValidationMessages}. {@link
 * se.asf.rules.validation.AsfValidator} is a ready validator for applications that do not configure
 * one themselves.
 */
module se.asf.rules {
  requires transitive se.asf.core;
  // The constraint annotations name jakarta.validation.Payload in their API.
  requires transitive jakarta.validation;
  requires org.hibernate.validator;

  exports se.asf.rules.constraints;
  exports se.asf.rules.validation;
  // Not API: Hibernate Validator instantiates the service-loaded validators by reflection.
  exports se.asf.rules.constraints.validators to org.hibernate.validator;

  provides jakarta.validation.ConstraintValidator with
      se.asf.rules.constraints.validators.OrganisationsnummerValidator,
      se.asf.rules.constraints.validators.PersonnummerValidator,
      se.asf.rules.constraints.validators.Sweref99TmValidator;
}
