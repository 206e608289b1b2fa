package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * Reads one value that starts at the parser's current token, and leaves the parser on the value's
 * last token, as a Jackson deserializer does. It is never called on a {@code null} token: the caller
 * rejects nulls first, so that the pointer names the property.
 *
 * @param <T> the value type
 */
@FunctionalInterface
public interface ValueReader<T> {

  /**
   * Reads the value.
   *
   * @param p the parser, on the value's first token
   * @param ctxt the context errors are reported through
   * @return the value, never null
   * @throws IOException a {@code JsonMappingException} for a wrong value, or a parser error
   */
  T read(JsonParser p, DeserializationContext ctxt) throws IOException;
}
