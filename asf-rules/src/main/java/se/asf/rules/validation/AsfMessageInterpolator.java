package se.asf.rules.validation;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import java.lang.annotation.Annotation;
import java.util.Locale;

/**
 * Hibernate Validator's {@code ParameterMessageInterpolator}, with one repair.
 *
 * <p>The built-in messages of {@code @DecimalMin} and {@code @DecimalMax} choose their wording
 * ("greater than" or "greater than or equal to") with an Expression Language term, which an
 * interpolator without EL leaves in the text verbatim. For their default templates this
 * interpolator uses one of two library keys instead, chosen by the constraint's {@code inclusive}
 * attribute. Every other template is passed on unchanged.
 */
final class AsfMessageInterpolator implements MessageInterpolator {
  private static final String DECIMAL_MIN = "{jakarta.validation.constraints.DecimalMin.message}";
  private static final String DECIMAL_MAX = "{jakarta.validation.constraints.DecimalMax.message}";

  private final MessageInterpolator delegate;

  AsfMessageInterpolator(MessageInterpolator delegate) {
    this.delegate = delegate;
  }

  @Override
  public String interpolate(String messageTemplate, Context context) {
    return delegate.interpolate(template(messageTemplate, context), context);
  }

  @Override
  public String interpolate(String messageTemplate, Context context, Locale locale) {
    return delegate.interpolate(template(messageTemplate, context), context, locale);
  }

  static String template(String messageTemplate, Context context) {
    Annotation constraint = context.getConstraintDescriptor().getAnnotation();
    if (constraint instanceof DecimalMin && DECIMAL_MIN.equals(messageTemplate)) {
      return bound("DecimalMin", ((DecimalMin) constraint).inclusive());
    }
    if (constraint instanceof DecimalMax && DECIMAL_MAX.equals(messageTemplate)) {
      return bound("DecimalMax", ((DecimalMax) constraint).inclusive());
    }
    return messageTemplate;
  }

  private static String bound(String constraint, boolean inclusive) {
    return "{se.asf.rules.validation." + constraint + (inclusive ? ".inclusive" : ".exclusive")
        + ".message}";
  }
}
