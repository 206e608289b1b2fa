package se.asf.rules.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text must be a valid Swedish organisationsnummer (DOMAIN §4; Skatteverket SKV 709).
 *
 * <p>The text is checked exactly as {@link se.asf.core.identity.Organisationsnummer#parse} would
 * check it: ten digits {@code NNNNNN-NNNN} (or twelve with the century prefix {@code 16}), a Luhn
 * check digit, digits 3–4 of at least 20 (lower means a personnummer) and a first digit that names
 * an organisation group. {@code null} is valid, as with the built-in constraints; add
 * {@code @NotNull} to require a value. An empty text is invalid.
 *
 * <p>Supported types: {@link CharSequence}. A failure is reported with the template
 * {@code {se.asf.rules.constraints.ValidOrganisationsnummer.<PROBLEM>.message}}, where
 * {@code <PROBLEM>} is the {@link se.asf.core.identity.IdentityProblem} name, so the message says
 * which rule failed; every failure found is reported. A custom {@link #message()} replaces them with
 * one violation. Messages never contain the input: a sole trader's organisation number is a
 * personnummer.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidOrganisationsnummer.List.class)
public @interface ValidOrganisationsnummer {

  /**
   * The message template used when the problem is not known, or a custom template for every failure.
   *
   * @return the message template
   */
  String message() default "{se.asf.rules.constraints.ValidOrganisationsnummer.message}";

  /**
   * The validation groups the constraint belongs to.
   *
   * @return the groups
   */
  Class<?>[] groups() default {};

  /**
   * Payload for clients of the validation API.
   *
   * @return the payload
   */
  Class<? extends Payload>[] payload() default {};

  /**
   * Several {@link ValidOrganisationsnummer} constraints on the same element, in different groups.
   */
  @Documented
  @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidOrganisationsnummer[] value();
  }
}
