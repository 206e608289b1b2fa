package se.asf.rules.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.identity.Personnummer;
import se.asf.rules.fixtures.JakartaValidators;
import se.asf.rules.fixtures.SupplierForm;

class ValidPersonnummerTest {
  private static final String KEY = "{se.asf.rules.constraints.ValidPersonnummer.";
  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
  /** 15 June 2024, noon in Stockholm. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T10:00:00Z"), STOCKHOLM);
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 15);

  private final Validator validator = JakartaValidators.on(CLOCK);

  private List<ConstraintViolation<SupplierForm>> validateContact(Validator v, String personnummer) {
    return JakartaValidators.validate(v, SupplierForm.valid().withContactPersonnummer(personnummer));
  }

  private List<String> templates(String personnummer) {
    return validateContact(validator, personnummer).stream()
        .map(ConstraintViolation::getMessageTemplate)
        .collect(Collectors.toList());
  }

  @Test
  void acceptsEveryWrittenFormOfAValidNumber() {
    assertEquals(List.of(), templates("19121212-1212"));
    assertEquals(List.of(), templates("191212121212"));
    assertEquals(List.of(), templates("121212-1212"));
    assertEquals(List.of(), templates("1212121212"));
    assertEquals(List.of(), templates("121212+1212"));
    assertEquals(List.of(), templates(SupplierForm.OTHER_PERSONNUMMER));
  }

  @Test
  void nullIsValid() {
    assertEquals(List.of(), templates(null));
  }

  @Test
  void wrongCheckDigitIsReportedAsSuch() {
    List<ConstraintViolation<SupplierForm>> violations = validateContact(validator, "19121212-1213");
    assertEquals(1, violations.size());
    assertEquals("contactPersonnummer", violations.get(0).getPropertyPath().toString());
    assertEquals(KEY + "CHECK_DIGIT.message}", violations.get(0).getMessageTemplate());
    assertEquals("has the wrong check digit", violations.get(0).getMessage());
  }

  @Test
  void wrongLengthIsReportedAsSuch() {
    assertEquals(List.of(KEY + "LENGTH.message}"), templates("19121212-121"));
  }

  @Test
  void impossibleDateIsReportedAsSuch() {
    // 1912-13-12 does not exist; the check digit is right for 1913121212's first nine digits.
    assertEquals(List.of(KEY + "CHECK_DIGIT.message}", KEY + "DATE.message}"), templates("19121312-1212"));
  }

  @Test
  void birthDateAfterTheClocksTodayIsAFutureDate() {
    // 2025-01-01 is valid in itself (the check digit is right) but after the fixed clock's today.
    assertEquals(List.of(KEY + "FUTURE_DATE.message}"), templates("20250101-1239"));
    Clock later = Clock.fixed(Instant.parse("2026-01-01T12:00:00Z"), STOCKHOLM);
    assertEquals(List.of(), validateContact(JakartaValidators.on(later), "20250101-1239"));
  }

  @Test
  void theClocksZoneDecidesTheDay() {
    // 23:30 UTC on 31 December 2024 is already 1 January 2025 in Stockholm.
    Instant instant = Instant.parse("2024-12-31T23:30:00Z");
    assertEquals(1, validateContact(JakartaValidators.on(Clock.fixed(instant, ZoneId.of("UTC"))),
        "20250101-1239").size());
    assertEquals(List.of(), validateContact(JakartaValidators.on(Clock.fixed(instant, STOCKHOLM)),
        "20250101-1239"));
  }

  @Test
  void samordningsnummerIsAcceptedUnlessForbidden() {
    assertEquals(List.of(), templates(SupplierForm.SAMORDNINGSNUMMER));
    List<ConstraintViolation<SupplierForm>> owner = JakartaValidators.validate(validator,
        SupplierForm.valid().withOwnerPersonnummer(SupplierForm.SAMORDNINGSNUMMER));
    assertEquals(1, owner.size());
    assertEquals("ownerPersonnummer", owner.get(0).getPropertyPath().toString());
    assertEquals(KEY + "SAMORDNINGSNUMMER.message}", owner.get(0).getMessageTemplate());
  }

  @Test
  void aCustomMessageReplacesTheSamordningsnummerMessageToo() {
    record Owner(@ValidPersonnummer(allowSamordningsnummer = false, message = "bara personnummer") String number) {}
    List<ConstraintViolation<Owner>> violations =
        JakartaValidators.validate(validator, new Owner(SupplierForm.SAMORDNINGSNUMMER));
    assertEquals(1, violations.size());
    assertEquals("bara personnummer", violations.get(0).getMessage());
    assertEquals(List.of(), JakartaValidators.validate(validator, new Owner(SupplierForm.PERSONNUMMER)));
  }

  @Test
  void aCustomMessageReplacesTheProblemMessagesWithOne() {
    record Custom(@ValidPersonnummer(message = "bad number") String number) {}
    List<ConstraintViolation<Custom>> violations =
        JakartaValidators.validate(validator, new Custom("19121312-1212"));
    assertEquals(1, violations.size());
    assertEquals("bad number", violations.get(0).getMessage());
  }

  @Test
  void noMessageRepeatsTheInput() {
    for (String input : List.of("19811218-9877", "19811218-987", "19811318-9876", "20811218-9876",
        "19811218+9876", "19811218x9876")) {
      for (ConstraintViolation<SupplierForm> violation : validateContact(validator, input)) {
        assertFalse(violation.getMessage().contains("9876"), violation.getMessage());
        assertFalse(violation.getMessage().contains("811218"), violation.getMessage());
      }
      assertFalse(validateContact(validator, input).isEmpty(), input);
    }
  }

  @Test
  void agreesWithTheCoreCheckOnAnyDateAndDigits() {
    // Real dates from 1900 to 2029 (some after the clock's today) with any last four digits:
    // about one in ten has the right check digit.
    qt().forAll(integers().between(0, 47_000), integers().between(0, 9999))
        .as((day, last) -> LocalDate.of(1900, 1, 1).plusDays(day).format(DateTimeFormatter.BASIC_ISO_DATE)
            + String.format("-%04d", last))
        .check(text -> templates(text).isEmpty() == Personnummer.isValid(text, TODAY)
            && templates(text).size() == Personnummer.check(text, TODAY).size());
  }
}
