package se.asf.json.base.internal;

import java.util.Objects;

/**
 * A property of a JSON object: its wire name and how its value is read.
 *
 * @param name the property's name on the wire
 * @param reader how its value is read
 * @param <V> the value type
 */
public record Field<V>(String name, ValueReader<V> reader) implements FieldValues.Name<V> {

  /** Checks the arguments. */
  public Field {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(reader, "reader");
  }

  /** Declares a property. */
  public static <V> Field<V> of(String name, ValueReader<V> reader) {
    return new Field<>(name, reader);
  }
}
