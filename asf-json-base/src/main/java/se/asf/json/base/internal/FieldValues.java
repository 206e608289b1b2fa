package se.asf.json.base.internal;

import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import se.asf.json.base.JsonProblemCode;

/** The values read from one JSON object, by property, as a reader's build step sees them. */
public final class FieldValues {
  /** The properties' positions in the object's declaration, shared by every object its reader reads. */
  private final Map<String, Integer> positions;
  /** The values by position; {@code null} for a property not given, {@link #NONE} for a value read as {@code null}. */
  private final Object[] values;
  /** Stands for a value a reader returned as {@code null}, so that it still counts as given. */
  private static final Object NONE = new Object();

  /**
   * What names a property of the object: a hand-written reader's {@link Field} or a declaration's {@link Prop}.
   *
   * @param <V> the value type
   */
  public interface Name<V> {
    /** Returns the property's name on the wire. */
    String name();
  }

  FieldValues(Map<String, Integer> positions) {
    this.positions = positions;
    this.values = new Object[positions.size()];
  }

  void put(int position, Object value) {
    values[position] = value == null ? NONE : value;
  }

  boolean has(int position) {
    return values[position] != null;
  }

  /** Tells whether a property was given. */
  public boolean has(Name<?> field) {
    Integer position = positions.get(field.name());
    return position != null && values[position] != null;
  }

  /** Returns a required property's value. */
  public <V> V get(Name<V> field) throws WireFailure {
    if (!has(field)) {
      throw problem(field.name(), JsonProblemCode.MISSING_PROPERTY, "problem.missing", field.name());
    }
    return value(field);
  }

  /** Returns an optional property's value. */
  public <V> Optional<V> optional(Name<V> field) {
    return has(field) ? Optional.of(value(field)) : Optional.empty();
  }

  /**
   * Creates the failure for a problem with one property of this object, such as two properties that exclude
   * each other.
   */
  public WireFailure problem(String property, JsonProblemCode code, String key, Serializable... arguments) {
    return Problems.fail(code, key, arguments).under(property);
  }

  @SuppressWarnings("unchecked") // put only ever stores what the property's reader returned
  private <V> V value(Name<V> field) {
    Object value = values[positions.get(field.name())];
    return value == NONE ? null : (V) value;
  }
}
