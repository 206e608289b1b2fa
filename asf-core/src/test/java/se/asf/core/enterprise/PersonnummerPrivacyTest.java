package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.asf.core.geo.Position;
import se.asf.core.identity.Personnummer;

/** No toString of a type holding a personnummer ever reveals its last four digits. */
class PersonnummerPrivacyTest {

  private static int luhn(String nineDigits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }

  @Test
  void toStringNeverContainsTheLastFourDigits() {
    LocalDate start = LocalDate.of(1920, 1, 1);
    qt().forAll(integers().between(0, 31_000), integers().between(0, 999), integers().between(0, 1))
        .checkAssert((days, serial, coordination) -> {
          LocalDate birth = start.plusDays(days);
          int day = birth.getDayOfMonth() + (coordination == 1 ? 60 : 0);
          String date = String.format(java.util.Locale.ROOT, "%04d%02d%02d", birth.getYear(), birth.getMonthValue(), day);
          String nine = date.substring(2) + String.format(java.util.Locale.ROOT, "%03d", serial);
          String last4 = nine.substring(6) + luhn(nine);
          Personnummer number = Personnummer.parse(date + "-" + last4, LocalDate.of(2026, 11, 23));
          Enterprise enterprise = Enterprise.builder()
              .name("Enskild firma")
              .identity(number)
              .legalForm(LegalForm.ENSKILD_FIRMA)
              .addSite(Site.of("Hemma", Position.ofWgs84(59.2, 17.8)))
              .build();
          for (String text : new String[] {number.toString(), enterprise.toString()}) {
            assertTrue(text.contains(date + "-****"), text);
            assertFalse(text.contains(date + "-" + last4), text);
            assertFalse(text.contains(date.substring(2) + "-" + last4), text);
            assertFalse(text.contains(date + last4), text);
          }
        });
  }
}
