package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.asf.core.InvariantViolationException;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.SafeText;
import se.asf.json.wire.WireProblem;

/**
 * Reports problems through the {@link DeserializationContext}, so that Jackson keeps the location,
 * every enclosing deserializer adds its step to the path, and the original exception stays the
 * cause.
 */
public final class Problems {
  private Problems() {}

  /**
   * Creates the exception for a problem found at the parser's current value.
   *
   * @param ctxt the context
   * @param code the problem code
   * @param key the message key
   * @param arguments the message's figures, already safe to show
   * @return the exception to throw
   */
  public static JsonMappingException fail(
      DeserializationContext ctxt, JsonProblemCode code, String key, Serializable... arguments) {
    WireProblem problem = new WireProblem(code, key, arguments);
    return JsonMappingException.from(ctxt, problem.getMessage(), problem);
  }

  /**
   * Creates the exception for a value of the wrong JSON type.
   *
   * @param ctxt the context
   * @param p the parser, on the offending token
   * @param expected the key of the expected type's name, such as {@code type.string}
   * @return the exception to throw
   */
  public static JsonMappingException wrongType(DeserializationContext ctxt, JsonParser p, String expected) {
    return fail(ctxt, JsonProblemCode.WRONG_TYPE, "problem.wrong-type",
        new WireProblem.Term(expected), new WireProblem.Term(found(p)));
  }

  private static String found(JsonParser p) {
    if (p.currentToken() == null) {
      return "type.nothing";
    }
    return switch (p.currentToken()) {
      case START_OBJECT, END_OBJECT, FIELD_NAME -> "type.object";
      case START_ARRAY, END_ARRAY -> "type.array";
      case VALUE_STRING -> "type.string";
      case VALUE_NUMBER_INT -> "type.integer";
      case VALUE_NUMBER_FLOAT -> "type.number";
      case VALUE_TRUE, VALUE_FALSE -> "type.boolean";
      case VALUE_NULL -> "type.null";
      default -> "type.other";
    };
  }

  /**
   * Creates the exception for an asf-core invariant broken while a value was built, with the path
   * extended by the attribute that broke it, so the pointer names that attribute.
   *
   * @param ctxt the context
   * @param from the type being built
   * @param e the violation
   * @param renames wire names of the attributes whose Java name differs, keyed by the Java name;
   *     a wire name may have several steps ({@code message/sv})
   * @return the exception to throw
   */
  public static JsonMappingException invariant(DeserializationContext ctxt, Class<?> from,
      InvariantViolationException e, Map<String, String> renames) {
    JsonMappingException wrapped = JsonMappingException.from(ctxt, SafeText.redact(e.getMessage()), e);
    List<Object> steps = attributeSteps(e.getAttribute(), renames);
    for (int i = steps.size() - 1; i >= 0; i--) {
      Object step = steps.get(i);
      if (step instanceof Integer index) {
        wrapped.prependPath(new JsonMappingException.Reference(from, index));
      } else {
        wrapped.prependPath(new JsonMappingException.Reference(from, (String) step));
      }
    }
    return wrapped;
  }

  /**
   * Creates the exception for an asf-core invariant broken by a single value read from one JSON
   * value, such as a share above 1: the pointer names the JSON value, not the Java attribute.
   *
   * @param ctxt the context
   * @param e the violation
   * @return the exception to throw
   */
  public static JsonMappingException invariantHere(DeserializationContext ctxt, InvariantViolationException e) {
    return JsonMappingException.from(ctxt, SafeText.redact(e.getMessage()), e);
  }

  /**
   * Creates the exception for an invalid identity number; its message is already masked.
   *
   * @param ctxt the context
   * @param e the parse error
   * @return the exception to throw
   */
  public static JsonMappingException identity(DeserializationContext ctxt, IdentityNumberFormatException e) {
    return JsonMappingException.from(ctxt, e.getMessage(), e);
  }

  /**
   * Adds a property step to the path of an exception raised inside the property's value.
   *
   * @param e the exception
   * @param from the type being read
   * @param property the property's wire name
   * @return the same exception, with its path extended
   */
  public static JsonMappingException at(JsonMappingException e, Class<?> from, String property) {
    e.prependPath(new JsonMappingException.Reference(from, property));
    return e;
  }

  /**
   * Adds an array-index step to the path of an exception raised inside an element.
   *
   * @param e the exception
   * @param from the type being read
   * @param index the element's index
   * @return the same exception, with its path extended
   */
  public static JsonMappingException at(JsonMappingException e, Class<?> from, int index) {
    e.prependPath(new JsonMappingException.Reference(from, index));
    return e;
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
