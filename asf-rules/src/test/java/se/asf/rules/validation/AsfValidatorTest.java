package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.identity.Personnummer;
import se.asf.rules.constraints.ValidOrganisationsnummer;
import se.asf.rules.fixtures.SupplierForm;

class AsfValidatorTest {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  /** 15 June 2024 in Stockholm. */
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
  private final AsfValidator validator = AsfValidator.create(CLOCK);

  private static InputViolation only(List<InputViolation> violations) {
    assertEquals(1, violations.size(), violations::toString);
    return violations.get(0);
  }

  @Test
  void aValidObjectHasNoViolations() {
    assertEquals(List.of(), validator.validate(SupplierForm.valid()));
    validator.requireValid(SupplierForm.valid());
  }

  @Test
  void reportsPathConstraintCodeAndMessagesInBothLanguages() {
    InputViolation violation = only(validator.validate(SupplierForm.valid().withOrganisationsnummer("556016-0681")));
    assertEquals("organisationsnummer", violation.getPath());
    assertEquals("ValidOrganisationsnummer", violation.getConstraint());
    assertEquals("se.asf.rules.constraints.ValidOrganisationsnummer.CHECK_DIGIT", violation.getCode());
    assertEquals("har fel kontrollsiffra", violation.getMessage(SWEDISH));
    assertEquals("has the wrong check digit", violation.getMessage(Locale.ENGLISH));
    assertEquals(violation.getMessage(SWEDISH), violation.getMessage());
    assertEquals("har fel kontrollsiffra", violation.getMessage(Locale.GERMAN));
  }

  @Test
  void wrongLengthHasItsOwnMessageInBothLanguages() {
    InputViolation violation = only(validator.validate(SupplierForm.valid().withOrganisationsnummer("556016-068")));
    assertEquals("se.asf.rules.constraints.ValidOrganisationsnummer.LENGTH", violation.getCode());
    assertTrue(violation.getMessage(SWEDISH).startsWith("måste ha 10 siffror"), violation.getMessage());
    assertTrue(violation.getMessage(Locale.ENGLISH).startsWith("must have 10 digits"), violation.toString());
  }

  @Test
  void personnummerWhereAnOrganisationNumberIsExpected() {
    InputViolation violation = only(validator.validate(SupplierForm.valid().withOrganisationsnummer("121212-1212")));
    assertEquals("se.asf.rules.constraints.ValidOrganisationsnummer.NOT_AN_ORGANISATION_NUMBER", violation.getCode());
    assertTrue(violation.getMessage(SWEDISH).startsWith("är ett personnummer, inte ett organisationsnummer"));
    assertTrue(violation.getMessage(Locale.ENGLISH).startsWith("is a personal identity number"));
    assertEquals(Optional.empty(), violation.getInvalidValue());
  }

  @Test
  void theReferenceDateComesFromTheGivenClock() {
    SupplierForm form = SupplierForm.valid().withContactPersonnummer("20250101-1239");
    InputViolation violation = only(validator.validate(form));
    assertEquals("contactPersonnummer", violation.getPath());
    assertEquals("se.asf.rules.constraints.ValidPersonnummer.FUTURE_DATE", violation.getCode());
    assertEquals("har ett födelsedatum i framtiden", violation.getMessage(SWEDISH));
    assertEquals("has a date of birth in the future", violation.getMessage(Locale.ENGLISH));
    assertEquals(Optional.empty(), violation.getInvalidValue());
    Clock later = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), ZoneId.of("Europe/Stockholm"));
    assertEquals(List.of(), AsfValidator.create(later).validate(form));
  }

  @Test
  void sweref99TmNorthingIsReportedOnItsPropertyWithItsValueAndRange() {
    InputViolation violation = only(validator.validate(SupplierForm.valid().withPosition(5_000_000.0, SupplierForm.EASTING)));
    assertEquals("northing", violation.getPath());
    assertEquals("ValidSweref99Tm", violation.getConstraint());
    assertEquals("se.asf.rules.constraints.ValidSweref99Tm.NORTHING_OUT_OF_RANGE", violation.getCode());
    assertEquals(Optional.of("5000000.0"), violation.getInvalidValue());
    assertEquals("måste vara en nordkoordinat i SWEREF 99 TM mellan 6090000 och 7700000 meter",
        violation.getMessage(SWEDISH));
    assertEquals("must be a SWEREF 99 TM northing between 6090000 and 7700000 metres",
        violation.getMessage(Locale.ENGLISH));
  }

  @Test
  void eachViolationKeepsItsOwnParametersAndValue() {
    List<InputViolation> violations = validator.validate(SupplierForm.valid().withPosition(1.0, 2.0));
    assertEquals(2, violations.size());
    assertEquals("easting", violations.get(0).getPath());
    assertEquals(Optional.of("2.0"), violations.get(0).getInvalidValue());
    assertTrue(violations.get(0).getMessage(Locale.ENGLISH).contains("between 180000 and 1090000"));
    assertEquals("northing", violations.get(1).getPath());
    assertEquals(Optional.of("1.0"), violations.get(1).getInvalidValue());
    assertTrue(violations.get(1).getMessage(Locale.ENGLISH).contains("between 6090000 and 7700000"));
  }

  @Test
  void messagesDifferBetweenLanguagesAndAreFullyInterpolated() {
    SupplierForm form = new SupplierForm("", "19121212-121", SupplierForm.SAMORDNINGSNUMMER, Double.NaN, 0.0);
    List<InputViolation> violations = validator.validate(form);
    assertEquals(5, violations.size(), violations::toString);
    for (InputViolation violation : violations) {
      assertNotEquals(violation.getMessage(SWEDISH), violation.getMessage(Locale.ENGLISH));
      assertFalse(violation.getMessage(SWEDISH).contains("{"), violation.getMessage(SWEDISH));
      assertFalse(violation.getMessage(Locale.ENGLISH).contains("{"), violation.getMessage(Locale.ENGLISH));
    }
  }

  record Line(@Min(0) int heads) {}

  record Workforce(List<@Valid Line> lines) {}

  record Enterprise(@Valid Workforce workforce) {}

  @Test
  void rendersNestedPathsWithIndexes() {
    Enterprise enterprise = new Enterprise(new Workforce(List.of(new Line(1), new Line(2), new Line(-1))));
    InputViolation violation = only(validator.validate(enterprise));
    assertEquals("workforce.lines[2].heads", violation.getPath());
    assertEquals("Min", violation.getConstraint());
    assertEquals("jakarta.validation.constraints.Min", violation.getCode());
    assertEquals(Optional.of("-1"), violation.getInvalidValue());
    assertEquals("måste vara större än eller lika med 0", violation.getMessage(SWEDISH));
    assertEquals("must be greater than or equal to 0", violation.getMessage(Locale.ENGLISH));
  }

  record Numbers(List<@ValidOrganisationsnummer String> numbers) {}

  @Test
  void rendersContainerElementsAsIndexes() {
    InputViolation violation = only(validator.validate(new Numbers(List.of("556016-0680", "556016-0681"))));
    assertEquals("numbers[1]", violation.getPath());
  }

  record Tags(java.util.Set<@Min(0) Integer> values) {}

  @Test
  void rendersAnElementOfASetAsEmptyBrackets() {
    assertEquals("values[]", only(validator.validate(new Tags(java.util.Set.of(-1)))).getPath());
  }

  record Patterns(
      @jakarta.validation.constraints.Pattern.List({
          @jakarta.validation.constraints.Pattern(regexp = "x", message = "d"),
          @jakarta.validation.constraints.Pattern(regexp = "y", message = "b"),
          @jakarta.validation.constraints.Pattern(regexp = "z", message = "e"),
          @jakarta.validation.constraints.Pattern(regexp = "v", message = "a"),
          @jakarta.validation.constraints.Pattern(regexp = "w", message = "c")}) String text) {}

  @Test
  void violationsOfOnePathAndCodeAreOrderedByMessage() {
    List<InputViolation> violations = validator.validate(new Patterns("t"));
    assertEquals(List.of("a", "b", "c", "d", "e"),
        violations.stream().map(InputViolation::getMessage).collect(Collectors.toList()));
  }

  @Test
  void theCodeIsTheTemplatesSingleKeyWithoutMessageElseTheConstraintsName() {
    java.lang.annotation.Annotation min = Tags.class.getRecordComponents()[0].getAnnotatedType()
        instanceof java.lang.reflect.AnnotatedParameterizedType p
        ? p.getAnnotatedActualTypeArguments()[0].getAnnotation(Min.class) : null;
    String name = "jakarta.validation.constraints.Min";
    assertEquals(name, AsfValidator.code("{jakarta.validation.constraints.Min.message}", min));
    assertEquals("own.key", AsfValidator.code("{own.key}", min));
    assertEquals("a", AsfValidator.code("{a}", min));
    for (String notOneKey : List.of("{}", "ab}", "{a{b}", "{a}b", "{a}{b}", "own text", "x{a}")) {
      assertEquals(name, AsfValidator.code(notOneKey, min), notOneKey);
    }
  }

  record HeadsByPerson(Map<String, @Min(0) Integer> heads) {}

  @Test
  void masksAnIdentityNumberUsedAsAMapKey() {
    InputViolation violation = only(validator.validate(new HeadsByPerson(Map.of(SupplierForm.OTHER_PERSONNUMMER, -1))));
    assertEquals("heads[19811218-****]", violation.getPath());
  }

  record Builtins(
      @NotNull String name,
      @DecimalMin("10") BigDecimal atLeastTen,
      @DecimalMin(value = "10", inclusive = false) BigDecimal aboveTen,
      @DecimalMax(value = "5", inclusive = false) BigDecimal belowFive,
      @Size(min = 2, max = 5) String code) {}

  @Test
  void builtInConstraintsHaveTheLibrarysSwedishAndHibernateValidatorsEnglish() {
    Builtins builtins = new Builtins(null, BigDecimal.ONE, BigDecimal.TEN, BigDecimal.TEN, "x");
    List<InputViolation> violations = validator.validate(builtins);
    Map<String, InputViolation> byPath = violations.stream()
        .collect(Collectors.toMap(InputViolation::getPath, v -> v));
    assertEquals(5, byPath.size(), violations::toString);

    assertEquals("måste anges", byPath.get("name").getMessage(SWEDISH));
    assertEquals("must not be null", byPath.get("name").getMessage(Locale.ENGLISH));
    assertEquals(Optional.empty(), byPath.get("name").getInvalidValue());

    assertEquals("måste vara större än eller lika med 10", byPath.get("atLeastTen").getMessage(SWEDISH));
    assertEquals("must be greater than or equal to 10", byPath.get("atLeastTen").getMessage(Locale.ENGLISH));
    assertEquals("jakarta.validation.constraints.DecimalMin", byPath.get("atLeastTen").getCode());

    assertEquals("måste vara större än 10", byPath.get("aboveTen").getMessage(SWEDISH));
    assertEquals("must be greater than 10", byPath.get("aboveTen").getMessage(Locale.ENGLISH));

    assertEquals("måste vara mindre än 5", byPath.get("belowFive").getMessage(SWEDISH));
    assertEquals("must be less than 5", byPath.get("belowFive").getMessage(Locale.ENGLISH));

    assertEquals("storleken måste vara mellan 2 och 5", byPath.get("code").getMessage(SWEDISH));
    assertEquals("size must be between 2 and 5", byPath.get("code").getMessage(Locale.ENGLISH));
    assertEquals(Optional.of("x"), byPath.get("code").getInvalidValue());
  }

  record Owner(@Null Personnummer owner) {}

  @Test
  void rendersAPersonnummerValueMasked() {
    Personnummer owner = Personnummer.parse(SupplierForm.OTHER_PERSONNUMMER, LocalDate.of(2024, 1, 1));
    InputViolation violation = only(validator.validate(new Owner(owner)));
    assertEquals(Optional.of("19811218-****"), violation.getInvalidValue());
  }

  record Note(@Size(max = 10) String text) {}

  @Test
  void masksIdentityNumbersInsideText() {
    InputViolation violation = only(validator.validate(new Note("ring 811218-9876 eller 198112189876")));
    assertEquals(Optional.of("ring 811218-**** eller 19811218****"), violation.getInvalidValue());
    InputViolation dashed = only(validator.validate(new Note("ring 811218\u20139876\n\u001b[2J")));
    assertEquals(Optional.of("ring 811218\u2013****\\n\\u001B[2J"), dashed.getInvalidValue());
  }

  @Test
  void cutsLongText() {
    String text = "x".repeat(200);
    InputViolation violation = only(validator.validate(new Note(text)));
    assertEquals(Optional.of("x".repeat(64) + "…"), violation.getInvalidValue());
  }

  record Nested(@NotNull @Valid Line line, @Null Line other) {}

  @Test
  void doesNotRenderBeans() {
    InputViolation violation = only(validator.validate(new Nested(new Line(0), new Line(1))));
    assertEquals("other", violation.getPath());
    assertEquals(Optional.empty(), violation.getInvalidValue());
  }

  @Test
  void noMessageOrValueContainsAFullPersonnummer() {
    List<SupplierForm> forms = List.of(
        SupplierForm.valid().withOrganisationsnummer("811218-9876"),
        SupplierForm.valid().withOrganisationsnummer("19811218-9876"),
        SupplierForm.valid().withOrganisationsnummer("121212-1212"),
        SupplierForm.valid().withContactPersonnummer("19811218-9877"),
        SupplierForm.valid().withContactPersonnummer("20811218-9876"),
        SupplierForm.valid().withContactPersonnummer("19811218x9876"),
        SupplierForm.valid().withContactPersonnummer("19121212-1213"),
        SupplierForm.valid().withOwnerPersonnummer("811278-9873"));
    List<String> texts = new ArrayList<>();
    for (SupplierForm form : forms) {
      List<InputViolation> violations = validator.validate(form);
      assertFalse(violations.isEmpty(), form::toString);
      for (InputViolation v : violations) {
        texts.addAll(List.of(v.getPath(), v.getCode(), v.getMessage(SWEDISH), v.getMessage(Locale.ENGLISH),
            v.toString(), v.getInvalidValue().orElse("")));
      }
      InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.requireValid(form));
      texts.addAll(List.of(e.getMessage(), e.getMessage(SWEDISH)));
    }
    for (String text : texts) {
      for (String secret : List.of("9876", "9877", "9873", "1212-1212", "1212-1213", "12121212")) {
        assertFalse(text.contains(secret), () -> text + " contains " + secret);
      }
    }
  }

  @Test
  void requireValidThrowsWithEveryViolation() {
    SupplierForm form = SupplierForm.valid().withOrganisationsnummer("556016-0681").withPosition(0.0, 0.0);
    InvalidInputException e = assertThrows(InvalidInputException.class, () -> validator.requireValid(form));
    assertEquals(validator.validate(form), e.getViolations());
    assertEquals(3, e.getViolations().size());
    assertEquals("Invalid input (3): easting: must be a SWEREF 99 TM easting between 180000 and 1090000 metres; "
        + "northing: must be a SWEREF 99 TM northing between 6090000 and 7700000 metres; "
        + "organisationsnummer: has the wrong check digit", e.getMessage());
    assertTrue(e.getMessage(SWEDISH).startsWith("Ogiltig inmatning (3): easting: måste vara en ostkoordinat"),
        e.getMessage(SWEDISH));
  }

  @Test
  void violationsAreOrderedByPathThenCode() {
    SupplierForm form = new SupplierForm("0", "0", "0", 0.0, 0.0);
    List<String> paths = validator.validate(form).stream().map(InputViolation::getPath).collect(Collectors.toList());
    assertEquals(List.of("contactPersonnummer", "easting", "northing", "organisationsnummer", "ownerPersonnummer"), paths);
  }

  @Test
  void rejectsNull() {
    assertThrows(NullPointerException.class, () -> validator.validate(null));
    assertThrows(NullPointerException.class, () -> AsfValidator.create(null));
  }

  @Test
  void theFactoryIsBuiltOnceAndShared() {
    assertSame(AsfValidator.create(), AsfValidator.create());
    AsfValidator onClock = AsfValidator.create(CLOCK);
    assertNotSame(AsfValidator.create(), onClock);
    assertSame(AsfValidator.create().factory(), onClock.factory());
    assertSame(validator.factory(), AsfValidator.create(Clock.systemUTC()).factory());
  }
}
