package se.asf.json.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * One adapter object per declared type (a serializer, a deserializer), built on first use so that
 * types that refer to each other share them. Not thread-safe: filled while a module is built.
 *
 * @param <A> what is built per type
 */
public final class PerType<A> {
  private final Map<WireType<?>, A> built = new HashMap<>();
  private final Function<WireType<?>, ? extends A> make;

  /**
   * Creates the table.
   *
   * @param make builds the object of one type
   */
  public PerType(Function<WireType<?>, ? extends A> make) {
    this.make = make;
  }

  /**
   * Returns the object of a type, building it the first time.
   *
   * @param type the declaration
   * @return its object
   */
  public A get(WireType<?> type) {
    A existing = built.get(type);
    if (existing == null) {
      existing = make.apply(type);
      built.put(type, existing);
    }
    return existing;
  }
}
