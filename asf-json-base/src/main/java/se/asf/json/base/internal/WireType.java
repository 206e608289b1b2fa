package se.asf.json.base.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The one declaration of a wire object type: its Java class, its schema definition's name, a
 * one-line description, its properties in wire order, how the value is built from the properties
 * read, and any constraints between properties that the schema states beyond the properties'
 * own. The serializer, the deserializer and the JSON Schema of every adapter are derived from it.
 *
 * @param type the Java class
 * @param description the one-line description
 * @param properties the properties in wire order
 * @param make how the value is built from the properties read
 * @param constraints the constraints between properties, added to the schema as they are
 * @param <T> the Java type
 */
public record WireType<T>(Class<T> type, String description, List<Prop<T, ?>> properties, Build<T> make,
    Map<String, Object> constraints) {

  /**
   * Builds the value from the properties read: the declaration's builder setters. asf-core's invariant and
   * identity exceptions may escape, the adapter reports them.
   */
  @FunctionalInterface
  public interface Build<T> {
    /** Builds the value. */
    T build(FieldValues values) throws IOException;
  }

  /** Checks the declaration. */
  public WireType {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(make, "make");
    properties = List.copyOf(properties);
    if (properties.stream().map(Prop::name).distinct().count() != properties.size()) {
      throw new IllegalArgumentException("a property is declared twice in " + type.getSimpleName());
    }
  }

  /** Declares a type. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied into an immutable list
  public static <T> WireType<T> of(Class<T> type, String description, Build<T> make, Prop<T, ?>... properties) {
    return new WireType<>(type, description, List.of(properties), make, Map.of());
  }

  /** Returns a copy with constraints between properties, added to the schema as they are. */
  public WireType<T> withConstraints(Map<String, Object> constraints) {
    return new WireType<>(type, description, properties, make, new LinkedHashMap<>(constraints));
  }

  /** Returns the name of the schema definition. */
  public String definition() {
    return Schemas.definitionName(type);
  }

  /** Builds a value from the properties read. */
  public T build(FieldValues values) throws IOException {
    return make.build(values);
  }
}
