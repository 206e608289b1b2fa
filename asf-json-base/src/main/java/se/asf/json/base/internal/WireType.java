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
 * @param <T> the Java type
 */
public final class WireType<T> {

  /**
   * Builds the value from the properties read: the declaration's builder setters. asf-core's invariant and
   * identity exceptions may escape, the adapter reports them.
   */
  @FunctionalInterface
  public interface Build<T> {
    /** Builds the value. */
    T build(FieldValues values) throws IOException;
  }

  private final Class<T> type;
  private final String definition;
  private final String description;
  private final List<Prop<T, ?>> properties;
  private final Build<T> build;
  private final Map<String, Object> constraints;

  private WireType(Class<T> type, String description, List<Prop<T, ?>> properties, Build<T> build,
      Map<String, Object> constraints) {
    this.type = Objects.requireNonNull(type, "type");
    this.definition = Schemas.definitionName(type);
    this.description = Objects.requireNonNull(description, "description");
    this.properties = List.copyOf(properties);
    this.build = Objects.requireNonNull(build, "build");
    this.constraints = constraints;
    if (properties.stream().map(Prop::name).distinct().count() != properties.size()) {
      throw new IllegalArgumentException("a property is declared twice in " + type.getSimpleName());
    }
  }

  /** Declares a type. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only copied into an immutable list
  public static <T> WireType<T> of(Class<T> type, String description, Build<T> build, Prop<T, ?>... properties) {
    return new WireType<>(type, description, List.of(properties), build, Map.of());
  }

  /** Returns a copy with constraints between properties, added to the schema as they are. */
  public WireType<T> withConstraints(Map<String, Object> constraints) {
    return new WireType<>(type, description, properties, build, new LinkedHashMap<>(constraints));
  }

  /** Returns the Java class. */
  public Class<T> type() {
    return type;
  }

  /** Returns the name of the schema definition. */
  public String definition() {
    return definition;
  }

  /** Returns the one-line description. */
  public String description() {
    return description;
  }

  /** Returns the properties in wire order. */
  public List<Prop<T, ?>> properties() {
    return properties;
  }

  /** Builds a value from the properties read. */
  public T build(FieldValues values) throws IOException {
    return build.build(values);
  }

  /** Returns the constraints between properties. */
  public Map<String, Object> constraints() {
    return constraints;
  }
}
