package se.asf.json.base.internal;

import java.io.IOException;

/**
 * Writes one value.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueWriter<T> {

  /** Writes the value. */
  void write(TokenWriter out, T value) throws IOException;
}
