package se.asf.json.internal;

import se.asf.json.base.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The shipped {@code values.schema.json} says for every declared type exactly what its declaration
 * generates, and every declaration is sound.
 */
class DeclarationsTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode shippedDefinitions() throws IOException {
    try (InputStream in = se.asf.json.base.AsfDocument.openSchemaFile("values.schema.json")) {
      return MAPPER.readTree(in).get("$defs");
    }
  }

  @TestFactory
  Iterable<DynamicTest> shippedSchemaEqualsTheGeneratedOne() throws IOException {
    JsonNode shipped = shippedDefinitions();
    // Written and read back by the same mapper, so that numbers compare by their JSON text.
    JsonNode generated = MAPPER.readTree(MAPPER.writeValueAsString(Schemas.definitions()));
    return () -> Declarations.ALL.stream().map(type -> DynamicTest.dynamicTest(type.definition(),
        () -> assertEquals(generated.get(type.definition()), shipped.get(type.definition()),
            "values.schema.json, $defs/" + type.definition()))).iterator();
  }

  @Test
  void theShippedDefinitionsAreTheGeneratedOnesAsAWhole() throws IOException {
    JsonNode generated = MAPPER.readTree(MAPPER.writeValueAsString(Schemas.definitions()));
    JsonNode shipped = shippedDefinitions();
    for (WireType<?> type : Declarations.ALL) {
      assertEquals(shipped.get(type.definition()), generated.get(type.definition()), type.definition());
    }
  }

  @Test
  void everyDeclaredReferenceResolvesInTheShippedSchema() throws IOException {
    JsonNode shipped = shippedDefinitions();
    Set<String> missing = new HashSet<>();
    collectRefs(MAPPER.valueToTree(Schemas.definitions()), shipped, missing);
    assertTrue(missing.isEmpty(), "unresolved: " + missing);
  }

  private static void collectRefs(JsonNode node, JsonNode definitions, Set<String> missing) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && !definitions.has(ref.asText().substring("#/$defs/".length()))) {
        missing.add(ref.asText());
      }
      node.elements().forEachRemaining(child -> collectRefs(child, definitions, missing));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collectRefs(child, definitions, missing));
    }
  }

  @Test
  void everyTypeIsDeclaredOnceAndEveryPropertyDescribed() {
    Set<Class<?>> types = new HashSet<>();
    for (WireType<?> type : Declarations.ALL) {
      assertTrue(types.add(type.type()), type.definition());
      assertFalse(type.description().isBlank(), type.definition());
      for (Prop<?, ?> prop : type.properties()) {
        assertFalse(prop.description().isBlank(), type.definition() + "/" + prop.name());
        assertTrue(prop.name().matches("[a-z][A-Za-z]*"), prop.name());
      }
    }
  }

  @Test
  void theEnterpriseConstraintsFollowTheLegalFormTable() {
    Map<String, Object> enterprise = Schemas.schema(Declarations.ENTERPRISE);
    String constraints = enterprise.get("allOf").toString();
    assertTrue(constraints.contains("{const=ekonomisk-forening}}}, then={properties={organisationNumber={pattern=^(SE|16)?7}}}"),
        constraints);
    assertFalse(constraints.contains("const=other"), constraints);
  }
}
