package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The invariant checks of the value classes behind {@link Personnummer} and
 * {@link Organisationsnummer}: whatever builds one inside this package, digits that
 * {@code parse} would refuse are refused there too.
 */
class IdentityInvariantsTest {

  private static List<IdentityViolation> refused(Runnable build) {
    return assertThrows(IdentityNumberFormatException.class, build::run).getViolations();
  }

  @Test
  void aPersonnummerHoldsTwelveDigitsThatParse() {
    assertEquals("19121212-****", ImmutablePersonnummer.of("191212121212").toString());
    IdentityViolation twelve = IdentityViolation.of(IdentityProblem.LENGTH, "12 digits", -1);
    assertEquals(List.of(twelve), refused(() -> ImmutablePersonnummer.of("19121212121")));
    assertEquals(List.of(twelve), refused(() -> ImmutablePersonnummer.of("1912121212123")));
    assertEquals(List.of(twelve), refused(() -> ImmutablePersonnummer.of("1912121212x2")));
    assertEquals(List.of(twelve), refused(() -> ImmutablePersonnummer.of("19121212121/")));
    assertEquals(List.of(IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 2", 11)),
        refused(() -> ImmutablePersonnummer.of("191212121213")));
  }

  @Test
  void anOrganisationsnummerHoldsTenDigitsThatParse() {
    assertEquals("556016-0680", ImmutableOrganisationsnummer.of("5560160680").toString());
    IdentityViolation ten = IdentityViolation.of(IdentityProblem.LENGTH, "10 digits", -1);
    assertEquals(List.of(ten), refused(() -> ImmutableOrganisationsnummer.of("556016068")));
    assertEquals(List.of(ten), refused(() -> ImmutableOrganisationsnummer.of("55601606800")));
    assertEquals(List.of(ten), refused(() -> ImmutableOrganisationsnummer.of("556016068x")));
    assertEquals(List.of(ten), refused(() -> ImmutableOrganisationsnummer.of("556016068:")));
    assertEquals(List.of(IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 0", 9)),
        refused(() -> ImmutableOrganisationsnummer.of("5560160681")));
  }

  @Test
  void aSecondSeparatorIsACharacterEvenAfterOneAtTheStart() {
    LocalDate ref = LocalDate.of(2026, 11, 23);
    assertEquals(List.of(IdentityViolation.of(IdentityProblem.CHARACTER, "a digit or one '-' or '+'", 7)),
        Personnummer.check("-121212-1212", ref));
    assertEquals(List.of(IdentityViolation.of(IdentityProblem.LENGTH, "10 or 12 digits", -1)),
        Personnummer.check("19121212121234", ref));
    assertEquals(List.of(IdentityViolation.of(IdentityProblem.LENGTH, "10 or 12 digits", -1)),
        Personnummer.check("1912121212123x", ref));
  }
}
