package se.asf.json.base.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import se.asf.json.base.JsonProblemCode;

/** The properties read from one JSON object, as a declaration's build step sees them. */
public interface Values {

  /**
   * Tells whether a property was given.
   *
   * @param prop the property
   * @return {@code true} when present
   */
  boolean has(Prop<?, ?> prop);

  /**
   * Returns a required property's value.
   *
   * @param prop the property
   * @param <V> the value type
   * @return the value
   * @throws IOException if it is absent, with the pointer naming where it should be
   */
  <V> V get(Prop<?, V> prop) throws IOException;

  /**
   * Returns an optional property's value.
   *
   * @param prop the property
   * @param <V> the value type
   * @return the value, or empty when absent
   */
  <V> Optional<V> optional(Prop<?, V> prop);

  /**
   * Creates the exception for a problem with one property of this object.
   *
   * @param property the property's wire name, which the pointer will name
   * @param code the problem code
   * @param key the message key
   * @param arguments the message's figures, already safe to show
   * @return the exception to throw
   */
  IOException problem(String property, JsonProblemCode code, String key, Serializable... arguments);
}
