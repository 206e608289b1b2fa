package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An application's own class-level constraint, reported on the bean itself: its node has no name. */
class ClassLevelPathTest {
  /** Refuses every object, on the object itself. */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @Constraint(validatedBy = Refused.Check.class)
  @interface Refused {
    String message() default "refused";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check. */
    class Check implements ConstraintValidator<Refused, Object> {
      @Override
      public boolean isValid(Object value, ConstraintValidatorContext context) {
        return false;
      }
    }
  }

  @Refused
  record Whole(int heads) {}

  record Outer(@Valid Whole whole, @Valid List<Whole> parts) {}

  @Test
  void aViolationOnTheBeanItselfHasTheBeansPath() {
    AsfValidator validator = AsfValidator.create();
    assertEquals("", validator.validate(new Whole(1)).get(0).getPath());
    assertEquals(List.of("parts[0]", "whole"), validator.validate(new Outer(new Whole(1), List.of(new Whole(2))))
        .stream().map(InputViolation::getPath).toList());
  }
}
