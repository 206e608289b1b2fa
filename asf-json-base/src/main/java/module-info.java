/**
 * asf json base: the versioned JSON wire format of the asf types, without Jackson.
 *
 * <p>It holds what both Jackson modules share: one declaration per wire type, the code tables, the
 * strict reading and canonical writing (problems, JSON Pointers, Swedish and English messages,
 * limits), the JSON Schemas and the examples. Depend on {@code asf-json} (Jackson 2) or
 * {@code asf-json-jackson3} (Jackson 3), which bring this module along; the types users see here are
 * {@link se.asf.json.base.AsfJsonException}, {@link se.asf.json.base.JsonProblem},
 * {@link se.asf.json.base.BiddersReport}, {@link se.asf.json.base.AsfDocument},
 * {@link se.asf.json.base.WireCodes} and {@link se.asf.json.base.AsfSettings}.
 */
// Immutables has no module-info; the Jackson modules exported to are built after this one.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module se.asf.json.base {
  requires transitive se.asf.core;
  // Optional: findings, assessments and assessment reports are read and written only when asf-rules is present.
  requires static transitive se.asf.rules;
  requires static org.immutables.value.annotations;

  exports se.asf.json.base;
  exports se.asf.json.base.internal to se.asf.json, se.asf.json.jackson3;

  opens se.asf.json.schema;
  opens se.asf.json.examples;
}
