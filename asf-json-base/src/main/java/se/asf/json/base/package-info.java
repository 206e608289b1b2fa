/**
 * The asf JSON wire format as users of either Jackson module see it: {@link
 * se.asf.json.base.AsfJsonDocuments} (what {@code AsfJson} reads and writes), {@link
 * se.asf.json.base.AsfSettings}, {@link se.asf.json.base.AsfJsonException} with its {@link
 * se.asf.json.base.JsonProblem}s, {@link se.asf.json.base.BiddersReport}, the document schemas
 * ({@link se.asf.json.base.AsfDocument}) and the wire codes ({@link se.asf.json.base.WireCodes}).
 */
package se.asf.json.base;
