package se.asf.json.base.internal;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;
import se.asf.json.base.JsonProblemCode;

/** The properties read from one JSON object, as a declaration's build step sees them. */
public interface Values {

  /** Tells whether a property was given. */
  boolean has(Prop<?, ?> prop);

  /** Returns a required property's value. */
  <V> V get(Prop<?, V> prop) throws IOException;

  /** Returns an optional property's value. */
  <V> Optional<V> optional(Prop<?, V> prop);

  /** Creates the exception for a problem with one property of this object. */
  IOException problem(String property, JsonProblemCode code, String key, Serializable... arguments);
}
