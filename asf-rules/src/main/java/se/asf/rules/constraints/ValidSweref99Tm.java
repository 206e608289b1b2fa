package se.asf.rules.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Two numeric properties of the annotated type must form a valid SWEREF 99 TM position (EPSG:3006;
 * DOMAIN §4): finite, and within the projection's area of use as {@link
 * se.asf.core.geo.Sweref99TmPosition#of(double, double)} accepts it.
 *
 * <p>A class-level constraint, because a coordinate pair is checked together:
 *
 * <pre>{@code
 * @ValidSweref99Tm
 * record SiteForm(Double northing, Double easting) {}
 *
 * @ValidSweref99Tm(northing = "y", easting = "x")
 * record MapClick(double y, double x) {}
 * }</pre>
 *
 * <p>Each property is read as a record component, a getter ({@code getNorthing()}) or a field, in
 * that order, and must have a numeric type (a primitive number or a {@link Number}). If either
 * value is {@code null} the pair is not checked; add {@code @NotNull} to require them. A violation
 * is reported on the offending property ({@code site.northing}, not {@code site}), with the
 * template {@code {se.asf.rules.constraints.ValidSweref99Tm.<INVARIANT>.message}}, where
 * {@code <INVARIANT>} is the {@link se.asf.core.Invariant} name ({@code NORTHING_OUT_OF_RANGE},
 * {@code EASTING_OUT_OF_RANGE} or {@code COORDINATE_NOT_FINITE}); both properties are reported when
 * both are wrong.
 *
 * <p><b>Modules.</b> The properties are read reflectively by the asf-rules module. Under JPMS the
 * annotated type's package must therefore be open to {@code se.asf.rules}, as it must already be to
 * {@code org.hibernate.validator}: {@code opens com.example.forms to org.hibernate.validator,
 * se.asf.rules;}. A property name that does not exist, or does not hold a number, is a
 * {@link jakarta.validation.ConstraintDeclarationException}.
 */
@Documented
@Constraint(validatedBy = {})
@Target({TYPE, ANNOTATION_TYPE})
@Retention(RUNTIME)
@Repeatable(ValidSweref99Tm.List.class)
public @interface ValidSweref99Tm {

  /**
   * The message template used when the problem is not known, or a custom template for every failure.
   *
   * @return the message template
   */
  String message() default "{se.asf.rules.constraints.ValidSweref99Tm.message}";

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
   * The name of the property that holds the northing, in metres.
   *
   * @return the property name; {@code "northing"} by default
   */
  String northing() default "northing";

  /**
   * The name of the property that holds the easting, in metres, including the false easting of
   * 500 000 m.
   *
   * @return the property name; {@code "easting"} by default
   */
  String easting() default "easting";

  /**
   * Several {@link ValidSweref99Tm} constraints on the same type, one per coordinate pair.
   */
  @Documented
  @Target({TYPE, ANNOTATION_TYPE})
  @Retention(RUNTIME)
  @interface List {
    /**
     * The constraints.
     *
     * @return the constraints
     */
    ValidSweref99Tm[] value();
  }
}
