package se.asf.rules.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.identity.Organisationsnummer;
import se.asf.rules.fixtures.JakartaValidators;
import se.asf.rules.fixtures.SupplierForm;

class ValidOrganisationsnummerTest {
  private static final String KEY = "{se.asf.rules.constraints.ValidOrganisationsnummer.";
  private final Validator validator = JakartaValidators.on(Clock.systemUTC());

  private List<ConstraintViolation<SupplierForm>> validate(String organisationsnummer) {
    return JakartaValidators.validate(validator, SupplierForm.valid().withOrganisationsnummer(organisationsnummer));
  }

  private List<String> templates(String organisationsnummer) {
    return validate(organisationsnummer).stream()
        .map(ConstraintViolation::getMessageTemplate)
        .collect(Collectors.toList());
  }

  @Test
  void acceptsEveryWrittenFormOfAValidNumber() {
    assertEquals(List.of(), validate("556016-0680"));
    assertEquals(List.of(), validate("5560160680"));
    assertEquals(List.of(), validate("16556016-0680"));
    assertEquals(List.of(), validate("165560160680"));
  }

  @Test
  void nullIsValid() {
    assertEquals(List.of(), validate(null));
  }

  @Test
  void emptyTextIsInvalid() {
    assertEquals(List.of(KEY + "EMPTY.message}"), templates(""));
  }

  @Test
  void wrongCheckDigitIsReportedAsSuch() {
    List<ConstraintViolation<SupplierForm>> violations = validate("556016-0681");
    assertEquals(1, violations.size());
    ConstraintViolation<SupplierForm> violation = violations.get(0);
    assertEquals("organisationsnummer", violation.getPropertyPath().toString());
    assertEquals(KEY + "CHECK_DIGIT.message}", violation.getMessageTemplate());
    assertEquals("has the wrong check digit", violation.getMessage());
  }

  @Test
  void wrongLengthIsReportedAsSuch() {
    List<ConstraintViolation<SupplierForm>> violations = validate("556016-068");
    assertEquals(List.of(KEY + "LENGTH.message}"), templates("556016-068"));
    assertTrue(violations.get(0).getMessage().startsWith("must have 10 digits"), violations.get(0).getMessage());
  }

  @Test
  void personnummerWhereAnOrganisationNumberIsExpectedIsNamedAsSuch() {
    List<ConstraintViolation<SupplierForm>> violations = validate("121212-1212");
    assertEquals(List.of(KEY + "NOT_AN_ORGANISATION_NUMBER.message}"), templates("121212-1212"));
    String message = violations.get(0).getMessage();
    assertTrue(message.startsWith("is a personal identity number, not an organisation number"), message);
    assertFalse(message.contains("1212"), message);
  }

  @Test
  void reportsEveryProblemFound() {
    // 0 names no group, and the check digit of 012345678 is 2.
    assertEquals(List.of(KEY + "CHECK_DIGIT.message}", KEY + "GROUP.message}"), templates("012345-6789"));
  }

  @Test
  void namesThePositionOfAMisplacedHyphen() {
    assertEquals(List.of(KEY + "SEPARATOR.message}"), templates("55601-60680"));
    assertEquals("has the hyphen in the wrong place (character 6); it goes before the last four digits",
        validate("55601-60680").get(0).getMessage());
    assertEquals("has the hyphen in the wrong place (character 1); it goes before the last four digits",
        validate("-5560160680").get(0).getMessage());
  }

  @Test
  void namesThePositionOfAForbiddenCharacter() {
    List<ConstraintViolation<SupplierForm>> violations = validate("556016-06a0");
    assertEquals(List.of(KEY + "CHARACTER.message}"), templates("556016-06a0"));
    assertEquals("may contain only digits and one hyphen; character 10 is not allowed",
        violations.get(0).getMessage());
  }

  @Test
  void wrongCenturyPrefixIsReportedAsSuch() {
    assertEquals(List.of(KEY + "CENTURY_PREFIX.message}"), templates("195560160680"));
  }

  @Test
  void aCustomMessageReplacesTheProblemMessagesWithOne() {
    record Custom(@ValidOrganisationsnummer(message = "bad number") String number) {}
    List<ConstraintViolation<Custom>> violations = JakartaValidators.validate(validator, new Custom("012345-6789"));
    assertEquals(1, violations.size());
    assertEquals("bad number", violations.get(0).getMessage());
  }

  @Test
  void validatesListElements() {
    record Numbers(List<@ValidOrganisationsnummer String> numbers) {}
    List<ConstraintViolation<Numbers>> violations =
        JakartaValidators.validate(validator, new Numbers(List.of("556016-0680", "556016-0681")));
    assertEquals(1, violations.size());
    assertEquals("numbers[1].<list element>", violations.get(0).getPropertyPath().toString());
  }

  @Test
  void agreesWithTheCoreCheckOnAnyText() {
    qt().forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 14))
        .check(text -> validate(text).isEmpty() == Organisationsnummer.isValid(text)
            && validate(text).size() == Organisationsnummer.check(text).size());
    // Ten digits: about one in twenty is valid, so both outcomes are exercised.
    qt().forAll(longs().between(0, 9_999_999_999L))
        .asWithPrecursor(n -> String.format("%010d", n))
        .check((n, text) -> validate(text).isEmpty() == Organisationsnummer.isValid(text));
  }
}
