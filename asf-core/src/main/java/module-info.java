/**
 * asf core: the immutable vocabulary of work-integration social enterprises (arbetsintegrerande
 * sociala företag, ASF) and reserved procurements under LOU 4 kap. 18 §.
 *
 * <p>The module has no JSON or validation-engine dependency: its types carry Jakarta Validation
 * constraints, and a validation engine (see the asf-rules module) or a JSON binding (asf-json) is
 * added by the application.
 */
// Immutables has no module-info; "module": se.asf.json and se.asf.json.base are not observable when this module compiles.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module se.asf.core {
  // The generated classes need no Immutables runtime; the annotations are read by javac only.
  requires static transitive org.immutables.value.annotations;
  // Constraint annotations are part of the API: validators read them.
  requires transitive jakarta.validation;

  exports se.asf.core;
  exports se.asf.core.identity;
  exports se.asf.core.text;
  exports se.asf.core.geo;
  exports se.asf.core.enterprise;
  exports se.asf.core.workforce;
  exports se.asf.core.procurement;

  // Not API: the Immutables style of the asf value types, shared text checks and the message
  // lookup, for the library's own modules only. The examples are in asf-examples.
  exports se.asf.core.style to se.asf.rules, se.asf.json;
  exports se.asf.core.internal to se.asf.rules, se.asf.json.base;
}
