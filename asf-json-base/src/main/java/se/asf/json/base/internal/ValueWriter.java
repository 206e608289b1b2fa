package se.asf.json.base.internal;

import java.io.IOException;

/**
 * Writes one value.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueWriter<T> {

  /**
   * Writes the value.
   *
   * @param out the writer
   * @param value the value
   * @throws IOException a {@link WireFailure} for a value that could not be read back, or an output error
   */
  void write(TokenWriter out, T value) throws IOException;
}
