/**
 * asf json: the Jackson module and the versioned JSON wire format of the asf types, with a strict
 * reader for untrusted input.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
 * String json = mapper.writeValueAsString(enterprise);
 * Enterprise read = mapper.readValue(json, Enterprise.class);
 * }</pre>
 *
 * <p>{@link se.asf.json.AsfModule} maps every asf-core type and, when the optional asf-rules is
 * present, its findings and assessments;
 * {@link se.asf.json.AsfJson} reads and writes the four top-level documents (enterprise, bidders,
 * reserved procurement, assessment report) with every limit and strictness setting in place. The
 * JSON Schemas (draft 2020-12) of the documents are in the package {@code se.asf.json.schema}, and
 * examples, among them the 2017 HBS pilot, in {@code se.asf.json.examples}; both are open to
 * {@code getResourceAsStream}.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables has no module-info
module se.asf.json {
  requires transitive se.asf.core;
  // Optional: findings, assessments and assessment reports are mapped only when asf-rules is present.
  requires static transitive se.asf.rules;
  requires transitive com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;

  exports se.asf.json;

  opens se.asf.json.schema;
  opens se.asf.json.examples;

  provides com.fasterxml.jackson.databind.Module with se.asf.json.AsfModule;
}
