package se.asf.json.base.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.asf.core.InvariantViolationException;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.json.base.JsonProblemCode;

/**
 * Reads a JSON object with a fixed set of properties, in any order, and builds the value.
 *
 * <p>An unknown property is a problem unless the reader says to skip it; a repeated property and an
 * explicit {@code null} are always rejected. A problem inside a property's value gets the property
 * added to its path, and an asf-core invariant broken while building gets the attribute's wire name,
 * so the JSON Pointer names the value at fault.
 *
 * @param <T> the type read
 */
public abstract class ObjectReader<T> implements ValueReader<T> {
  private final Map<String, Field<?>> fields = new LinkedHashMap<>();

  /** Creates the reader. */
  protected ObjectReader(List<Field<?>> fields) {
    for (Field<?> field : fields) {
      if (this.fields.put(field.name(), field) != null) {
        throw new IllegalArgumentException("property declared twice: " + field.name());
      }
    }
  }

  /**
   * Builds the value from the properties read. asf-core's invariant and identity exceptions may escape: the
   * caller reports them.
   */
  protected abstract T build(FieldValues values) throws IOException;

  /**
   * Returns the wire names of the asf-core attributes whose Java name differs from the property's name, keyed
   * by the Java name, so that an invariant's attribute becomes a JSON Pointer.
   */
  protected Map<String, String> renamedAttributes() {
    return Map.of();
  }

  @Override
  public final T read(TokenReader in) throws IOException {
    FieldValues values = readFields(in);
    try {
      return build(values);
    } catch (InvariantViolationException e) {
      throw Problems.invariant(e, renamedAttributes());
    } catch (IdentityNumberFormatException e) {
      throw WireFailure.of(e);
    }
  }

  private FieldValues readFields(TokenReader in) throws IOException {
    Token token = in.current();
    if (token == Token.START_OBJECT) {
      token = in.next();
    } else if (token != Token.NAME && token != Token.END_OBJECT) {
      throw Problems.wrongType(in, "type.object");
    }
    FieldValues values = new FieldValues();
    for (; token == Token.NAME; token = in.next()) {
      String name = in.name();
      Token valueToken = in.next();
      Field<?> field = fields.get(name);
      try {
        if (field == null) {
          if (in.failOnUnknownProperties()) {
            throw Problems.fail(JsonProblemCode.UNKNOWN_PROPERTY, "problem.unknown-property",
                SafeText.echo(name), String.join(", ", fields.keySet()));
          }
          in.skipChildren();
          continue;
        }
        if (values.has(field)) {
          throw Problems.fail(JsonProblemCode.DUPLICATE_PROPERTY, "problem.duplicate-property",
              SafeText.echo(name));
        }
        if (valueToken == Token.NULL) {
          throw Problems.fail(JsonProblemCode.NULL_VALUE, "problem.null");
        }
        values.put(field, field.reader().read(in));
      } catch (WireFailure e) {
        throw e.under(name);
      }
    }
    return values;
  }
}
