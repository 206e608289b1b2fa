package se.asf.json.deser;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;
import se.asf.core.geo.Position;
import se.asf.core.identity.Personnummer;
import se.asf.json.JsonProblemCode;
import se.asf.json.internal.Kind;
import se.asf.json.internal.PerType;
import se.asf.json.internal.Prop;
import se.asf.json.internal.ScalarType;
import se.asf.json.internal.Values;
import se.asf.json.internal.WireType;

/**
 * The Jackson 2 deserializers of the declared wire types: one generic {@link ObjectDeserializer}
 * per declaration, each property read by the reader of its kind.
 */
final class DeclaredDeserializers {
  private final ValueReader<Personnummer> personnummer;
  private final PositionDeserializer<Position> positions = PositionDeserializer.anyForm();
  private final PerType<Declared<?>> objects = new PerType<>(type -> new Declared<>(type, this));

  DeclaredDeserializers(ValueReader<Personnummer> personnummer) {
    this.personnummer = personnummer;
  }

  @SuppressWarnings("unchecked") // the table holds each declaration's own deserializer
  <T> Declared<T> of(WireType<T> type) {
    return (Declared<T>) objects.get(type);
  }

  @SuppressWarnings("unchecked") // each case's reader reads the kind's Java type
  <V> ValueReader<V> reader(Kind<V> kind) {
    if (kind instanceof Kind.Scalar<V> scalar) {
      return (ValueReader<V>) scalar(scalar.scalar());
    } else if (kind instanceof Kind.Code<?> code) {
      return (ValueReader<V>) Scalars.code(code.codes());
    } else if (kind instanceof Kind.CodeSet<?> codes) {
      return (ValueReader<V>) Scalars.codeSet(codes.codes());
    } else if (kind instanceof Kind.Obj<V> object) {
      return of(object.type());
    } else {
      return (ValueReader<V>) Scalars.listOf(reader(((Kind.ListOf<?>) kind).element()));
    }
  }

  private ValueReader<?> scalar(ScalarType scalar) {
    return switch (scalar) {
      case TEXT -> Scalars.TEXT;
      case BOOLEAN -> Scalars.BOOLEAN;
      case INT -> Scalars.INT;
      case DECIMAL -> Scalars.DECIMAL;
      case YEAR -> Scalars.YEAR;
      case DATE -> Scalars.DATE_VALUE;
      case PERIOD -> Scalars.PERIOD_VALUE;
      case SHARE -> Scalars.SHARE;
      case POSITION -> positions;
      case ORGANISATIONSNUMMER -> Scalars.ORGANISATIONSNUMMER_VALUE;
      case PERSONNUMMER -> personnummer;
    };
  }

  /**
   * The deserializer of one declared type.
   *
   * @param <T> the type read
   */
  static final class Declared<T> extends ObjectDeserializer<T> {
    private final WireType<T> type;
    private final Map<String, Field<?>> fields;

    private Declared(WireType<T> type, DeclaredDeserializers readers) {
      this(type, fields(type, readers));
    }

    private Declared(WireType<T> type, Map<String, Field<?>> fields) {
      super(type.type(), fields.values().toArray(Field<?>[]::new));
      this.type = type;
      this.fields = fields;
    }

    private static Map<String, Field<?>> fields(WireType<?> type, DeclaredDeserializers readers) {
      Map<String, Field<?>> fields = new java.util.LinkedHashMap<>();
      for (Prop<?, ?> prop : type.properties()) {
        fields.put(prop.name(), field(prop, readers));
      }
      return fields;
    }

    private static <V> Field<V> field(Prop<?, V> prop, DeclaredDeserializers readers) {
      return Field.of(prop.name(), readers.reader(prop.kind()));
    }

    @Override
    protected T build(FieldValues values) throws JsonMappingException {
      try {
        return type.build(new Read(values));
      } catch (JsonMappingException e) {
        throw e;
      } catch (IOException e) {
        throw new IllegalStateException("only mapping problems are raised while building", e);
      }
    }

    /** The declaration's view of the properties read. */
    private final class Read implements Values {
      private final FieldValues values;

      Read(FieldValues values) {
        this.values = values;
      }

      @SuppressWarnings("unchecked") // the field of a property reads the property's type
      private <V> Field<V> field(Prop<?, V> prop) {
        return (Field<V>) fields.get(prop.name());
      }

      @Override
      public boolean has(Prop<?, ?> prop) {
        return values.has(fields.get(prop.name()));
      }

      @Override
      public <V> V get(Prop<?, V> prop) throws IOException {
        return values.required(field(prop));
      }

      @Override
      public <V> Optional<V> optional(Prop<?, V> prop) {
        return values.optional(field(prop));
      }

      @Override
      public IOException problem(String property, JsonProblemCode code, String key, Serializable... arguments) {
        return values.problem(property, code, key, arguments);
      }
    }
  }
}
