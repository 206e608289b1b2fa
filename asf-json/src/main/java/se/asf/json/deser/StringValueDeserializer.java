package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import java.io.IOException;

/**
 * Reads a value written as one JSON string, such as an organisation number, with one of the
 * {@link Scalars} readers.
 *
 * @param <T> the type read
 */
final class StringValueDeserializer<T> extends AsfDeserializer<T> {
  private final ValueReader<? extends T> reader;

  StringValueDeserializer(Class<T> type, ValueReader<? extends T> reader) {
    super(type);
    this.reader = reader;
  }

  @Override
  public T read(JsonParser p, DeserializationContext ctxt) throws IOException {
    return reader.read(p, ctxt);
  }
}
