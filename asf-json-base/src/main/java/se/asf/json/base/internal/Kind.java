package se.asf.json.base.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The kind of a property's value on the wire: a scalar, a code from a table, a set of codes, a
 * declared object, or a list of one of those. A kind knows its JSON Schema, and how its values are
 * read and written with one configuration's {@link Codecs}.
 *
 * @param <V> the Java type of the value
 */
public sealed interface Kind<V> permits Kind.Scalar, Kind.Code, Kind.CodeSet, Kind.Obj, Kind.ListOf {

  /** Returns the JSON Schema of a value of this kind. */
  Map<String, Object> schema();

  /** Returns how a value of this kind is read. */
  ValueReader<V> reader(Codecs codecs);

  /** Returns how a value of this kind is written. */
  ValueWriter<V> writer(Codecs codecs);

  /**
   * A scalar value, or a value with hand-written reading and writing (share, position, identity numbers); a
   * personnummer's depend on the settings.
   */
  record Scalar<V>(Function<Codecs, ValueReader<V>> read, Function<Codecs, ValueWriter<V>> write,
      Map<String, Object> schema) implements Kind<V> {
    /** A scalar read and written alike whatever the settings. */
    static <V> Scalar<V> of(ValueReader<V> reader, ValueWriter<V> writer, Map<String, Object> schema) {
      return new Scalar<>(codecs -> reader, codecs -> writer, schema);
    }

    @Override
    public Map<String, Object> schema() {
      return new LinkedHashMap<>(schema);
    }

    @Override
    public ValueReader<V> reader(Codecs codecs) {
      return read.apply(codecs);
    }

    @Override
    public ValueWriter<V> writer(Codecs codecs) {
      return write.apply(codecs);
    }
  }

  /** One code of an enum code table. */
  record Code<E extends Enum<E>>(EnumCode<E> codes) implements Kind<E> {
    @Override
    public Map<String, Object> schema() {
      return Schemas.ref(Schemas.definitionName(codes.type()));
    }

    @Override
    public ValueReader<E> reader(Codecs codecs) {
      return Scalars.code(codes);
    }

    @Override
    public ValueWriter<E> writer(Codecs codecs) {
      return (out, value) -> out.string(codes.code(value));
    }
  }

  /** A set of codes of one table, written as an array in table order. */
  record CodeSet<E extends Enum<E>>(EnumCode<E> codes) implements Kind<Set<E>> {
    @Override
    public Map<String, Object> schema() {
      return Declarations.map("type", "array", "items", Schemas.ref(Schemas.definitionName(codes.type())));
    }

    @Override
    public ValueReader<Set<E>> reader(Codecs codecs) {
      return Scalars.codeSet(codes);
    }

    @Override
    public ValueWriter<Set<E>> writer(Codecs codecs) {
      return (out, values) -> Out.codes(out, codes, values);
    }
  }

  /** An object of a declared wire type. */
  record Obj<V>(WireType<V> type) implements Kind<V> {
    @Override
    public Map<String, Object> schema() {
      return Schemas.ref(type.definition());
    }

    @Override
    public ValueReader<V> reader(Codecs codecs) {
      return codecs.of(type);
    }

    @Override
    public ValueWriter<V> writer(Codecs codecs) {
      return codecs.of(type);
    }
  }

  /** A JSON array of values of one kind. */
  record ListOf<V>(Kind<V> element) implements Kind<List<V>> {
    @Override
    public Map<String, Object> schema() {
      return Declarations.map("type", "array", "items", element.schema());
    }

    @Override
    public ValueReader<List<V>> reader(Codecs codecs) {
      return Scalars.listOf(element.reader(codecs));
    }

    @Override
    public ValueWriter<List<V>> writer(Codecs codecs) {
      return Out.list(element.writer(codecs));
    }
  }
}
