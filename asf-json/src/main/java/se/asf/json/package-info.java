/**
 * The asf JSON binding for Jackson 2: {@link se.asf.json.AsfModule} for a mapper,
 * {@link se.asf.json.AsfJson} for reading untrusted documents and writing canonical ones. What can go
 * wrong is reported as asf-json-base's {@link se.asf.json.base.AsfJsonException} with its
 * {@link se.asf.json.base.JsonProblem}s.
 */
package se.asf.json;
