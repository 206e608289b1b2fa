package se.asf.rules.constraints.validators;

import jakarta.validation.ConstraintValidatorContext;
import java.util.Map;
import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;
import org.hibernate.validator.constraintvalidation.HibernateConstraintViolationBuilder;

/** Adds one violation with its own template, message parameters and details. */
final class ViolationReport {
  private ViolationReport() {}

  /**
   * Adds a violation.
   *
   * @param context the validator context
   * @param template the message template
   * @param parameters message parameters the template uses
   * @param propertyNode the property to report on, or null for the validated element itself
   * @param value the value the violation is about, or null when it is the validated value
   */
  static void add(ConstraintValidatorContext context, String template, Map<String, Object> parameters,
      String propertyNode, Object value) {
    HibernateConstraintValidatorContext hibernate =
        context.unwrap(HibernateConstraintValidatorContext.class);
    // Message parameters and payload are copied into each violation as it is added.
    parameters.forEach(hibernate::addMessageParameter);
    hibernate.withDynamicPayload(new ViolationDetails(parameters, value));
    HibernateConstraintViolationBuilder builder = hibernate.buildConstraintViolationWithTemplate(template);
    if (propertyNode == null) {
      builder.addConstraintViolation();
    } else {
      builder.addPropertyNode(propertyNode).addConstraintViolation();
    }
  }
}
