package se.asf.json.base.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The declaration API the wire format is built from (code tables, kinds, properties, types) and the
 * canonical writer, each called here anew: the library's own tables are built once per JVM, so these
 * calls are what pins how a declaration turns into codes, schemas and text.
 */
class DeclarationApiTest {
  /** Declared in an order other than the table's, so that table order shows. */
  enum Colour { RED, DARK_BLUE }

  // Built for each test, not once per JVM as the library's own tables are.
  private final EnumCode<Colour> colours = EnumCode.of(Colour.class, "dark-blue", "red");

  private final Kind<String> textKind =
      Kind.scalar(Scalars.TEXT, (out, value) -> out.string(value), Declarations.map("type", "string"));

  private static String written(ValueWriterCall call) throws IOException {
    JsonText text = new JsonText();
    call.write(text);
    return new String(text.toBytes(), StandardCharsets.UTF_8);
  }

  @FunctionalInterface
  private interface ValueWriterCall {
    void write(JsonText text) throws IOException;
  }

  // --------------------------------------------------------------------------------- code tables

  @Test
  void aCodeTableMapsBothWaysInItsOwnOrder() {
    assertSame(Colour.class, colours.type());
    assertEquals("dark-blue", colours.code(Colour.DARK_BLUE));
    assertEquals("red", colours.code(Colour.RED));
    assertEquals(Optional.of(Colour.DARK_BLUE), colours.constant("dark-blue"));
    assertEquals(Optional.empty(), colours.constant("DARK_BLUE"));
    assertEquals(List.of("dark-blue", "red"), colours.codes());
    assertEquals(List.of(Colour.DARK_BLUE, Colour.RED), colours.inTableOrder(EnumSet.allOf(Colour.class)));
  }

  @Test
  void aCodeTableRefusesWhatWouldMakeItAmbiguousOrIncomplete() {
    assertEquals("not a lower-case kebab code: Red", assertThrows(IllegalArgumentException.class,
        () -> EnumCode.builder(Colour.class).put(Colour.RED, "Red")).getMessage());
    assertEquals("already in the table: RED / crimson", assertThrows(IllegalArgumentException.class,
        () -> EnumCode.builder(Colour.class).put(Colour.RED, "red").put(Colour.RED, "crimson")).getMessage());
    assertEquals("already in the table: DARK_BLUE / red", assertThrows(IllegalArgumentException.class,
        () -> EnumCode.builder(Colour.class).put(Colour.RED, "red").put(Colour.DARK_BLUE, "red")).getMessage());
    assertEquals("no wire code for Colour.DARK_BLUE", assertThrows(IllegalStateException.class,
        () -> EnumCode.builder(Colour.class).put(Colour.RED, "red").build()).getMessage());
    EnumCode<Colour> built = EnumCode.builder(Colour.class).put(Colour.RED, "rod").put(Colour.DARK_BLUE, "bla").build();
    assertEquals(List.of("rod", "bla"), built.codes());
  }

  // --------------------------------------------------------------------------------------- kinds

  @Test
  void aScalarKindIsItsReaderWriterAndSchema() throws IOException {
    assertSame(Scalars.TEXT, textKind.reader(null));
    assertEquals(Map.of("type", "string"), textKind.schema());
    textKind.schema().put("minLength", 1);
    assertEquals(Map.of("type", "string"), textKind.schema(), "the schema handed out is a copy");
    assertEquals("\"a\"\n", written(text -> textKind.writer(null).write(text, "a")));
  }

  @Test
  void aCodeSetIsAnArrayOfItsCodesWrittenInTableOrder() throws IOException {
    Kind<Set<Colour>> set = Kind.codeSet(colours);
    assertEquals(Map.of("type", "array", "items", Map.of("$ref", "#/$defs/colour")), set.schema());
    assertEquals("[\n  \"dark-blue\",\n  \"red\"\n]\n",
        written(text -> set.writer(null).write(text, EnumSet.of(Colour.RED, Colour.DARK_BLUE))));
  }

  @Test
  void aListIsAnArrayOfItsElements() throws IOException {
    Kind<List<String>> list = Kind.listOf(textKind);
    assertEquals(Map.of("type", "array", "items", Map.of("type", "string")), list.schema());
    assertEquals("[\n  \"a\",\n  \"b\"\n]\n", written(text -> list.writer(null).write(text, List.of("a", "b"))));
    assertEquals("[]\n", written(text -> list.writer(null).write(text, List.of())));
  }

  @Test
  void aDeclaredTypeIsReferredToByItsDefinitionName() {
    assertEquals(Map.of("$ref", "#/$defs/datePeriod"), Schemas.ref("datePeriod"));
    assertEquals(Map.of("$ref", "#/$defs/datePeriod"), Kind.object(Declarations.DATE_PERIOD).schema());
  }

  // ---------------------------------------------------------------------------------- properties

  @Test
  void aRequiredPropertyAlwaysHasAValueAndAnOptionalOneMayNot() {
    Prop<String, String> required = Prop.required("upper", textKind, String::toUpperCase, "The text in upper case.");
    assertTrue(required.required());
    assertEquals("upper", required.name());
    assertEquals(Optional.of("AB"), required.get("ab"));
    assertEquals(Map.of("type", "string"), required.schema());

    Prop<String, String> optional = Prop.optional("initial", textKind,
        s -> s.isEmpty() ? Optional.empty() : Optional.of(s.substring(0, 1)), "The first character.");
    assertFalse(optional.required());
    assertEquals(Optional.of("a"), optional.get("ab"));
    assertEquals(Optional.empty(), optional.get(""));
  }

  @Test
  void aPropertysSchemaIsItsKindsNarrowed() {
    Prop<String, String> base = Prop.required("code", textKind, s -> s, "A code.");
    Map<String, Object> narrowed = base.schema("minLength", 1).schema("pattern", "^[a-z]+$").schema();
    assertEquals(List.of("type", "minLength", "pattern"), List.copyOf(narrowed.keySet()));
    assertEquals(Map.of("type", "string", "minLength", 1, "pattern", "^[a-z]+$"), narrowed);
    assertEquals(Map.of("type", "string"), base.schema(), "narrowing makes a copy");
    // A $ref replaces the kind's schema; a null $ref leaves the other keywords standing alone.
    assertEquals(Map.of("$ref", "#/$defs/code", "description", "x"),
        base.schema("$ref", "#/$defs/code", "description", "x").schema());
    assertEquals(Map.of("enum", List.of("a", "b")), base.schema("$ref", null, "enum", List.of("a", "b")).schema());
    // A keyword with a null value is left out.
    assertEquals(Map.of("type", "string"), base.schema("minLength", null).schema());
  }

  @Test
  void itemsAreMergedIntoTheItemsSchema() {
    Prop<String, List<String>> list = Prop.required("lines", Kind.listOf(textKind), List::of, "The lines.");
    Map<String, Object> items = new LinkedHashMap<>();
    items.put("minLength", 1);
    items.put("type", null);
    assertEquals(Map.of("type", "array", "items", Map.of("minLength", 1)), list.schema("items", items).schema());
    assertEquals(Map.of("type", "array", "items", Map.of("type", "string", "maxLength", 9)),
        list.schema("items", Map.of("maxLength", 9)).schema());
    // Items of a kind without items' schema are added as they are.
    Prop<String, String> text = Prop.required("text", textKind, s -> s, "A text.");
    assertEquals(Map.of("type", "string", "items", Map.of("maxLength", 9)),
        text.schema("items", Map.of("maxLength", 9)).schema());
  }

  // --------------------------------------------------------------------------------------- types

  @Test
  void aTypeHasItsPropertiesOnceAndItsSchemaSaysSo() {
    Prop<String, String> upper = Prop.required("upper", textKind, String::toUpperCase, "The text in upper case.");
    Prop<String, String> initial = Prop.optional("initial", textKind, s -> Optional.of(s.substring(0, 1)), "The first.");
    WireType<String> type = WireType.of(String.class, "A text.", values -> values.get(upper), upper, initial);
    assertEquals(List.of(upper, initial), type.properties());
    assertEquals("string", type.definition());
    assertEquals(Map.of(), type.constraints());
    Map<String, Object> schema = Schemas.schema(type);
    assertEquals(List.of("description", "type", "additionalProperties", "required", "properties"),
        List.copyOf(schema.keySet()));
    assertEquals("A text.", schema.get("description"));
    assertEquals(List.of("upper"), schema.get("required"));
    assertEquals(Map.of("upper", Map.of("type", "string"), "initial", Map.of("type", "string")),
        schema.get("properties"));

    Map<String, Object> oneOf = Map.of("oneOf", List.of(Map.of("required", List.of("upper"))));
    WireType<String> constrained = type.withConstraints(oneOf);
    assertEquals(oneOf, constrained.constraints());
    assertEquals(List.of(upper, initial), constrained.properties());
    assertEquals(oneOf.get("oneOf"), Schemas.schema(constrained).get("oneOf"));

    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> WireType.of(String.class, "A text.", values -> "", upper, upper));
    assertEquals("a property is declared twice in String", twice.getMessage());
  }

  @Test
  void aCodeFiguresTypeIsOneOfTheTablesDeclaredForFigures() {
    assertEquals("countingBasis", FigureCodes.type(se.asf.core.workforce.CountingBasis.HEADS));
    assertEquals("heads", FigureCodes.code(se.asf.core.workforce.CountingBasis.HEADS));
    assertEquals(Optional.of(se.asf.core.workforce.CountingBasis.HEADS), FigureCodes.constant("countingBasis", "heads"));
    assertEquals(Optional.empty(), FigureCodes.constant("colour", "red"));
    assertEquals(Optional.empty(), FigureCodes.constant("countingBasis", "red"));
    assertEquals(List.of("countingBasis", "participationMechanism", "distributionRule", "evidenceSource",
        "publicBenefitScope"), List.copyOf(FigureCodes.types()));
    IllegalArgumentException none = assertThrows(IllegalArgumentException.class, () -> FigureCodes.type(Colour.RED));
    assertEquals("no wire codes for " + Colour.class.getName(), none.getMessage());
  }

  @Test
  void anObjectReaderRefusesAPropertyDeclaredTwice() {
    IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
        () -> new ObjectReader<String>(List.of(Field.of("a", Scalars.TEXT), Field.of("b", Scalars.TEXT),
            Field.of("a", Scalars.TEXT))) {
          @Override
          protected String build(FieldValues values) {
            return "";
          }
        });
    assertEquals("property declared twice: a", twice.getMessage());
  }

  @Test
  void theLibraryVersionIsTheBuildsNotTheFallback() {
    String version = DocumentCodec.libraryVersion();
    assertNotEquals("0.0.0", version);
    assertTrue(version.matches("[0-9]+\\.[0-9]+\\.[0-9]+(-SNAPSHOT)?"), version);
  }

  // ------------------------------------------------------------------------------ canonical text

  @Test
  void numbersAndLiteralsInAnArrayAreSeparatedLikeAnyValue() throws IOException {
    assertEquals("[\n  1,\n  true,\n  false,\n  2.50\n]\n", written(text -> {
      text.startArray();
      text.number("1");
      text.bool(true);
      text.bool(false);
      text.number("2.50");
      text.endArray();
    }));
  }

  @Test
  void thePointerNamesTheOpenObjectsAndTheEntriesOfTheOpenArrays() throws IOException {
    JsonText text = new JsonText();
    assertEquals("", text.pointer());
    text.startObject();
    assertEquals("", text.pointer(), "an object before its first name");
    text.name("a/b~c");
    assertEquals("/a~1b~0c", text.pointer());
    text.startArray();
    assertEquals("/a~1b~0c", text.pointer(), "an array before its first entry");
    text.string("x");
    assertEquals("/a~1b~0c/0", text.pointer());
    text.startObject();
    assertEquals("/a~1b~0c/1", text.pointer());
    text.name("d");
    text.number("1");
    assertEquals("/a~1b~0c/1/d", text.pointer());
  }
}
