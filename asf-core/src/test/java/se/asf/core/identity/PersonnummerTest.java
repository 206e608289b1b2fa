package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Example and property tests of {@link Personnummer}.
 *
 * <p>{@code 121212-1212} is Skatteverket's test number; every other check digit below was computed
 * with an independent Luhn implementation.
 */
class PersonnummerTest {

  /** The reference date of most examples. */
  private static final LocalDate REF = LocalDate.of(2026, 11, 23);

  // ---------------------------------------------------------------- helpers

  private static Personnummer parse(String text) {
    return Personnummer.parse(text, REF);
  }

  private static IdentityNumberFormatException rejected(String text, LocalDate referenceDate) {
    return assertThrows(IdentityNumberFormatException.class,
        () -> Personnummer.parse(text, referenceDate), () -> "expected '" + text + "' to be rejected");
  }

  /** Asserts that parse rejects the text on REF with exactly these violations, and check agrees. */
  private static void assertViolations(String text, IdentityViolation... expected) {
    assertViolationsOn(text, REF, expected);
  }

  private static void assertViolationsOn(String text, LocalDate ref, IdentityViolation... expected) {
    List<IdentityViolation> violations = List.of(expected);
    IdentityNumberFormatException e = rejected(text, ref);
    assertEquals(violations, e.getViolations(), text);
    assertEquals(violations, Personnummer.check(text, ref), text);
    assertFalse(Personnummer.isValid(text, ref), text);
  }

  private static void assertBirthDate(String text, LocalDate ref, LocalDate expected) {
    Personnummer p = Personnummer.parse(text, ref);
    assertEquals(expected, p.getBirthDate(), text);
    assertTrue(Personnummer.isValid(text, ref), text);
    assertEquals(List.of(), Personnummer.check(text, ref), text);
  }

  private static IdentityViolation date(int index) {
    return IdentityViolation.of(IdentityProblem.DATE,
        "a calendar date as YYMMDD, or with 60 added to the day", index);
  }

  private static IdentityViolation checkDigit(int expectedDigit, int index) {
    return IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit " + expectedDigit, index);
  }

  private static IdentityViolation futureDate(LocalDate ref) {
    return IdentityViolation.of(IdentityProblem.FUTURE_DATE,
        "a birth date no later than the reference date " + ref, 0);
  }

  private static IdentityViolation length() {
    return IdentityViolation.of(IdentityProblem.LENGTH, "10 or 12 digits", -1);
  }

  private static IdentityViolation character(int index) {
    return IdentityViolation.of(IdentityProblem.CHARACTER, "a digit or one '-' or '+'", index);
  }

  private static IdentityViolation separator(int index) {
    return IdentityViolation.of(IdentityProblem.SEPARATOR,
        "a separator before the last four digits", index);
  }

  // ---------------------------------------------------------------- forms

  @Nested
  class Forms {
    @Test
    void twelveDigitForms() {
      for (String text : List.of("19121212-1212", "191212121212")) {
        Personnummer p = parse(text);
        assertEquals(LocalDate.of(1912, 12, 12), p.getBirthDate(), text);
        assertEquals("19121212-1212", p.toUnmaskedString(), text);
        assertEquals("19121212-****", p.toString(), text);
        assertFalse(p.isSamordningsnummer());
      }
    }

    @Test
    void tenDigitFormsWithDashOrNoSeparatorAreUnder100() {
      for (String text : List.of("121212-1212", "1212121212")) {
        assertEquals("20121212-1212", parse(text).toUnmaskedString(), text);
      }
    }

    @Test
    void tenDigitFormWithPlusIsAtLeast100() {
      Personnummer p = parse("121212+1212");
      assertEquals(LocalDate.of(1912, 12, 12), p.getBirthDate());
      assertEquals(parse("19121212-1212"), p);
      assertEquals(parse("19121212-1212").hashCode(), p.hashCode());
      assertNotEquals(parse("121212-1212"), p);
    }

    @Test
    void anotherValidNumber() {
      Personnummer p = parse("811228-9874");
      assertEquals(LocalDate.of(1981, 12, 28), p.getBirthDate());
      assertEquals("19811228-9874", p.toUnmaskedString());
      assertEquals(p, parse("198112289874"));
    }

    @Test
    void plusIsRejectedInTheTwelveDigitForm() {
      assertViolations("19121212+1212", IdentityViolation.of(
          IdentityProblem.CENTURY_SEPARATOR, "'-' in the 12-digit form", 8));
    }

    @Test
    void isASupplierIdentityThatShowsOnlyTheMaskedForm() {
      SupplierIdentity identity = parse("811228-9874");
      assertEquals("19811228-****", identity.toString());
      assertEquals("19811228-****", String.valueOf(identity));
    }
  }

  // ---------------------------------------------------------------- century resolution

  @Nested
  class Century {
    @Test
    void dashResolvesToTheMostRecentPossibleCentury() {
      assertBirthDate("121212-1212", REF, LocalDate.of(2012, 12, 12));
      assertBirthDate("251231-0000", REF, LocalDate.of(2025, 12, 31));
      assertBirthDate("270101-0007", REF, LocalDate.of(1927, 1, 1));
      assertBirthDate("990101-0000", REF, LocalDate.of(1999, 1, 1));
      assertBirthDate("000101-0008", REF, LocalDate.of(2000, 1, 1));
    }

    @Test
    void plusResolvesOneCenturyEarlier() {
      assertBirthDate("121212+1212", REF, LocalDate.of(1912, 12, 12));
      assertBirthDate("270101+0007", REF, LocalDate.of(1827, 1, 1));
    }

    @Test
    void aBirthdayLaterInTheYearThanTheReferenceDateIsFromThePreviousCentury() {
      // 24 November 2026 has not come yet on 23 November 2026.
      assertBirthDate("261124-0009", REF, LocalDate.of(1926, 11, 24));
      assertBirthDate("261124+0009", REF, LocalDate.of(1826, 11, 24));
    }

    @Test
    void aDateEqualToTheReferenceDateIsToday() {
      assertBirthDate("261123-0000", REF, LocalDate.of(2026, 11, 23));
      assertBirthDate("2611230000", REF, LocalDate.of(2026, 11, 23));
      assertBirthDate("261123+0000", REF, LocalDate.of(1926, 11, 23));
      // One day earlier, the same text names someone turning 100.
      assertBirthDate("261123-0000", REF.minusDays(1), LocalDate.of(1926, 11, 23));
    }

    @Test
    void theCenturyDependsOnTheReferenceDate() {
      assertBirthDate("121212-1212", LocalDate.of(2012, 12, 11), LocalDate.of(1912, 12, 12));
      assertBirthDate("121212-1212", LocalDate.of(2012, 12, 12), LocalDate.of(2012, 12, 12));
      assertBirthDate("121212-1212", LocalDate.of(2112, 12, 11), LocalDate.of(2012, 12, 12));
      assertBirthDate("121212-1212", LocalDate.of(2112, 12, 12), LocalDate.of(2112, 12, 12));
    }
  }

  // ---------------------------------------------------------------- dates

  @Nested
  class Dates {
    @Test
    void leapDayInALeapYear() {
      assertBirthDate("000229-0005", REF, LocalDate.of(2000, 2, 29));
      assertBirthDate("20000229-0005", REF, LocalDate.of(2000, 2, 29));
    }

    @Test
    void leapDayInACommonYear() {
      assertViolations("010229-0004", date(0));
      assertViolations("20010229-0004", date(2));
      // 1900 was not a leap year.
      assertViolations("000229+0005", date(0));
      assertViolations("19000229-0005", date(2));
    }

    @Test
    void leapDayAgainstAReferenceDateInALeapYear() {
      // On 28 February 2024, the 2024 leap day has not come: 1924 was a leap year too.
      assertBirthDate("240229-0007", LocalDate.of(2024, 2, 28), LocalDate.of(1924, 2, 29));
      assertBirthDate("240229-0007", LocalDate.of(2024, 2, 29), LocalDate.of(2024, 2, 29));
    }

    @Test
    void impossibleDates() {
      assertViolations("121200-0002", date(0)); // day 0
      assertViolations("120231-0007", date(0)); // 31 February
      assertViolations("121312-0007", date(0)); // month 13
    }

    @Test
    void dateAndCheckDigitAreBothReported() {
      // 010229-000x: the correct check digit is 4.
      assertViolations("010229-0000", date(0), checkDigit(4, 10));
    }

    @Test
    void aBirthDateAfterTheReferenceDateIsInTheFuture() {
      assertViolations("20261124-0009", futureDate(REF));
      assertViolations("20271212-0001", futureDate(REF));
      assertTrue(Personnummer.isValid("20261123-0000", REF));
      assertViolationsOn("19121212-1212", LocalDate.of(1912, 12, 11),
          futureDate(LocalDate.of(1912, 12, 11)));
    }
  }

  // ---------------------------------------------------------------- samordningsnummer

  @Nested
  class Samordningsnummer {
    @Test
    void dayPlusSixty() {
      Personnummer p = parse("121272-1219");
      assertTrue(p.isSamordningsnummer());
      assertEquals(LocalDate.of(2012, 12, 12), p.getBirthDate());
      assertEquals("20121272-****", p.toString());
      assertEquals("20121272-1219", p.toUnmaskedString());
      assertNotEquals(parse("121212-1212"), p);
    }

    @Test
    void firstAndLastDay() {
      assertBirthDate("121261-0008", REF, LocalDate.of(2012, 12, 1));
      assertBirthDate("121291-0002", REF, LocalDate.of(2012, 12, 31));
      assertTrue(parse("121261-0008").isSamordningsnummer());
      assertTrue(parse("121291-0002").isSamordningsnummer());
    }

    @Test
    void impossibleCoordinationDays() {
      assertViolations("121260-0009", date(0)); // day 60: neither a day nor 60 + a day
      assertViolations("121292-0001", date(0)); // 60 + 32
    }

    @Test
    void leapDayPlusSixty() {
      assertBirthDate("000289-0002", REF, LocalDate.of(2000, 2, 29));
      assertViolations("010289-0001", date(0));
    }

    @Test
    void anOrdinaryNumberIsNoSamordningsnummer() {
      assertFalse(parse("121212-1212").isSamordningsnummer());
      assertFalse(parse("811228-9874").isSamordningsnummer());
    }
  }

  // ---------------------------------------------------------------- check digit

  @Nested
  class CheckDigit {
    @Test
    void theLuhnDigitIsOverTheTenDigitForm() {
      // Over the first nine of the twelve digits, 191212121212 would need a 5; over the ten-digit
      // form it needs the 2 it has.
      assertTrue(Personnummer.isValid("191212121212", REF));
      assertViolations("191212121215", checkDigit(2, 11));
    }

    @Test
    void wrongCheckDigitNamesTheExpectedDigitAndItsIndex() {
      assertViolations("121212-1213", checkDigit(2, 10));
      assertViolations("1212121213", checkDigit(2, 9));
      assertViolations("19121212-1213", checkDigit(2, 12));
      assertViolations("811228-9875", checkDigit(4, 10));
    }
  }

  // ---------------------------------------------------------------- structure

  @Nested
  class Structure {
    @Test
    void empty() {
      assertViolations("", IdentityViolation.of(IdentityProblem.EMPTY, "10 or 12 digits", -1));
    }

    @Test
    void nullsAreProgrammingErrors() {
      assertThrows(NullPointerException.class, () -> Personnummer.parse(null, REF));
      assertThrows(NullPointerException.class, () -> Personnummer.parse("121212-1212", (LocalDate) null));
      assertThrows(NullPointerException.class, () -> Personnummer.parse("121212-1212", (Clock) null));
      assertThrows(NullPointerException.class, () -> Personnummer.check(null, REF));
      assertThrows(NullPointerException.class, () -> Personnummer.check("121212-1212", null));
    }

    @Test
    void wrongLengths() {
      assertViolations("12121212", length());
      assertViolations("121212-121", length());
      assertViolations("121212-12121", length());
      assertViolations("1912121212120", length());
    }

    @Test
    void badCharacters() {
      assertViolations("121212 1212", character(6));
      assertViolations("121212/1212", character(6));
      assertViolations("121212--1212", character(7));
      assertViolations("121212-+1212", character(7));
      assertViolations("121212-1212 ", character(11));
      assertViolations("x121212-1212", character(0));
    }

    @Test
    void separatorInTheWrongPlace() {
      assertViolations("1212121-212", separator(7));
      assertViolations("12121-21212", separator(5));
      assertViolations("191212-121212", separator(6));
      assertViolations("1212121212+", separator(10));
    }
  }

  // ---------------------------------------------------------------- renderings and clock

  @Nested
  class RenderingsAndClock {
    @Test
    void maskedAndUnmaskedForms() {
      Personnummer p = parse("121212-1212");
      assertEquals("20121212-****", p.toString());
      assertEquals("20121212-1212", p.toUnmaskedString());
      assertEquals(p, parse(p.toUnmaskedString()));
      assertEquals(p, Personnummer.parse(p.toUnmaskedString(), LocalDate.of(2200, 1, 1)));
    }

    @Test
    void theUnmaskedFormIsInTheFutureBeforeTheBirthDate() {
      Personnummer p = parse("121212-1212");
      assertEquals(IdentityProblem.FUTURE_DATE,
          rejected(p.toUnmaskedString(), LocalDate.of(2012, 12, 11)).getProblem());
    }

    @Test
    void parseWithAClockUsesItsDate() {
      Clock onRef = Clock.fixed(Instant.parse("2026-11-23T12:00:00Z"), ZoneOffset.UTC);
      Clock dayBefore = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);
      assertEquals(LocalDate.of(2026, 11, 23), Personnummer.parse("261123-0000", onRef).getBirthDate());
      assertEquals(LocalDate.of(1926, 11, 23),
          Personnummer.parse("261123-0000", dayBefore).getBirthDate());
    }

    @Test
    void parseWithAClockUsesItsZone() {
      // 23:30 UTC on 22 November is already 23 November in Stockholm.
      Instant instant = Instant.parse("2026-11-22T23:30:00Z");
      Clock stockholm = Clock.fixed(instant, ZoneId.of("Europe/Stockholm"));
      Clock utc = Clock.fixed(instant, ZoneOffset.UTC);
      assertEquals(LocalDate.of(2026, 11, 23),
          Personnummer.parse("261123-0000", stockholm).getBirthDate());
      assertEquals(LocalDate.of(1926, 11, 23), Personnummer.parse("261123-0000", utc).getBirthDate());
    }

    @Test
    void parsingDoesNotDependOnTheDefaultLocale() {
      Locale original = Locale.getDefault();
      try {
        for (String tag : List.of("ar-SA", "th-TH-u-nu-thai", "hi-IN-u-nu-deva", "sv-SE")) {
          Locale.setDefault(Locale.forLanguageTag(tag));
          Personnummer p = parse("121212-1212");
          assertEquals("20121212-1212", p.toUnmaskedString(), tag);
          assertEquals("20121212-****", p.toString(), tag);
        }
      } finally {
        Locale.setDefault(original);
      }
    }
  }

  // ---------------------------------------------------------------- masking in exceptions

  @Nested
  class Masking {
    @Test
    void theExceptionShowsTheInputMasked() {
      IdentityNumberFormatException e = rejected("19811228-9875", REF);
      assertEquals("19811228-****", e.getMaskedInput());
      assertTrue(e.getMessage().startsWith("Personnummer '19811228-****' is invalid: "),
          e.getMessage());
      assertFalse(e.getMessage().contains("9875"), e.getMessage());
    }

    @Test
    void aValidNumberFollowedByMoreTextIsNotEchoed() {
      for (String text : List.of("19811228-9874 0000", "811228-98741", "19811228-9874xxxxxxxxxxxxxxxxxx1234")) {
        IdentityNumberFormatException e = rejected(text, REF);
        assertFalse(e.getMessage().contains("9874"), e.getMessage());
      }
    }
  }

  // ---------------------------------------------------------------- properties

  /** A generated valid number and the reference date it is read against. */
  record Case(LocalDate ref, LocalDate birth, int serial, boolean samordning) {
    String datePart() {
      int day = birth.getDayOfMonth() + (samordning ? 60 : 0);
      return String.format(Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), day);
    }

    String tenDigits() {
      String nine = datePart().substring(2) + String.format(Locale.ROOT, "%03d", serial);
      return nine + OrganisationsnummerTest.luhn(nine);
    }

    String lastFour() {
      return tenDigits().substring(6);
    }

    String twelveWithDash() {
      return datePart() + "-" + lastFour();
    }

    boolean atLeast100() {
      return !birth.plusYears(100).isAfter(ref);
    }

    String tenWithSeparator() {
      return tenDigits().substring(0, 6) + (atLeast100() ? "+" : "-") + lastFour();
    }
  }

  /** Reference dates in 2000-2099; birth dates up to about 147 years before them. */
  private static Gen<Case> validCases() {
    int from = (int) LocalDate.of(2000, 1, 1).toEpochDay();
    int to = (int) LocalDate.of(2099, 12, 31).toEpochDay();
    return integers().between(from, to).zip(integers().between(0, 54_000),
        integers().between(0, 999), booleans().all(),
        (ref, daysBack, serial, samordning) -> {
          LocalDate refDate = LocalDate.ofEpochDay(ref);
          return new Case(refDate, refDate.minusDays(daysBack), serial, samordning);
        });
  }

  @Nested
  class Properties {
    @Test
    void toStringIsTheDatePartAndFourStars() {
      qt().forAll(validCases()).checkAssert(c -> {
        Personnummer p = Personnummer.parse(c.twelveWithDash(), c.ref());
        assertEquals(c.datePart() + "-****", p.toString());
        assertEquals(c.twelveWithDash(), p.toUnmaskedString());
      });
    }

    @Test
    void everyFormParsesToTheSameValue() {
      qt().forAll(validCases()).checkAssert(c -> {
        Personnummer p = Personnummer.parse(c.twelveWithDash(), c.ref());
        assertEquals(c.birth(), p.getBirthDate());
        assertEquals(c.samordning(), p.isSamordningsnummer());
        assertEquals(p, Personnummer.parse(c.twelveWithDash().replace("-", ""), c.ref()));
        assertEquals(p, Personnummer.parse(c.tenWithSeparator(), c.ref()));
        if (!c.atLeast100()) {
          assertEquals(p, Personnummer.parse(c.tenDigits(), c.ref()));
        }
        assertEquals(p, Personnummer.parse(p.toUnmaskedString(), c.ref()));
        assertEquals(p, Personnummer.parse(p.toUnmaskedString(), c.ref().plusYears(300)));
      });
    }

    @Test
    void exceptionsNeverShowTheLastFourDigits() {
      qt().forAll(validCases(), integers().between(0, 5), integers().between(1, 9))
          .checkAssert((c, kind, delta) -> {
            String text;
            switch (kind) {
              case 0: // wrong check digit, 12-digit form
              case 1: // wrong check digit, 10-digit form
                String base = kind == 0 ? c.twelveWithDash() : c.tenWithSeparator();
                char last = base.charAt(base.length() - 1);
                text = base.substring(0, base.length() - 1) + (char) ('0' + (last - '0' + delta) % 10);
                break;
              case 2: // birth date after the reference date
                Case future = new Case(c.ref(), c.ref().plusDays(delta * 37L), c.serial(), c.samordning());
                text = future.twelveWithDash();
                break;
              case 3: // day 32, or 92 for a samordningsnummer
              case 4: { // month 13
                String nine = kind == 3
                    ? c.tenDigits().substring(0, 4) + (c.samordning() ? "92" : "32") + c.tenDigits().substring(6, 9)
                    : c.tenDigits().substring(0, 2) + "13" + c.tenDigits().substring(4, 9);
                text = nine.substring(0, 6) + "-" + nine.substring(6) + OrganisationsnummerTest.luhn(nine);
                break;
              }
              default: // the whole number followed by more digits
                text = c.twelveWithDash() + " " + c.lastFour();
                break;
            }
            String lastFour = text.substring(text.length() - 4);
            IdentityNumberFormatException e = rejected(text, c.ref());
            String message = e.getMessage();
            assertTrue(message.contains("'" + e.getMaskedInput() + "'"), message);
            // The masked input keeps at most the date part, then only stars.
            String shown = e.getMaskedInput().replaceAll("[^0-9]", "");
            assertTrue(shown.length() <= 8, e.getMaskedInput());
            assertTrue(e.getMaskedInput().endsWith("****"), e.getMaskedInput());
            // Apart from the masked input and the reference date, no four digits in a row.
            String rest = message.replace(e.getMaskedInput(), "").replace(c.ref().toString(), "");
            assertFalse(rest.matches("(?s).*\\d{4}.*"), message);
            // The direct check, where the date part or the reference date does not by chance hold the same four digits.
            if (!text.substring(0, text.length() - 5).contains(lastFour)
                && !c.ref().toString().contains(lastFour)) {
              assertFalse(message.contains(lastFour), message);
            }
          });
    }
  }

  @Test
  void aSeparatorBeforeAnyDigitIsRejectedAtIndexZero() {
    for (String text : List.of("-1212121212", "+1212121212")) {
      assertViolations(text, IdentityViolation.of(IdentityProblem.SEPARATOR,
          "a separator before the last four digits", 0));
    }
  }
}
