package se.asf.json.base.internal;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import se.asf.json.base.JsonProblemCode;

/** The values read from one JSON object, by property. */
public final class FieldValues {
  private final Map<String, Object> values = new HashMap<>();

  FieldValues() {}

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
   * @throws WireFailure if it is absent, with the pointer naming where it should be
   */
  public <V> V required(Field<V> field) throws WireFailure {
    if (!has(field)) {
      throw problem(field.name(), JsonProblemCode.MISSING_PROPERTY, "problem.missing", field.name());
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
   * Creates the failure for a problem with one property of this object, such as two properties
   * that exclude each other.
   *
   * @param property the property's wire name, which the pointer will name
   * @param code the problem code
   * @param key the message key
   * @param arguments the message's figures, already safe to show
   * @return the failure to throw
   */
  public WireFailure problem(String property, JsonProblemCode code, String key, Serializable... arguments) {
    return Problems.fail(code, key, arguments).under(property);
  }

  @SuppressWarnings("unchecked") // put only ever stores what field.reader() returned
  private <V> V get(Field<V> field) {
    return (V) values.get(field.name());
  }
}
