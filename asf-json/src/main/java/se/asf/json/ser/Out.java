package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.asf.json.AsfJson;
import se.asf.json.JsonProblemCode;
import se.asf.json.deser.Scalars;
import se.asf.json.wire.EnumCode;
import se.asf.json.wire.WireProblem;

/**
 * Writes the scalar values of the wire format, in their one canonical form, whatever the
 * generator's number and date settings: decimals exactly as {@link BigDecimal#toString()} gives
 * them (so {@code 3.50} keeps its scale), dates as {@code YYYY-MM-DD}, periods as ISO-8601, codes
 * from the tables.
 *
 * <p>A value the reader would reject (a decimal longer than the number limit, a date outside the
 * years 0000–9999, a text with an unpaired surrogate) is refused here, so every document written can
 * be read back.
 */
final class Out {
  private Out() {}

  static void text(JsonGenerator g, SerializerProvider provider, String name, String value) throws IOException {
    if (Scalars.hasUnpairedSurrogate(value)) {
      g.writeFieldName(name);
      throw fail(provider, JsonProblemCode.ENCODING, "problem.unpaired-surrogate");
    }
    g.writeStringField(name, value);
  }

  static void text(JsonGenerator g, SerializerProvider provider, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      text(g, provider, name, value.get());
    }
  }

  static void decimal(JsonGenerator g, SerializerProvider provider, String name, BigDecimal value)
      throws IOException {
    g.writeFieldName(name);
    decimal(g, provider, value);
  }

  static void decimal(JsonGenerator g, SerializerProvider provider, BigDecimal value) throws IOException {
    if (Scalars.plainLength(value) > AsfJson.MAX_NUMBER_LENGTH) {
      throw fail(provider, JsonProblemCode.LIMIT_EXCEEDED, "problem.decimal-too-long",
          Integer.toString(AsfJson.MAX_NUMBER_LENGTH));
    }
    g.writeNumber(value.toString());
  }

  static void coordinate(JsonGenerator g, String name, double value) throws IOException {
    g.writeFieldName(name);
    g.writeNumber(Double.toString(value));
  }

  static void integer(JsonGenerator g, String name, int value) throws IOException {
    g.writeNumberField(name, value);
  }

  static void bool(JsonGenerator g, String name, boolean value) throws IOException {
    g.writeBooleanField(name, value);
  }

  static void date(JsonGenerator g, SerializerProvider provider, String name, LocalDate value) throws IOException {
    g.writeFieldName(name);
    if (value.getYear() < 0 || value.getYear() > 9999) {
      throw fail(provider, JsonProblemCode.INVALID_VALUE, "problem.date-unwritable", value.toString());
    }
    g.writeString(value.toString());
  }

  static void date(JsonGenerator g, SerializerProvider provider, String name, Optional<LocalDate> value)
      throws IOException {
    if (value.isPresent()) {
      date(g, provider, name, value.get());
    }
  }

  static void period(JsonGenerator g, String name, Period value) throws IOException {
    g.writeStringField(name, value.toString());
  }

  static <E extends Enum<E>> void code(JsonGenerator g, String name, EnumCode<E> codes, E value)
      throws IOException {
    g.writeStringField(name, codes.code(value));
  }

  static <E extends Enum<E>> void codes(JsonGenerator g, String name, EnumCode<E> codes, Collection<E> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (E value : codes.inTableOrder(values)) {
      g.writeString(codes.code(value));
    }
    g.writeEndArray();
  }

  static <T> void object(JsonGenerator g, SerializerProvider provider, String name, JsonSerializer<T> serializer,
      T value) throws IOException {
    g.writeFieldName(name);
    serializer.serialize(value, g, provider);
  }

  static <T> void object(JsonGenerator g, SerializerProvider provider, String name, JsonSerializer<T> serializer,
      Optional<? extends T> value) throws IOException {
    if (value.isPresent()) {
      object(g, provider, name, serializer, value.get());
    }
  }

  static <T> void array(JsonGenerator g, SerializerProvider provider, String name, JsonSerializer<T> serializer,
      List<? extends T> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (T value : values) {
      serializer.serialize(value, g, provider);
    }
    g.writeEndArray();
  }

  static JsonMappingException fail(SerializerProvider provider, JsonProblemCode code, String key,
      Serializable... arguments) {
    WireProblem problem = new WireProblem(code, key, arguments);
    return JsonMappingException.from(provider, problem.getMessage(), problem);
  }
}
