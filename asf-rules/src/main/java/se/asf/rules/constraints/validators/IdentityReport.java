package se.asf.rules.constraints.validators;

import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.IdentityViolation;

/** Reports asf-core identity violations, one Jakarta violation per problem. */
final class IdentityReport {
  private IdentityReport() {}

  /**
   * Replaces the default violation with one per identity violation.
   *
   * @param context the validator context
   * @param constraint the constraint's simple name, which starts its message keys
   * @param described the problems that have their own message key; others get the generic one
   * @param violations the violations found by the asf-core check
   */
  static void add(ConstraintValidatorContext context, String constraint,
      Set<IdentityProblem> described, List<IdentityViolation> violations) {
    context.disableDefaultConstraintViolation();
    for (IdentityViolation violation : violations) {
      IdentityProblem problem = violation.getProblem();
      String key = described.contains(problem) ? constraint + "." + problem.name() : constraint;
      add(context, key, parameters(violation));
    }
  }

  /**
   * Adds one violation with the message key {@code se.asf.rules.constraints.<key>.message}.
   *
   * @param context the validator context
   * @param key the key between the package prefix and {@code .message}
   * @param parameters the message parameters
   */
  static void add(ConstraintValidatorContext context, String key, Map<String, Object> parameters) {
    ViolationReport.add(context, "{se.asf.rules.constraints." + key + ".message}", parameters);
  }

  /**
   * The position of the character a violation points at, counted from 1 for people; never a digit of
   * the input. Only the messages of misplaced characters name it; the others ignore it.
   */
  private static Map<String, Object> parameters(IdentityViolation violation) {
    return violation.getIndex() >= 0 ? Map.of("position", Integer.toString(violation.getIndex() + 1)) : Map.of();
  }
}
