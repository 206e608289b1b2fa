package se.asf.json.base.internal;

import java.io.IOException;

/**
 * Reads one value that starts at the current token, and leaves the reader on the value's last
 * token. It is never called on a {@code null} token: the caller rejects nulls first, so that the
 * pointer names the property.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueReader<T> {

  /** Reads the value. */
  T read(TokenReader in) throws IOException;
}
