/**
 * asf json: the Jackson 2 module and the versioned JSON wire format of the asf types, with a strict
 * reader for untrusted input. For Jackson 3 ({@code tools.jackson}), use asf-json-jackson3 instead.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
 * String json = mapper.writeValueAsString(enterprise);
 * Enterprise read = mapper.readValue(json, Enterprise.class);
 * }</pre>
 *
 * <p>{@link se.asf.json.AsfModule} maps every asf-core type and, when the optional asf-rules is
 * present, its findings and assessments; {@link se.asf.json.AsfJson} reads and writes the four
 * top-level documents (enterprise, bidders, reserved procurement, assessment report) with every
 * limit and strictness setting in place. The format itself, its problems and messages, the JSON
 * Schemas and the examples are asf-json-base's ({@code se.asf.json.base}), which this module
 * brings along.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables has no module-info
module se.asf.json {
  requires transitive se.asf.json.base;
  // Optional: findings, assessments and assessment reports are mapped only when asf-rules is present.
  requires static transitive se.asf.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports se.asf.json;

  provides com.fasterxml.jackson.databind.Module with se.asf.json.AsfModule;
}
