package se.asf.json.base.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One property of a wire type: its JSON name, whether it is required, its value's kind, its
 * getter, a one-line description, and the schema keywords that narrow its kind (such as
 * {@code minimum}).
 *
 * @param name the JSON name
 * @param kind the value's kind
 * @param required whether the property must be present
 * @param getter the property's value in an object; empty when it is left out
 * @param description the one-line description
 * @param narrowing the schema keywords that narrow the kind's schema
 * @param <T> the type the property belongs to
 * @param <V> the value type
 */
public record Prop<T, V>(String name, Kind<V> kind, boolean required, Function<T, Optional<? extends V>> getter,
    String description, Map<String, Object> narrowing) implements FieldValues.Name<V> {

  /** Checks the declaration. */
  public Prop {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(getter, "getter");
    Objects.requireNonNull(description, "description");
  }

  /** Declares a required property. */
  public static <T, V> Prop<T, V> required(String name, Kind<V> kind, Function<T, ? extends V> getter,
      String description) {
    return new Prop<>(name, kind, true, value -> Optional.of(getter.apply(value)), description, Map.of());
  }

  /** Declares an optional property: absent on the wire when the getter gives empty. */
  public static <T, V> Prop<T, V> optional(String name, Kind<V> kind, Function<T, Optional<? extends V>> getter,
      String description) {
    return new Prop<>(name, kind, false, getter, description, Map.of());
  }

  /**
   * Returns a copy whose schema has more keywords: a {@code $ref} key replaces the kind's schema (a {@code
   * null} value drops it, so the other keywords stand alone), {@code items} entries are merged into the
   * items' schema (a {@code null} value drops a keyword), every other keyword is added.
   */
  public Prop<T, V> schema(Object... keywordsAndValues) {
    Map<String, Object> narrowing = new LinkedHashMap<>(this.narrowing);
    narrowing.putAll(Declarations.map(keywordsAndValues));
    return new Prop<>(name, kind, required, getter, description, narrowing);
  }

  /** Returns the property's value in an object. */
  public Optional<? extends V> get(T owner) {
    return getter.apply(owner);
  }

  /** Returns the property's schema: its kind's, narrowed. */
  public Map<String, Object> schema() {
    Map<String, Object> schema = narrowing.containsKey("$ref") ? new LinkedHashMap<>() : kind.schema();
    for (Map.Entry<String, Object> entry : narrowing.entrySet()) {
      if (entry.getKey().equals("items") && schema.get("items") instanceof Map<?, ?> items
          && entry.getValue() instanceof Map<?, ?> more) {
        Map<Object, Object> merged = new LinkedHashMap<>(items);
        merged.putAll(more);
        merged.values().removeIf(Objects::isNull);
        schema.put("items", merged);
      } else if (entry.getValue() != null) {
        schema.put(entry.getKey(), entry.getValue());
      }
    }
    return schema;
  }
}
