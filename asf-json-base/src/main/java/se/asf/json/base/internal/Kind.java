package se.asf.json.base.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import se.asf.json.base.internal.EnumCode;

/**
 * The kind of a property's value on the wire: a scalar, a code from a table, a set of codes, a
 * declared object, or a list of one of those. A kind knows its JSON Schema; how it is read and
 * written is the business of each Jackson adapter, which switches over the kinds.
 *
 * @param <V> the Java type of the value
 */
public sealed interface Kind<V> permits Kind.Scalar, Kind.Code, Kind.CodeSet, Kind.Obj, Kind.ListOf {

  /** Returns the JSON Schema of a value of this kind. */
  Map<String, Object> schema();

  /**
   * A scalar value, or a value with hand-written reading and writing (share, position, date period, identity
   * numbers).
   */
  record Scalar<V>(ScalarType scalar, Map<String, Object> schema) implements Kind<V> {
    @Override
    public Map<String, Object> schema() {
      return new LinkedHashMap<>(schema);
    }
  }

  /** One code of an enum code table. */
  record Code<E extends Enum<E>>(EnumCode<E> codes) implements Kind<E> {
    @Override
    public Map<String, Object> schema() {
      return Schemas.ref(Schemas.definitionName(codes.type()));
    }
  }

  /** A set of codes of one table, written as an array in table order. */
  record CodeSet<E extends Enum<E>>(EnumCode<E> codes) implements Kind<java.util.Set<E>> {
    @Override
    public Map<String, Object> schema() {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", "array");
      schema.put("items", Schemas.ref(Schemas.definitionName(codes.type())));
      return schema;
    }
  }

  /** An object of a declared wire type. */
  record Obj<V>(WireType<V> type) implements Kind<V> {
    @Override
    public Map<String, Object> schema() {
      return Schemas.ref(type.definition());
    }
  }

  /** A JSON array of values of one kind. */
  record ListOf<V>(Kind<V> element) implements Kind<java.util.List<V>> {
    @Override
    public Map<String, Object> schema() {
      Map<String, Object> schema = new LinkedHashMap<>();
      schema.put("type", "array");
      schema.put("items", element.schema());
      return schema;
    }
  }
}
