package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asf.core.InvariantViolationException;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.SafeText;

/**
 * Reads a JSON object with a fixed set of properties, in any order, and builds the value.
 *
 * <p>Unknown properties go to {@link DeserializationContext#handleUnknownProperty}, so the mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES} decides; a repeated property and an explicit {@code null} are
 * always rejected. A problem inside a property's value gets the property added to its path, and an
 * asf-core invariant broken while building gets the attribute's wire name, so the JSON Pointer names
 * the value at fault.
 *
 * @param <T> the type read
 */
public abstract class ObjectDeserializer<T> extends AsfDeserializer<T> {
  private final Map<String, Field<?>> fields = new LinkedHashMap<>();

  /**
   * Creates the deserializer.
   *
   * @param type the type read
   * @param fields the properties, by wire name
   */
  protected ObjectDeserializer(Class<T> type, Field<?>... fields) {
    super(type);
    for (Field<?> field : fields) {
      if (this.fields.put(field.name(), field) != null) {
        throw new IllegalArgumentException("property declared twice: " + field.name());
      }
    }
  }

  /**
   * Builds the value from the properties read. asf-core's invariant and identity exceptions may
   * escape: the caller reports them.
   *
   * @param values the properties read
   * @return the value
   * @throws JsonMappingException if a required property is missing, or the properties conflict
   */
  protected abstract T build(FieldValues values) throws JsonMappingException;

  /**
   * Returns the wire names of the asf-core attributes whose Java name differs from the property's
   * name, keyed by the Java name, so that an invariant's attribute becomes a JSON Pointer.
   *
   * @return the renames; none by default
   */
  protected Map<String, String> renamedAttributes() {
    return Map.of();
  }

  @Override
  public final T read(JsonParser p, DeserializationContext ctxt) throws IOException {
    FieldValues values = readFields(p, ctxt);
    try {
      return build(values);
    } catch (InvariantViolationException e) {
      throw Problems.invariant(ctxt, type(), e, renamedAttributes());
    } catch (IdentityNumberFormatException e) {
      throw Problems.identity(ctxt, e);
    }
  }

  private FieldValues readFields(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      throw Problems.wrongType(ctxt, p, "type.object");
    }
    FieldValues values = new FieldValues(ctxt, type());
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      JsonToken valueToken = p.nextToken();
      Field<?> field = fields.get(name);
      if (field == null) {
        // Throws unless the mapper ignores unknown properties, in which case it skips the value.
        ctxt.handleUnknownProperty(p, this, type(), name);
        continue;
      }
      try {
        if (values.has(field)) {
          throw Problems.fail(ctxt, JsonProblemCode.DUPLICATE_PROPERTY, "problem.duplicate-property",
              SafeText.echo(name));
        }
        if (valueToken == JsonToken.VALUE_NULL) {
          throw Problems.fail(ctxt, JsonProblemCode.NULL_VALUE, "problem.null");
        }
        values.put(field, field.reader().read(p, ctxt));
      } catch (JsonMappingException e) {
        throw Problems.at(e, type(), name);
      }
    }
    return values;
  }

  @Override
  public Collection<Object> getKnownPropertyNames() {
    return new ArrayList<>(fields.keySet());
  }

  /**
   * Returns the declared properties' wire names, in declaration order.
   *
   * @return the names
   */
  public List<String> propertyNames() {
    return List.copyOf(fields.keySet());
  }
}
