package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.hibernate.validator.messageinterpolation.ExpressionLanguageFeatureLevel;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.junit.jupiter.api.Test;

/** The context a finished violation is interpolated again with: the violation's parts, and the given parameters. */
class ViolationInterpolationContextTest {
  /** A bean with one constraint, violated by {@code heads = -1}. */
  record Line(@Min(0) int heads) {}

  private static ConstraintViolation<Line> violation() {
    Validator validator = AsfValidator.create().factory().getValidator();
    return validator.validate(new Line(-1)).iterator().next();
  }

  @Test
  void itOffersTheViolationsPartsAndTheGivenParameters() {
    ConstraintViolation<Line> violation = violation();
    Map<String, Object> parameters = Map.of("share", "25 %");
    ViolationInterpolationContext context = new ViolationInterpolationContext(violation, parameters);
    assertSame(violation.getConstraintDescriptor(), context.getConstraintDescriptor());
    assertEquals(-1, context.getValidatedValue());
    assertEquals(Line.class, context.getRootBeanType());
    assertSame(violation.getPropertyPath(), context.getPropertyPath());
    assertEquals("heads", context.getPropertyPath().toString());
    assertSame(parameters, context.getMessageParameters());
    assertEquals(Map.of(), context.getExpressionVariables(), "no Expression Language");
    assertEquals(ExpressionLanguageFeatureLevel.NONE, context.getExpressionLanguageFeatureLevel());
  }

  @Test
  void itUnwrapsOnlyToTypesItIs() {
    ViolationInterpolationContext context = new ViolationInterpolationContext(violation(), Map.of());
    assertSame(context, context.unwrap(HibernateMessageInterpolatorContext.class));
    assertSame(context, context.unwrap(ViolationInterpolationContext.class));
    assertEquals("Cannot unwrap to java.lang.String",
        assertThrows(ValidationException.class, () -> context.unwrap(String.class)).getMessage());
  }
}
