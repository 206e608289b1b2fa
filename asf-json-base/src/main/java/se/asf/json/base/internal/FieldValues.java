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

  /** Tells whether a property was given. */
  public boolean has(Field<?> field) {
    return values.containsKey(field.name());
  }

  /** Returns a required property's value. */
  public <V> V required(Field<V> field) throws WireFailure {
    if (!has(field)) {
      throw problem(field.name(), JsonProblemCode.MISSING_PROPERTY, "problem.missing", field.name());
    }
    return get(field);
  }

  /** Returns an optional property's value. */
  public <V> Optional<V> optional(Field<V> field) {
    return has(field) ? Optional.of(get(field)) : Optional.empty();
  }

  /**
   * Creates the failure for a problem with one property of this object, such as two properties that exclude
   * each other.
   */
  public WireFailure problem(String property, JsonProblemCode code, String key, Serializable... arguments) {
    return Problems.fail(code, key, arguments).under(property);
  }

  @SuppressWarnings("unchecked") // put only ever stores what field.reader() returned
  private <V> V get(Field<V> field) {
    return (V) values.get(field.name());
  }
}
