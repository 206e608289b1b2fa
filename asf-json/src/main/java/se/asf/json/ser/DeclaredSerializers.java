package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import se.asf.core.Share;
import se.asf.core.geo.Position;
import se.asf.core.identity.Personnummer;
import se.asf.json.internal.Kind;
import se.asf.json.internal.PerType;
import se.asf.json.internal.Prop;
import se.asf.json.internal.WireType;
import se.asf.json.ser.ValueSerializers.PersonnummerSerializer;
import se.asf.json.ser.ValueSerializers.PositionSerializer;
import se.asf.json.ser.ValueSerializers.ShareSerializer;
import se.asf.json.wire.EnumCode;

/**
 * The Jackson 2 serializers of the declared wire types: one generic serializer per declaration,
 * writing the present properties in declaration order, each by its kind.
 */
final class DeclaredSerializers {
  private final PersonnummerSerializer personnummer;
  private final ShareSerializer shares;
  private final PositionSerializer positions;
  private final PerType<Declared<?>> objects = new PerType<>(type -> new Declared<>(type, this));

  DeclaredSerializers(PersonnummerSerializer personnummer, ShareSerializer shares, PositionSerializer positions) {
    this.personnummer = personnummer;
    this.shares = shares;
    this.positions = positions;
  }

  @SuppressWarnings("unchecked") // the table holds each declaration's own serializer
  <T> Declared<T> of(WireType<T> type) {
    return (Declared<T>) objects.get(type);
  }

  @SuppressWarnings("unchecked") // a property's value has its kind's Java type
  private void write(JsonGenerator g, SerializerProvider provider, String name, Kind<?> kind, Object value)
      throws IOException {
    if (kind instanceof Kind.Scalar<?> scalar) {
      switch (scalar.scalar()) {
        case TEXT -> Out.text(g, provider, name, (String) value);
        case BOOLEAN -> Out.bool(g, name, (Boolean) value);
        case INT -> Out.integer(g, name, (Integer) value);
        case DECIMAL -> Out.decimal(g, provider, name, (BigDecimal) value);
        case YEAR -> Out.integer(g, name, ((Year) value).getValue());
        case DATE -> Out.date(g, provider, name, (LocalDate) value);
        case PERIOD -> Out.period(g, name, (Period) value);
        case SHARE -> Out.object(g, provider, name, shares, (Share) value);
        case POSITION -> Out.object(g, provider, name, positions, (Position) value);
        case ORGANISATIONSNUMMER -> g.writeStringField(name, value.toString());
        case PERSONNUMMER -> g.writeStringField(name, personnummer.text((Personnummer) value));
      }
    } else if (kind instanceof Kind.Code<?> code) {
      code(g, name, code.codes(), value);
    } else if (kind instanceof Kind.CodeSet<?> codes) {
      codes(g, name, codes.codes(), (Collection<?>) value);
    } else if (kind instanceof Kind.Obj<?> object) {
      Out.object(g, provider, name, (JsonSerializer<Object>) of(object.type()), value);
    } else {
      Kind<?> element = ((Kind.ListOf<?>) kind).element();
      if (!(element instanceof Kind.Obj<?> object)) {
        throw new IllegalStateException("a list holds objects: " + name);
      }
      Out.array(g, provider, name, (JsonSerializer<Object>) of(object.type()), (List<?>) value);
    }
  }

  @SuppressWarnings("unchecked") // the value is a constant of the table's enum
  private static <E extends Enum<E>> void code(JsonGenerator g, String name, EnumCode<E> codes, Object value)
      throws IOException {
    Out.code(g, name, codes, (E) value);
  }

  @SuppressWarnings("unchecked") // the values are constants of the table's enum
  private static <E extends Enum<E>> void codes(JsonGenerator g, String name, EnumCode<E> codes,
      Collection<?> values) throws IOException {
    Out.codes(g, name, codes, (Collection<E>) values);
  }

  /**
   * The serializer of one declared type.
   *
   * @param <T> the type written
   */
  static final class Declared<T> extends AsfSerializer<T> {
    private final WireType<T> type;
    private final DeclaredSerializers writers;

    private Declared(WireType<T> type, DeclaredSerializers writers) {
      super(type.type());
      this.type = type;
      this.writers = writers;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      for (Prop<T, ?> prop : type.properties()) {
        Optional<?> present = prop.get(value);
        if (present.isPresent()) {
          writers.write(g, provider, prop.name(), prop.kind(), present.get());
        }
      }
      g.writeEndObject();
    }
  }
}
