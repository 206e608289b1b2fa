package se.asf.json.base.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
  private final Map<String, Integer> positions = new HashMap<>();
  private final Field<?>[] byPosition;

  /** Creates the reader. */
  protected ObjectReader(List<Field<?>> fields) {
    for (Field<?> field : fields) {
      if (this.fields.put(field.name(), field) != null) {
        throw new IllegalArgumentException("property declared twice: " + field.name());
      }
      positions.put(field.name(), positions.size());
    }
    byPosition = fields.toArray(new Field<?>[0]);
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
    FieldValues values = new FieldValues(positions);
    Set<String> skipped = null;
    for (; token == Token.NAME; token = in.next()) {
      String name = in.name();
      Token valueToken = in.next();
      Integer position = positions.get(name);
      try {
        if (position == null) {
          if (in.failOnUnknownProperties()) {
            throw Problems.fail(JsonProblemCode.UNKNOWN_PROPERTY, "problem.unknown-property",
                SafeText.echo(name), String.join(", ", fields.keySet()));
          }
          if (skipped == null) {
            skipped = new HashSet<>();
          }
          if (!skipped.add(name)) {
            throw duplicate(name);
          }
          skipChecked(in);
          continue;
        }
        Field<?> field = byPosition[position];
        if (values.has(position)) {
          throw duplicate(name);
        }
        if (valueToken == Token.NULL) {
          throw Problems.fail(JsonProblemCode.NULL_VALUE, "problem.null");
        }
        values.put(position, field.reader().read(in));
      } catch (WireFailure e) {
        throw e.under(name);
      }
    }
    return values;
  }

  private static WireFailure duplicate(String name) {
    return Problems.fail(JsonProblemCode.DUPLICATE_PROPERTY, "problem.duplicate-property", SafeText.echo(name));
  }

  /**
   * Moves past a value the reader does not read, refusing a property named twice in any object inside
   * it, with the pointer of the repeated property. The parsers leave duplicate detection to the engine,
   * which finds it in the objects it reads by their properties' declared positions, at no cost per name.
   */
  private static void skipChecked(TokenReader in) throws IOException {
    Token token = in.current();
    if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
      return;
    }
    Deque<Skipped> open = new ArrayDeque<>();
    open.push(new Skipped(token == Token.START_OBJECT));
    while (!open.isEmpty()) {
      token = in.next();
      Skipped inner = open.peek();
      if (token == Token.END_OBJECT || token == Token.END_ARRAY) {
        open.pop();
        continue;
      }
      if (token == Token.NAME) {
        inner.name = in.name();
        if (!inner.names.add(inner.name)) {
          WireFailure failure = duplicate(inner.name).under(inner.name);
          open.pop();
          for (Skipped outer : open) {
            failure = outer.names == null ? failure.under(outer.index) : failure.under(outer.name);
          }
          throw failure;
        }
        continue;
      }
      if (inner.names == null) {
        inner.index++;
      }
      if (token == Token.START_OBJECT || token == Token.START_ARRAY) {
        open.push(new Skipped(token == Token.START_OBJECT));
      }
    }
  }

  /** An object or array inside a skipped value: the names seen and the last, or the index reached. */
  private static final class Skipped {
    final Set<String> names;
    String name;
    int index = -1;

    Skipped(boolean object) {
      names = object ? new HashSet<>() : null;
    }
  }
}
