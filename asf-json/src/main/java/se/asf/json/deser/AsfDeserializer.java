package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;

/**
 * The base of every asf deserializer: a Jackson deserializer that is also a {@link ValueReader}, so
 * that an enclosing deserializer can call it directly.
 *
 * @param <T> the type read
 */
public abstract class AsfDeserializer<T> extends JsonDeserializer<T> implements ValueReader<T> {
  private final Class<T> type;

  /**
   * Creates the deserializer.
   *
   * @param type the type read
   */
  protected AsfDeserializer(Class<T> type) {
    this.type = type;
  }

  @Override
  public final T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return read(p, ctxt);
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  /**
   * Returns the type read.
   *
   * @return the class
   */
  protected final Class<T> type() {
    return type;
  }
}
