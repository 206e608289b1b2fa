package se.asf.json.deser;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.asf.json.JsonProblemCode;

/** The values read from one JSON object, by property. */
public final class FieldValues {
  private final DeserializationContext ctxt;
  private final Class<?> type;
  private final Map<String, Object> values = new HashMap<>();

  FieldValues(DeserializationContext ctxt, Class<?> type) {
    this.ctxt = ctxt;
    this.type = type;
  }

  void put(Field<?> field, Object value) {
    values.put(field.name(), value);
  }

  /**
   * Tells whether a property was given.
   *
   * @param field the property
   * @return {@code true} when present
   */
  public boolean has(Field<?> field) {
    return values.containsKey(field.name());
  }

  /**
   * Returns a required property's value.
   *
   * @param field the property
   * @param <V> the value type
   * @return the value
   * @throws JsonMappingException if it is absent, with the pointer naming where it should be
   */
  public <V> V required(Field<V> field) throws JsonMappingException {
    if (!has(field)) {
      throw Problems.at(Problems.fail(ctxt, JsonProblemCode.MISSING_PROPERTY, "problem.missing", field.name()),
          type, field.name());
    }
    return get(field);
  }

  /**
   * Returns an optional property's value.
   *
   * @param field the property
   * @param <V> the value type
   * @return the value, or empty when absent
   */
  public <V> Optional<V> optional(Field<V> field) {
    return has(field) ? Optional.of(get(field)) : Optional.empty();
  }

  /**
   * Creates the exception for a problem with one property of this object, such as two properties
   * that exclude each other.
   *
   * @param property the property's wire name, which the pointer will name
   * @param code the problem code
   * @param key the message key
   * @param arguments the message's figures, already safe to show
   * @return the exception to throw
   */
  public JsonMappingException problem(String property, JsonProblemCode code, String key,
      java.io.Serializable... arguments) {
    return Problems.at(Problems.fail(ctxt, code, key, arguments), type, property);
  }

  /**
   * Builds the exception for a problem inside a property's object, such as a missing language of a
   * message: the pointer ends {@code /property/inner}.
   *
   * @param property the property's name
   * @param inner the name inside it
   * @param code the problem code
   * @param key the message key
   * @param arguments the message's figures, already safe to show
   * @return the exception to throw
   */
  public JsonMappingException problemInside(String property, String inner, JsonProblemCode code, String key,
      java.io.Serializable... arguments) {
    return Problems.at(Problems.at(Problems.fail(ctxt, code, key, arguments), Map.class, inner), type, property);
  }

  @SuppressWarnings("unchecked") // put only ever stores what field.reader() returned
  private <V> V get(Field<V> field) {
    return (V) values.get(field.name());
  }
}
