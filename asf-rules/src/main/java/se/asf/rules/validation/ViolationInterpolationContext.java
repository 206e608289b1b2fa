package se.asf.rules.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;

/**
 * The context to interpolate a finished violation's template again, in another language.
 *
 * <p>It offers the message parameters that an asf validator added (read back from its
 * {@link se.asf.rules.constraints.validators.ViolationDetails}), so that the second interpolation
 * fills in the same figures as the first.
 */
final class ViolationInterpolationContext implements HibernateMessageInterpolatorContext {
  private final ConstraintViolation<?> violation;
  private final Map<String, Object> messageParameters;

  ViolationInterpolationContext(ConstraintViolation<?> violation, Map<String, Object> messageParameters) {
    this.violation = violation;
    this.messageParameters = messageParameters;
  }

  @Override
  public ConstraintDescriptor<?> getConstraintDescriptor() {
    return violation.getConstraintDescriptor();
  }

  @Override
  public Object getValidatedValue() {
    return violation.getInvalidValue();
  }

  @Override
  public Class<?> getRootBeanType() {
    return violation.getRootBeanClass();
  }

  @Override
  public Map<String, Object> getMessageParameters() {
    return messageParameters;
  }

  @Override
  public Map<String, Object> getExpressionVariables() {
    return Map.of();
  }

  @Override
  public Path getPropertyPath() {
    return violation.getPropertyPath();
  }

  @Override
  public ExpressionLanguageFeatureLevel getExpressionLanguageFeatureLevel() {
    return ExpressionLanguageFeatureLevel.NONE;
  }

  @Override
  public <T> T unwrap(Class<T> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    throw new ValidationException("Cannot unwrap to " + type.getName());
  }
}
