package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Schemas;
import se.asf.json.base.internal.EnumCode;
import se.asf.json.base.internal.EnumCodes;

/** The JSON Schemas shipped with the library: where they are, what they say, what they accept and reject. */
class AsfDocumentTest {
  private static final ObjectMapper PLAIN = new ObjectMapper();

  /** Hostile documents a schema can tell from a good one: types, codes, required and unknown properties, ranges, patterns. */
  private static final Set<String> SCHEMA_DETECTABLE = Set.of("figure-value-type.assessments.json",
      "root-array.bidders.json", "format-version-2.bidders.json", "format-version-string.bidders.json",
      "format-version-missing.bidders.json", "content-missing.procurement.json", "unknown-field.bidders.json",
      "missing-required.bidders.json", "null-required.bidders.json", "null-optional.bidders.json",
      "null-element.bidders.json", "wrong-type-string-for-int.bidders.json", "wrong-type-object-for-list.bidders.json",
      "wrong-type-string-for-boolean.procurement.json", "integer-out-of-range.bidders.json",
      "number-for-enum.bidders.json", "unknown-enum-code.bidders.json", "duplicate-code.procurement.json",
      "negative-count.bidders.json", "share-above-one.bidders.json", "latitude-91.bidders.json",
      "invalid-date.bidders.json", "threshold-below-30.procurement.json", "negative-period.procurement.json",
      "mixed-position-forms.bidders.json", "wrong-crs.bidders.json", "northing-out-of-area.bidders.json",
      "organisation-number-spaced.bidders.json", "organisation-number-vat-suffix.bidders.json",
      "personnummer-in-organisation-number.bidders.json",
      "personnummer-spaced.bidders.json", "personnummer-12-digit-plus.bidders.json",
      "warning-without-position.assessments.json",
      "both-identities.bidders.json", "no-identity.bidders.json",
      "legal-form-identity-mismatch.bidders.json", "public-body-as-aktiebolag.bidders.json",
      "personnummer-property-name.bidders.json", "personnummer-en-dash-property-name.bidders.json",
      "figure-not-text.assessments.json",
      "message-language-missing.assessments.json", "1e400-coordinate.bidders.json");

  /**
   * Hostile documents that are well-formed JSON but need more than a schema: cross-property
   * invariants, check digits, dates against a clock, exact-decimal limits, duplicate names (which a
   * tree parser silently merges), masking, and JSON that only the strict reader refuses.
   */
  private static final Set<String> NOT_SCHEMA_DETECTABLE = Set.of(
      "fte-exceeds-heads.bidders.json", "duplicate-workforce-line.bidders.json",
      "period-ends-before-start.bidders.json", "deadline-after-start.procurement.json",
      "invalid-organisation-number.bidders.json", "personnummer-check-digit.bidders.json",
      "personnummer-future.bidders.json", "personnummer-masked.bidders.json",
      "personnummer-masked-10-digit.bidders.json",
      "personnummer-10-digit-check-digit.bidders.json", "personnummer-plus-check-digit.bidders.json", "outcome-mismatch.assessments.json",
      "reason-outcome-mismatch.assessments.json", "displayed-distance.assessments.json",
      "duplicate-key.bidders.json", "tiny-decimal.bidders.json", "1e400-decimal.procurement.json",
      "unpaired-surrogate.bidders.json", "wrong-type-float-for-int.bidders.json");

  @Test
  void everySchemaShipsWithItsIdAndDraft() throws IOException {
    for (AsfDocument document : AsfDocument.values()) {
      JsonNode schema = read(document.openSchema());
      assertEquals(document.getSchemaId(), schema.get("$id").asText());
      assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
      assertEquals(document.getContentProperty(), schema.get("required").get(1).asText());
      assertEquals(document == AsfDocument.ASSESSMENT_REPORT ? 3 : 1, schema.at("/properties/formatVersion/const").asInt());
    }
    JsonNode values = read(AsfDocument.openSchemaFile(AsfDocument.VALUES_SCHEMA));
    assertEquals(AsfDocument.SCHEMA_ID_PREFIX + AsfDocument.VALUES_SCHEMA, values.get("$id").asText());
    assertThrows(IllegalArgumentException.class, () -> AsfDocument.openSchemaFile("nothing.json"));
  }

  @Test
  void everySchemaIsAValidDraft202012Schema() throws IOException {
    JsonSchema meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    List<String> files = new ArrayList<>();
    for (AsfDocument document : AsfDocument.values()) {
      files.add(document.getSchemaFile());
    }
    files.add(AsfDocument.VALUES_SCHEMA);
    for (String file : files) {
      try (InputStream in = AsfDocument.openSchemaFile(file)) {
        assertEquals(Set.of(), meta.validate(new String(in.readAllBytes(), StandardCharsets.UTF_8), InputFormat.JSON),
            file);
      }
    }
  }

  @Test
  void theCodesInTheSchemaAreTheWireCodes() throws IOException {
    JsonNode defs = read(AsfDocument.openSchemaFile(AsfDocument.VALUES_SCHEMA)).get("$defs");
    Map<String, EnumCode<?>> tables = Map.ofEntries(
        Map.entry("countingBasis", EnumCodes.COUNTING_BASIS), Map.entry("engagementForm", EnumCodes.ENGAGEMENT_FORM),
        Map.entry("targetGroup", EnumCodes.TARGET_GROUP), Map.entry("legalForm", EnumCodes.LEGAL_FORM),
        Map.entry("offering", EnumCodes.OFFERING), Map.entry("ownerKind", EnumCodes.OWNER_KIND),
        Map.entry("participationMechanism", EnumCodes.PARTICIPATION_MECHANISM),
        Map.entry("distributionRule", EnumCodes.DISTRIBUTION_RULE),
        Map.entry("evidenceSource", EnumCodes.EVIDENCE_SOURCE),
        Map.entry("publicBenefitScope", EnumCodes.PUBLIC_BENEFIT_SCOPE),
        Map.entry("profitDistributionByLaw", EnumCodes.PROFIT_DISTRIBUTION_BY_LAW),
        Map.entry("legalBasis", EnumCodes.LEGAL_BASIS),
        Map.entry("qualificationRequirement", EnumCodes.QUALIFICATION_REQUIREMENT),
        Map.entry("organisationGroup", EnumCodes.ORGANISATION_GROUP),
        Map.entry("identityProblem", EnumCodes.IDENTITY_PROBLEM), Map.entry("invariant", EnumCodes.INVARIANT),
        Map.entry("outcome", se.asf.json.base.internal.RuleCodes.OUTCOME),
        Map.entry("positionWarning", se.asf.json.base.internal.RuleCodes.POSITION_WARNING));
    assertEquals(EnumCodes.ALL.size() + 2, tables.size());
    for (Map.Entry<String, EnumCode<?>> table : tables.entrySet()) {
      List<String> inSchema = new ArrayList<>();
      defs.get(table.getKey()).get("enum").forEach(code -> inSchema.add(code.asText()));
      assertEquals(table.getValue().codes(), inSchema, table.getKey());
    }
  }

  @Test
  void everyObjectForbidsAdditionalPropertiesExceptTheMessagesByLanguage() throws IOException {
    List<String> open = new ArrayList<>();
    walk(read(AsfDocument.openSchemaFile(AsfDocument.VALUES_SCHEMA)), "", open);
    for (AsfDocument document : AsfDocument.values()) {
      walk(read(document.openSchema()), document.getSchemaFile(), open);
    }
    assertEquals(List.of("/$defs/finding/properties/message"), open);
  }

  private static void walk(JsonNode node, String path, List<String> open) {
    if (node.isObject()) {
      if ("object".equals(node.path("type").asText())
          && !(node.has("additionalProperties") && node.get("additionalProperties").isBoolean()
              && !node.get("additionalProperties").asBoolean())) {
        open.add(path);
      }
      node.fields().forEachRemaining(field -> walk(field.getValue(), path + "/" + field.getKey(), open));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, open);
      }
    }
  }

  @Test
  void theSchemasAcceptTheExamples() {
    Schemas.assertValid(AsfDocument.PROCUREMENT, Fixtures.text("se/asf/json/examples/hbs-2017-pilot.procurement.json"));
    Schemas.assertValid(AsfDocument.BIDDERS, Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json"));
  }

  @Test
  void theSchemasRejectEveryHostileDocumentASchemaCanDetect() {
    List<String> accepted = new ArrayList<>();
    for (String file : SCHEMA_DETECTABLE) {
      if (Schemas.validate(documentOf(file), Fixtures.text("hostile/" + file)).isEmpty()) {
        accepted.add(file);
      }
    }
    assertEquals(List.of(), accepted);
  }

  @Test
  void theSchemasAcceptTheHostileDocumentsOnlyTheReaderCanDetect() {
    // Recorded so that a schema that learns to catch one of these moves it to the other list.
    List<String> rejected = new ArrayList<>();
    for (String file : NOT_SCHEMA_DETECTABLE) {
      if (!Schemas.validate(documentOf(file), Fixtures.text("hostile/" + file)).isEmpty()) {
        rejected.add(file);
      }
    }
    assertEquals(List.of(), rejected);
  }

  @Test
  void everyHostileFileIsClassified() throws IOException {
    Set<String> files = new TreeSet<>();
    try (Stream<Path> list = Files.list(Path.of("../asf-json-base/src/test/resources/hostile"))) {
      list.forEach(p -> files.add(p.getFileName().toString()));
    }
    Set<String> wellFormed = new TreeSet<>();
    for (String file : files) {
      try {
        PLAIN.readTree(Files.readAllBytes(Path.of("../asf-json-base/src/test/resources/hostile", file)));
        if (!new String(Files.readAllBytes(Path.of("../asf-json-base/src/test/resources/hostile", file)), StandardCharsets.UTF_8).isBlank()) {
          wellFormed.add(file);
        }
      } catch (IOException notJson) {
        // malformed, not a schema's business
      }
    }
    Set<String> classified = new TreeSet<>(SCHEMA_DETECTABLE);
    classified.addAll(NOT_SCHEMA_DETECTABLE);
    wellFormed.removeIf(file -> file.startsWith("trailing-") || file.equals("bom.bidders.json")
        || file.equals("utf16.bidders.json") || file.equals("nul-byte.bidders.json")
        || file.startsWith("invalid-utf8") || file.startsWith("overlong"));
    assertEquals(wellFormed, classified);
    assertFalse(classified.isEmpty());
    assertTrue(SCHEMA_DETECTABLE.size() > NOT_SCHEMA_DETECTABLE.size());
  }

  private static AsfDocument documentOf(String file) {
    return file.contains(".bidders.") ? AsfDocument.BIDDERS
        : file.contains(".procurement.") ? AsfDocument.PROCUREMENT : AsfDocument.ASSESSMENT_REPORT;
  }

  private static JsonNode read(InputStream in) throws IOException {
    try (in) {
      return PLAIN.readTree(in);
    }
  }
}
