/**
 * The JSON Schemas (draft 2020-12) of the asf wire format, version 1, as resources of this package:
 * {@code enterprise.schema.json}, {@code bidders.schema.json}, {@code procurement.schema.json},
 * {@code assessment-report.schema.json}, and {@code values.schema.json} with the definitions they
 * share. Their {@code $id}s are identifiers under {@code https://asf-lib.github.io/asf/schema/1/}; the
 * files themselves ship here.
 */
package se.asf.json.schema;
