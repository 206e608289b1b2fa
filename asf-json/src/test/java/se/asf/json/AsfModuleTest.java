package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.identity.Personnummer;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.base.internal.WireProblem;

class AsfModuleTest {
  private static final Personnummer TOLVAN = Personnummer.parse("19121212-1212", LocalDate.of(2026, 1, 1));

  private static Enterprise soleTrader() {
    return Enterprise.builder().name("Fixarservice").identity(TOLVAN).legalForm(LegalForm.ENSKILD_FIRMA).build();
  }

  @Test
  void registeredExplicitlyItWritesAndReadsThePilot() throws Exception {
    // BEGIN module-javadoc
    ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
    String json = mapper.writeValueAsString(Hbs2017Pilot.procurement());
    ReservedProcurement pilot = mapper.readValue(json, ReservedProcurement.class);
    // END module-javadoc
    assertEquals(Hbs2017Pilot.procurement(), pilot);
  }

  @Test
  void theModuleJavadocShowsExactlyThisUsage() throws Exception {
    java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("user.dir"));
    String test = java.nio.file.Files.readString(dir.resolve("src/test/java/se/asf/json/AsfModuleTest.java"));
    String source = java.nio.file.Files.readString(dir.resolve("src/main/java/se/asf/json/AsfModule.java"));
    java.util.regex.Matcher marked = java.util.regex.Pattern
        .compile("// BEGIN module-javadoc\\n(.*?)\\s*// END module-javadoc", java.util.regex.Pattern.DOTALL).matcher(test);
    java.util.regex.Matcher pre = java.util.regex.Pattern
        .compile("<pre>\\{@code\\n(.*?)\\s*\\}</pre>", java.util.regex.Pattern.DOTALL).matcher(source);
    assertTrue(marked.find());
    assertTrue(pre.find());
    assertEquals(marked.group(1).lines().map(String::strip).collect(Collectors.toList()),
        pre.group(1).lines().map(line -> line.replaceFirst("^\\s*\\* ?", "").strip()).filter(line -> !line.isEmpty())
            .collect(Collectors.toList()));
  }

  @Test
  void aPositionInBothFormsOrAGridPositionWithoutItsGridIsRefused() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
    JsonMappingException both = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"lat\": 59.3, \"northing\": 6580000.0}", Position.class));
    assertEquals(JsonProblemCode.CONFLICTING_PROPERTIES, ((WireProblem) both.getCause()).getCode());
    assertEquals("northing", both.getPath().get(0).getFieldName());
    // A grid position has the grid form only, whose crs is required.
    JsonMappingException empty = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{}", se.asf.core.geo.Sweref99TmPosition.class));
    WireProblem missing = (WireProblem) empty.getCause();
    assertEquals(JsonProblemCode.MISSING_PROPERTY, missing.getCode());
    assertEquals("crs", String.valueOf(missing.arguments()[0]));
    assertEquals(Position.ofWgs84(59.3, 18.1),
        mapper.readValue("{\"lat\": 59.3, \"lon\": 18.1}", se.asf.core.geo.Wgs84Position.class));
  }

  @Test
  void findAndRegisterModulesFindsIt() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertTrue(mapper.getRegisteredModuleIds().contains(AsfModule.class.getName()), mapper.getRegisteredModuleIds()::toString);
    assertEquals("0.3", mapper.writeValueAsString(Share.ofPercent(30)));
  }

  @Test
  void itReportsTheProjectVersion() {
    assertFalse(new AsfModule().version().isUnknownVersion());
    assertEquals("se.asf", new AsfModule().version().getGroupId());
    assertEquals("asf-json", new AsfModule().version().getArtifactId());
  }

  @Test
  void featuresHaveTheirDefaultsAndAreSetOnTheBuilder() {
    assertFalse(new AsfModule().settings().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertFalse(AsfJsonFeature.WRITE_FULL_PERSONNUMMER.enabledByDefault());
    assertTrue(AsfModule.builder().enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build()
        .settings().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertFalse(AsfModule.builder().enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER)
        .disable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build().settings().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
  }

  @Test
  void aPersonnummerIsMaskedUnlessTheFeatureIsEnabled() throws Exception {
    ObjectMapper masked = JsonMapper.builder().addModule(new AsfModule()).build();
    ObjectMapper full = JsonMapper.builder()
        .addModule(AsfModule.builder().enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build()).build();
    assertEquals("\"19121212-****\"", masked.writeValueAsString(TOLVAN));
    assertEquals("\"19121212-1212\"", full.writeValueAsString(TOLVAN));
    assertTrue(masked.writeValueAsString(soleTrader()).contains("\"personalIdentityNumber\":\"19121212-****\""));
    assertEquals(soleTrader(), full.readValue(full.writeValueAsString(soleTrader()), Enterprise.class));
  }

  @Test
  void aMaskedPersonnummerCannotBeReadBack() throws Exception {
    ObjectMapper masked = JsonMapper.builder().addModule(new AsfModule()).build();
    String json = masked.writeValueAsString(soleTrader());
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> masked.readValue(json, Enterprise.class));
    assertInstanceOf(WireProblem.class, e.getCause());
    assertEquals(JsonProblemCode.INVALID_IDENTITY, ((WireProblem) e.getCause()).getCode());
    assertEquals("personalIdentityNumber", e.getPath().get(0).getFieldName());
  }

  @Test
  void aPersonnummerIsValidatedAgainstTheModulesClock() throws Exception {
    Clock before = Clock.fixed(LocalDate.of(1912, 12, 11).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    Clock on = Clock.fixed(LocalDate.of(1912, 12, 12).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    ObjectMapper early = JsonMapper.builder().addModule(AsfModule.builder().clock(before).build()).build();
    ObjectMapper onTheDay = JsonMapper.builder().addModule(AsfModule.builder().clock(on).build()).build();
    assertThrows(JsonMappingException.class, () -> early.readValue("\"19121212-1212\"", Personnummer.class));
    assertEquals(TOLVAN, onTheDay.readValue("\"19121212-1212\"", Personnummer.class));
    assertEquals(on, AsfModule.builder().clock(on).build().settings().getClock());
  }

  @Test
  void aSupplierIdentityIsReadAsTheKindItsSpellingSays() throws Exception {
    Clock on = Clock.fixed(LocalDate.of(2026, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    ObjectMapper mapper = JsonMapper.builder().addModule(AsfModule.builder().clock(on).build()).build();
    assertEquals(TOLVAN, mapper.readValue("\"19121212-1212\"", se.asf.core.identity.SupplierIdentity.class));
    assertEquals(se.asf.core.identity.Organisationsnummer.parse("556016-0680"),
        mapper.readValue("\"556016-0680\"", se.asf.core.identity.SupplierIdentity.class));
    // A colon anywhere, even first, makes a foreign identifier; a dash after eight of thirteen characters
    // a personnummer; anything else an organisation number.
    JsonMappingException foreign = assertThrows(JsonMappingException.class,
        () -> mapper.readValue("\":SE:1\"", se.asf.core.identity.SupplierIdentity.class));
    assertInstanceOf(se.asf.core.identity.IdentityNumberFormatException.class, foreign.getCause());
    for (String[] spelling : new String[][] {{"12345678-9", "problem.organisationsnummer-form"},
        {"1234567890-12", "problem.organisationsnummer-form"}, {"1234567a-9012", "problem.personnummer-form"}}) {
      JsonMappingException e = assertThrows(JsonMappingException.class,
          () -> mapper.readValue("\"" + spelling[0] + "\"", se.asf.core.identity.SupplierIdentity.class));
      assertInstanceOf(WireProblem.class, e.getCause(), spelling[0]);
      assertEquals(spelling[1], ((WireProblem) e.getCause()).key(), spelling[0]);
    }
  }

  @Test
  void eachSerializerAndDeserializerSaysWhichTypeItHandles() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
    assertEquals(Share.class, mapper.getSerializerProviderInstance().findValueSerializer(Share.class).handledType());
    com.fasterxml.jackson.databind.DeserializationContext context =
        ((com.fasterxml.jackson.databind.deser.DefaultDeserializationContext) mapper.getDeserializationContext())
            .createDummyInstance(mapper.getDeserializationConfig());
    assertEquals(Share.class, context.findRootValueDeserializer(mapper.constructType(Share.class)).handledType());
  }

  @Test
  void problemsKeepTheirPathAndCause() {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
    JsonMappingException e = assertThrows(JsonMappingException.class, () -> mapper.readValue(
        "{\"period\": {\"start\": \"2017-12-01\", \"end\": \"2017-12-01\"}, \"lines\": [{\"form\": \"employment\","
            + " \"group\": \"none\", \"heads\": 2, \"fullTimeEquivalents\": 3}]}", se.asf.core.workforce.Workforce.class));
    assertEquals("[lines, 0, fullTimeEquivalents]", e.getPath().stream()
        .map(r -> r.getFieldName() != null ? r.getFieldName() : Integer.toString(r.getIndex()))
        .collect(Collectors.toList()).toString());
    assertInstanceOf(se.asf.core.InvariantViolationException.class, e.getCause());
  }

  @Test
  void itIsStrictWhateverTheMappersCoercionSettings() {
    ObjectMapper lenient = JsonMapper.builder().addModule(new AsfModule())
        .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .enable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
    assertThrows(JsonMappingException.class, () -> lenient.readValue(
        "{\"form\": \"employment\", \"group\": \"none\", \"heads\": \"2\", \"fullTimeEquivalents\": 1}", WorkforceLine.class));
    assertThrows(JsonMappingException.class, () -> lenient.readValue(
        "{\"form\": \"employment\", \"group\": \"none\", \"heads\": 2.0, \"fullTimeEquivalents\": 1}", WorkforceLine.class));
    assertThrows(JsonMappingException.class, () -> lenient.readValue(
        "{\"form\": \"employment\", \"group\": null, \"heads\": 2, \"fullTimeEquivalents\": 1}", WorkforceLine.class));
    assertThrows(JsonMappingException.class, () -> lenient.readValue(
        "{\"lat\": 59, \"lat\": 60, \"lon\": 18}", Position.class));
  }

  @Test
  void unknownPropertiesFollowTheMapperAndTheNestingLimitStillHolds() throws Exception {
    ObjectMapper ignoring = JsonMapper.builder().addModule(new AsfModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    assertEquals(Position.ofWgs84(59, 18), ignoring.readValue("{\"lat\": 59, \"x\": [[{}]], \"lon\": 18}", Position.class));
    // What is skipped is still read for repeated names, each named by its path.
    assertEquals("/x/1/0/b/a", pathOf(assertThrows(JsonMappingException.class, () -> ignoring.readValue(
        "{\"lat\": 59, \"x\": [{\"a\": 1}, [{\"b\": {\"a\": 1, \"a\": 1}, \"a\": 2, \"a\": 3}]], \"lon\": 18}",
        Position.class))));
    assertEquals("/x/1/0/a", pathOf(assertThrows(JsonMappingException.class, () -> ignoring.readValue(
        "{\"lat\": 59, \"x\": [{\"a\": 1}, [{\"b\": {\"a\": 1}, \"a\": 2, \"a\": 3}]], \"lon\": 18}",
        Position.class))));
    assertEquals("/x/b/a", pathOf(assertThrows(JsonMappingException.class, () -> ignoring.readValue(
        "{\"lat\": 59, \"x\": {\"a\": [], \"b\": {\"a\": 1, \"a\": 1}}, \"lon\": 18}", Position.class))));
    assertEquals("/x", pathOf(assertThrows(JsonMappingException.class, () -> ignoring.readValue(
        "{\"lat\": 59, \"x\": 1, \"lon\": 18, \"x\": 2}", Position.class))));
    assertEquals(Position.ofWgs84(59, 18), ignoring.readValue(
        "{\"lat\": 59, \"x\": {\"a\": {\"a\": [{\"a\": 1}, {\"a\": 1}]}}, \"y\": {\"x\": 1}, \"lon\": 18}",
        Position.class));

    ObjectMapper bounded = Fixtures.FULL.newObjectMapper();
    bounded.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    String deep = "{\"lat\": 59, \"lon\": 18, \"x\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}";
    assertThrows(StreamConstraintsException.class, () -> bounded.readValue(deep, Position.class));
  }

  @Test
  void aSecondModuleOnTheSameMapperIsIgnored() throws Exception {
    ObjectMapper mapper = JsonMapper.builder()
        .addModule(new AsfModule())
        .addModule(AsfModule.builder().enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build())
        .build();
    assertEquals("\"19121212-****\"", mapper.writeValueAsString(TOLVAN));
  }

  @Test
  void positionsKeepTheFormTheyWereGivenIn() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
    assertEquals("{\"lat\":59.1983,\"lon\":17.8353}", mapper.writeValueAsString(Position.ofWgs84(59.1983, 17.8353)));
    assertEquals("{\"northing\":6548757.206,\"easting\":758410.519,\"crs\":\"EPSG:3006\"}",
        mapper.writeValueAsString(Position.ofSweref99Tm(6548757.206, 758410.519)));
    assertNotEquals(Position.class, mapper.readValue("{\"northing\": 6548757.206, \"easting\": 758410.519,"
        + " \"crs\": \"EPSG:3006\"}", Position.class).getClass());
    assertThrows(JsonMappingException.class,
        () -> mapper.readValue("{\"lat\": 59.1983, \"lon\": 17.8353}", se.asf.core.geo.Sweref99TmPosition.class));
  }

  /** The JSON Pointer of a mapping exception's path. */
  private static String pathOf(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference step : e.getPath()) {
      pointer.append('/').append(step.getFieldName() != null ? step.getFieldName() : Integer.toString(step.getIndex()));
    }
    return pointer.toString();
  }
}
