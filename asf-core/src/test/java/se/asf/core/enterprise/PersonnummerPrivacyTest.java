package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.localDates;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import se.asf.core.InvariantViolationException;
import se.asf.core.identity.Personnummer;

/**
 * A sole trader is identified by a personnummer, which is personal data: no text form of the
 * enterprise, its identity or an exception about it may show the four last digits (DOMAIN §4).
 */
class PersonnummerPrivacyTest {
  private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd");
  private static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);

  /** A valid personnummer, as its birth date and its ten digits YYMMDDNNNC. */
  record Generated(LocalDate birthDate, String tenDigits) {
    String yyyymmdd() {
      return birthDate.format(YYYYMMDD);
    }

    String lastFour() {
      return tenDigits.substring(6);
    }

    String canonical() {
      return yyyymmdd() + "-" + lastFour();
    }

    /** The ten-digit form, with {@code +} for a person of a hundred or more on the reference date. */
    String tenDigitForm() {
      char separator = birthDate.plusYears(100).isAfter(REFERENCE_DATE) ? '-' : '+';
      return tenDigits.substring(0, 6) + separator + lastFour();
    }
  }

  private static int luhn(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }

  private static final LocalDate FIRST = LocalDate.of(1920, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2005, 12, 31);

  private static final Gen<Generated> PERSONNUMMER = integers()
      .between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay()))
      .zip(integers().between(0, 999), (days, serial) -> {
        LocalDate birthDate = FIRST.plusDays(days);
        String nine = birthDate.format(DateTimeFormatter.ofPattern("uuMMdd")) + String.format(Locale.ROOT, "%03d", serial);
        return new Generated(birthDate, nine + luhn(nine));
      });

  private static void assertMasked(Generated number, String text) {
    String yymmdd = number.tenDigits().substring(0, 6);
    assertTrue(text.contains(number.yyyymmdd() + "-****"), text);
    assertFalse(text.contains(number.canonical()), text);
    assertFalse(text.contains(yymmdd + "-" + number.lastFour()), text);
    assertFalse(text.contains(number.yyyymmdd() + number.lastFour()), text);
  }

  @Test
  void theGeneratorMakesValidNumbersForTheirBirthDate() {
    qt().forAll(PERSONNUMMER).checkAssert(number -> {
      Personnummer personnummer = Personnummer.parse(number.canonical(), REFERENCE_DATE);
      assertEquals(number.birthDate(), personnummer.getBirthDate());
      assertEquals(number.canonical(), personnummer.toUnmaskedString());
      assertEquals(personnummer, Personnummer.parse(number.tenDigitForm(), REFERENCE_DATE));
    });
  }

  @Test
  void theIdentityAndTheEnterpriseNeverShowTheLastFourDigits() {
    qt().forAll(PERSONNUMMER).checkAssert(number -> {
      Personnummer identity = Personnummer.parse(number.tenDigitForm(), REFERENCE_DATE);
      Enterprise enterprise = Enterprise.builder()
          .name("Exempel Städ")
          .identity(identity)
          .legalForm(LegalForm.ENSKILD_FIRMA)
          .build();

      assertMasked(number, identity.toString());
      assertMasked(number, enterprise.toString());
    });
  }

  @Test
  void aMismatchExceptionNeverShowsTheLastFourDigits() {
    qt().forAll(PERSONNUMMER).checkAssert(number -> {
      Personnummer identity = Personnummer.parse(number.canonical(), REFERENCE_DATE);
      InvariantViolationException e = assertThrows(
          InvariantViolationException.class,
          () -> Enterprise.builder().name("Exempel AB").identity(identity).legalForm(LegalForm.AKTIEBOLAG).build());

      assertMasked(number, e.getMessage(Locale.ENGLISH));
      assertMasked(number, e.getMessage(Locale.forLanguageTag("sv")));
      assertMasked(number, String.join(" ", e.getArguments()));
    });
  }
}
