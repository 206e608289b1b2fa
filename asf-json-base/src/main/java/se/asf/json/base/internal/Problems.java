package se.asf.json.base.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.asf.core.InvariantViolationException;
import se.asf.json.base.JsonProblemCode;

/** Creates the {@link WireFailure}s of the engine's readers and writers. */
public final class Problems {
  private Problems() {}

  /** A problem at the current value. */
  public static WireFailure fail(JsonProblemCode code, String key, Serializable... arguments) {
    return WireFailure.of(new WireProblem(code, key, arguments));
  }

  /** A value of the wrong JSON type. */
  public static WireFailure wrongType(TokenReader in, String expected) {
    return fail(JsonProblemCode.WRONG_TYPE, "problem.wrong-type", new WireProblem.Term(expected),
        new WireProblem.Term(in.current() == null ? "type.nothing" : in.current().found));
  }

  /** An asf-core invariant broken while a value was built: the path names the attribute. */
  public static WireFailure invariant(InvariantViolationException e, Map<String, String> renames) {
    WireFailure failure = WireFailure.of(e);
    List<Object> steps = attributeSteps(e.getAttribute(), renames);
    for (int i = steps.size() - 1; i >= 0; i--) {
      failure.under(steps.get(i));
    }
    return failure;
  }

  /** Splits {@code lines[2].heads} or {@code shareRequirement.threshold} into wire steps. */
  static List<Object> attributeSteps(String attribute, Map<String, String> renames) {
    List<Object> steps = new ArrayList<>();
    String[] parts = attribute.split("\\.");
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i];
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      String wire = i == 0 ? renames.getOrDefault(name, name) : name;
      for (String step : wire.split("/")) {
        steps.add(step);
      }
      while (bracket >= 0) {
        int close = part.indexOf(']', bracket);
        steps.add(Integer.parseInt(part.substring(bracket + 1, close)));
        bracket = part.indexOf('[', close);
      }
    }
    return steps;
  }
}
