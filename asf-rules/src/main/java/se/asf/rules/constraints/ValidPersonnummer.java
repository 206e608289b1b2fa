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
 * The annotated text must be a valid Swedish personnummer or, unless
 * {@link #allowSamordningsnummer()} is {@code false}, a samordningsnummer (Folkbokföringslagen
 * 18 §, 18 a §; Skatteverket SKV 704; DOMAIN §4).
 *
 * <p>The text is checked exactly as {@link
 * se.asf.core.identity.Personnummer#parse(CharSequence, java.time.LocalDate)} would check it. The
 * reference date, which fixes the century of a 10-digit form and which the birth date may not be
 * after, is today's date from Jakarta Validation's {@link jakarta.validation.ClockProvider}, so a
 * validator built with a fixed clock gives reproducible results. {@code null} is valid, as with the
 * built-in constraints; add {@code @NotNull} to require a value. An empty text is invalid.
 *
 * <p>Supported types: {@link CharSequence}. A failure is reported with the template
 * {@code {se.asf.rules.constraints.ValidPersonnummer.<PROBLEM>.message}}, where {@code <PROBLEM>}
 * is the {@link se.asf.core.identity.IdentityProblem} name or {@code SAMORDNINGSNUMMER}; every
 * failure found is reported. A custom {@link #message()} replaces them with one violation.
 *
 * <p>A personnummer is personal data: no message contains the input, and {@link
 * se.asf.rules.validation.AsfValidator} does not render the invalid value of this constraint.
 */
@Documented
@Constraint(validatedBy = {})
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidPersonnummer.List.class)
public @interface ValidPersonnummer {

  /**
   * The message template used when the problem is not known, or a custom template for every failure.
   *
   * @return the message template
   */
  String message() default "{se.asf.rules.constraints.ValidPersonnummer.message}";

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
   * Whether a samordningsnummer (coordination number, day of birth plus 60) is accepted.
   *
   * @return {@code true}, the default, to accept samordningsnummer
   */
  boolean allowSamordningsnummer() default true;

  /**
   * Several {@link ValidPersonnummer} constraints on the same element, in different groups.
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
    ValidPersonnummer[] value();
  }
}
