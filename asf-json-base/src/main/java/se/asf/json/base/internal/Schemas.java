package se.asf.json.base.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the JSON Schema definitions ({@code $defs} of {@code values.schema.json}) of the declared
 * wire types, as plain maps and lists, so that no JSON library is needed to build them.
 */
public final class Schemas {
  private Schemas() {}

  static Map<String, Object> ref(String definition) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("$ref", "#/$defs/" + definition);
    return schema;
  }

  static String definitionName(Class<?> type) {
    String name = type.getSimpleName();
    return Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Returns the schema of one declared type. */
  public static Map<String, Object> schema(WireType<?> type) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", type.description());
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    List<String> required = new ArrayList<>();
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Prop<?, ?> prop : type.properties()) {
      if (prop.required()) {
        required.add(prop.name());
      }
      properties.put(prop.name(), prop.schema());
    }
    schema.put("required", required);
    schema.put("properties", properties);
    schema.putAll(type.constraints());
    return schema;
  }

  /** Returns the schemas of every declared type, by definition name. */
  public static Map<String, Object> definitions() {
    Map<String, Object> definitions = new LinkedHashMap<>();
    for (WireType<?> type : Declarations.ALL) {
      definitions.put(type.definition(), schema(type));
    }
    return definitions;
  }
}
