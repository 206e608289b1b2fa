package se.asf.rules.constraints.validators;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;

/** Adds one violation with its own template, message parameters and details. */
final class ViolationReport {
  private ViolationReport() {}

  /**
   * Adds a violation on the validated element itself.
   *
   * @param context the validator context
   * @param template the message template
   * @param parameters message parameters the template uses
   */
  static void add(ConstraintValidatorContext context, String template, Map<String, Object> parameters) {
    builder(context, template, parameters, null).addConstraintViolation();
  }

  /**
   * Adds a violation on a property of the validated bean, about that property's value.
   *
   * @param context the validator context
   * @param template the message template
   * @param parameters message parameters the template uses
   * @param propertyNode the property to report on
   * @param value the property's value, which the violation is about
   */
  static void addOnProperty(ConstraintValidatorContext context, String template, Map<String, Object> parameters,
      String propertyNode, Object value) {
    builder(context, template, parameters, value).addPropertyNode(propertyNode).addConstraintViolation();
  }

  private static HibernateConstraintViolationBuilder builder(ConstraintValidatorContext context, String template,
      Map<String, Object> parameters, Object value) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    // Message parameters and payload are copied into each violation as it is added.
    parameters.forEach(hibernate::addMessageParameter);
    hibernate.withDynamicPayload(new ViolationDetails(parameters, value));
    return hibernate.buildConstraintViolationWithTemplate(template);
  }
}
