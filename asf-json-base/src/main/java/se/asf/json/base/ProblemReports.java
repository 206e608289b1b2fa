package se.asf.json.base;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.asf.core.InvariantViolationException;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.core.identity.IdentityViolation;
import se.asf.json.base.internal.ParseFailure;
import se.asf.json.base.internal.SafeText;
import se.asf.json.base.internal.WireFailure;
import se.asf.json.base.internal.WireProblem;
import se.asf.json.base.internal.WireTerms;

/** Turns every kind of failure met while reading or writing into {@link JsonProblem}s. */
final class ProblemReports {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private ProblemReports() {}

  static AsfJsonException exception(String pointer, JsonProblemCode code, String key, Serializable... arguments) {
    return new AsfJsonException(List.of(of(pointer, new WireProblem(code, key, arguments))));
  }

  private static JsonProblem of(String pointer, WireProblem problem) {
    return JsonProblem.of(pointer, problem.getCode(),
        SafeText.redact(problem.getMessage(SWEDISH)), SafeText.redact(problem.getMessage(Locale.ENGLISH)));
  }

  static List<JsonProblem> from(ParseFailure e) {
    return List.of(of(e.pointer(), e.problem()));
  }

  /** Problems from a failure of the engine: the pointer is the failure's path. */
  static List<JsonProblem> from(WireFailure e) {
    return from(e.pointer(), e.getCause());
  }

  static List<JsonProblem> from(String pointer, Throwable cause) {
    if (cause instanceof WireProblem problem) {
      return List.of(of(pointer, problem));
    }
    if (cause instanceof InvariantViolationException violation) {
      return List.of(JsonProblem.ofInvariant(pointer, violation.getInvariant(),
          SafeText.redact(WireTerms.message(violation, SWEDISH)),
          SafeText.redact(WireTerms.message(violation, Locale.ENGLISH))));
    }
    if (cause instanceof IdentityNumberFormatException identity) {
      List<JsonProblem> problems = new ArrayList<>();
      for (IdentityViolation violation : identity.getViolations()) {
        problems.add(JsonProblem.ofIdentity(pointer, violation.getProblem(),
            identityMessage(SWEDISH, identity, violation), identityMessage(Locale.ENGLISH, identity, violation)));
      }
      return problems;
    }
    return List.of(of(pointer, new WireProblem(JsonProblemCode.INVALID_VALUE, "problem.invalid")));
  }

  private static String identityMessage(Locale locale, IdentityNumberFormatException e, IdentityViolation violation) {
    return SafeText.redact(new WireProblem(JsonProblemCode.INVALID_IDENTITY, "problem.identity",
        e.getMaskedInput(), violation.getMessage(locale)).getMessage(locale));
  }
}
