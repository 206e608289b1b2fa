/**
 * asf json for Jackson 3: the Jackson 3 ({@code tools.jackson}) module and the versioned JSON wire
 * format of the asf types, with a strict reader for untrusted input. For Jackson 2
 * ({@code com.fasterxml.jackson}), use asf-json instead; both read and write the same bytes.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
 * String json = mapper.writeValueAsString(enterprise);
 * Enterprise read = mapper.readValue(json, Enterprise.class);
 * }</pre>
 *
 * <p>{@link se.asf.json.jackson3.AsfModule} maps every asf-core type and, when the optional asf-rules
 * is present, its findings and assessments; it is found by
 * {@code JsonMapper.builder().findAndAddModules()}. {@link se.asf.json.jackson3.AsfJson} reads and
 * writes the four top-level documents with every limit and strictness setting in place. The format
 * itself, its problems and messages, the JSON Schemas and the examples are asf-json-base's
 * ({@code se.asf.json.base}), which this module brings along.
 */
// Immutables has no module-info; "jackson3" names the Jackson major, digit and all.
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module se.asf.json.jackson3 {
  requires transitive se.asf.json.base;
  // Optional: findings, assessments and assessment reports are mapped only when asf-rules is present.
  requires static transitive se.asf.rules;
  requires transitive tools.jackson.databind;
  requires static org.immutables.value.annotations;

  exports se.asf.json.jackson3;

  provides tools.jackson.databind.JacksonModule with se.asf.json.jackson3.AsfModule;
}
