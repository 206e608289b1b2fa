package se.asf.json.base.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The kind of a property's value on the wire: a scalar, a code from a table, a set of codes, a
 * declared object, or a list of one of those. A kind knows its JSON Schema, and how its values are
 * read and written with one configuration's {@link Codecs} (a personnummer's depend on the settings).
 *
 * @param schema the JSON Schema of a value
 * @param readers how a value is read, with the configuration's readers
 * @param writers how a value is written, with the configuration's writers
 * @param <V> the Java type of the value
 */
public record Kind<V>(Map<String, Object> schema, Function<Codecs, ValueReader<V>> readers,
    Function<Codecs, ValueWriter<V>> writers) {

  /** A scalar value, or a value with hand-written reading and writing, alike whatever the settings. */
  static <V> Kind<V> scalar(ValueReader<V> reader, ValueWriter<V> writer, Map<String, Object> schema) {
    return new Kind<>(schema, codecs -> reader, codecs -> writer);
  }

  /** One code of an enum code table. */
  static <E extends Enum<E>> Kind<E> code(EnumCode<E> codes) {
    return new Kind<>(Schemas.ref(Schemas.definitionName(codes.type())), codecs -> Scalars.code(codes),
        codecs -> (out, value) -> out.string(codes.code(value)));
  }

  /** A set of codes of one table, written as an array in table order. */
  static <E extends Enum<E>> Kind<Set<E>> codeSet(EnumCode<E> codes) {
    Kind<E> code = code(codes);
    return new Kind<>(Declarations.map("type", "array", "items", code.schema()), codecs -> Scalars.codeSet(codes),
        codecs -> (out, values) -> Out.list(code.writer(codecs)).write(out, codes.inTableOrder(values)));
  }

  /** An object of a declared wire type. */
  static <V> Kind<V> object(WireType<V> type) {
    return new Kind<>(Schemas.ref(type.definition()), codecs -> codecs.of(type), codecs -> codecs.of(type));
  }

  /** A JSON array of values of one kind. */
  static <V> Kind<List<V>> listOf(Kind<V> element) {
    return new Kind<>(Declarations.map("type", "array", "items", element.schema()),
        codecs -> Scalars.listOf(element.reader(codecs)), codecs -> Out.list(element.writer(codecs)));
  }

  /** Returns the JSON Schema of a value of this kind, a copy the caller may change. */
  @Override
  public Map<String, Object> schema() {
    return new LinkedHashMap<>(schema);
  }

  /** Returns how a value of this kind is read. */
  public ValueReader<V> reader(Codecs codecs) {
    return readers.apply(codecs);
  }

  /** Returns how a value of this kind is written. */
  public ValueWriter<V> writer(Codecs codecs) {
    return writers.apply(codecs);
  }
}
