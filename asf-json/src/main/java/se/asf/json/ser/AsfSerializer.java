package se.asf.json.ser;

import com.fasterxml.jackson.databind.JsonSerializer;

/**
 * The base of every asf serializer: a Jackson serializer that knows the type it writes.
 *
 * @param <T> the type written
 */
abstract class AsfSerializer<T> extends JsonSerializer<T> {
  private final Class<T> type;

  AsfSerializer(Class<T> type) {
    this.type = type;
  }

  @Override
  public Class<T> handledType() {
    return type;
  }
}
