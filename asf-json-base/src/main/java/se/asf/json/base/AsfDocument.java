package se.asf.json.base;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.IOException;

/**
 * The four top-level documents of the asf wire format, version 1, and their JSON Schemas.
 *
 * <p>Each document is an object with {@code "formatVersion": 1} and one content property. The schemas
 * (draft 2020-12) ship in this jar under {@code se/asf/json/schema/}; they refer to the shared
 * definitions in {@code values.schema.json} by relative {@code $ref}, so a validator must be able to
 * load that file too (map the {@code $id} prefix {@value #SCHEMA_ID_PREFIX} to the jar's
 * {@code se/asf/json/schema/}).
 */
public enum AsfDocument {
  /** One enterprise: {@code {"formatVersion": 1, "enterprise": {...}}}. */
  ENTERPRISE("enterprise", "enterprise.schema.json"),
  /** The bidders of a procurement: {@code {"formatVersion": 1, "bidders": [...]}}. */
  BIDDERS("bidders", "bidders.schema.json"),
  /** A reserved procurement: {@code {"formatVersion": 1, "procurement": {...}}}. */
  PROCUREMENT("procurement", "procurement.schema.json"),
  /**
   * Assessments of rules: {@code {"formatVersion": 3, "assessments": [...]}}: format 3, with typed
   * figures, per-site results with their position warnings, and messages by language; format 2
   * (the same without warnings) and format 1 reports are still read.
   */
  ASSESSMENT_REPORT("assessments", "assessment-report.schema.json");

  /** The prefix of every schema's {@code $id}. */
  public static final String SCHEMA_ID_PREFIX = "https://asf-lib.github.io/asf/schema/1/";
  /** Where the schemas are in the jar. */
  public static final String SCHEMA_DIRECTORY = "se/asf/json/schema/";
  /** The file of the definitions every document schema shares. */
  public static final String VALUES_SCHEMA = "values.schema.json";

  private final String contentProperty;
  private final String schemaFile;

  AsfDocument(String contentProperty, String schemaFile) {
    this.contentProperty = contentProperty;
    this.schemaFile = schemaFile;
  }

  /**
   * Returns the name of the document's content property.
   *
   * @return for example {@code "bidders"}
   */
  public String getContentProperty() {
    return contentProperty;
  }

  /**
   * Returns the file name of the document's schema.
   *
   * @return for example {@code "bidders.schema.json"}
   */
  public String getSchemaFile() {
    return schemaFile;
  }

  /**
   * Returns the {@code $id} of the document's schema.
   *
   * @return for example {@code https://asf-lib.github.io/asf/schema/1/bidders.schema.json}
   */
  public String getSchemaId() {
    return SCHEMA_ID_PREFIX + schemaFile;
  }

  /**
   * Opens the document's schema.
   *
   * @return the schema, UTF-8; the caller closes it
   */
  public InputStream openSchema() {
    return open(schemaFile);
  }

  /**
   * Opens a schema file shipped with the library, such as {@value #VALUES_SCHEMA}.
   *
   * @param file the file name
   * @return the file, UTF-8; the caller closes it
   * @throws IllegalArgumentException if there is no such schema file
   */
  public static InputStream openSchemaFile(String file) {
    return open(file);
  }

  private static InputStream open(String file) {
    try {
      InputStream in = AsfDocument.class.getModule().getResourceAsStream(SCHEMA_DIRECTORY + file);
      if (in == null) {
        throw new IllegalArgumentException("no schema file " + file);
      }
      return in;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
