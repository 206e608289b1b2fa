/**
 * The asf JSON binding: {@link se.asf.json.AsfModule} for Jackson, {@link se.asf.json.AsfJson} for
 * reading untrusted documents and writing canonical ones, and {@link se.asf.json.AsfJsonException}
 * with its {@link se.asf.json.JsonProblem}s for everything that can go wrong.
 */
package se.asf.json;
