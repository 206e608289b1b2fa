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
 * @param <T> the type the property belongs to
 * @param <V> the value type
 */
public final class Prop<T, V> implements FieldValues.Name<V> {
  private final String name;
  private final Kind<V> kind;
  private final boolean required;
  private final Function<T, Optional<? extends V>> getter;
  private final String description;
  private final Map<String, Object> narrowing;

  private Prop(String name, Kind<V> kind, boolean required, Function<T, Optional<? extends V>> getter,
      String description, Map<String, Object> narrowing) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.required = required;
    this.getter = Objects.requireNonNull(getter, "getter");
    this.description = Objects.requireNonNull(description, "description");
    this.narrowing = narrowing;
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
    for (int i = 0; i < keywordsAndValues.length; i += 2) {
      narrowing.put((String) keywordsAndValues[i], keywordsAndValues[i + 1]);
    }
    return new Prop<>(name, kind, required, getter, description, narrowing);
  }

  /** Returns the JSON name. */
  @Override
  public String name() {
    return name;
  }

  /** Returns the value's kind. */
  public Kind<V> kind() {
    return kind;
  }

  /** Tells whether the property must be present. */
  public boolean required() {
    return required;
  }

  /** Returns the one-line description. */
  public String description() {
    return description;
  }

  /** Returns the property's value in an object. */
  public Optional<? extends V> get(T owner) {
    return getter.apply(owner);
  }

  /** Returns the property's schema: its kind's, narrowed, with the description. */
  public Map<String, Object> schema() {
    Map<String, Object> schema;
    if (narrowing.containsKey("$ref")) {
      schema = new LinkedHashMap<>();
    } else {
      schema = kind.schema();
    }
    for (Map.Entry<String, Object> entry : narrowing.entrySet()) {
      if (entry.getKey().equals("items") && schema.get("items") instanceof Map<?, ?> items
          && entry.getValue() instanceof Map<?, ?> more) {
        Map<Object, Object> merged = new LinkedHashMap<>(items);
        merged.putAll(more);
        merged.values().removeIf(java.util.Objects::isNull);
        schema.put("items", merged);
      } else if (entry.getValue() != null) {
        schema.put(entry.getKey(), entry.getValue());
      }
    }
    return schema;
  }
}
