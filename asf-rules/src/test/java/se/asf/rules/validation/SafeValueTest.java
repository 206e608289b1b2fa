package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.workforce.CountingBasis;

/** Which invalid values a violation shows, and how: simple values masked and cut, nothing else at all. */
class SafeValueTest {
  @Test
  void simpleValuesAreShown() {
    assertEquals(Optional.of("-1"), SafeValue.render(-1));
    assertEquals(Optional.of("0.5"), SafeValue.render(new java.math.BigDecimal("0.5")));
    assertEquals(Optional.of("true"), SafeValue.render(Boolean.TRUE));
    assertEquals(Optional.of("x"), SafeValue.render('x'));
    assertEquals(Optional.of("HEADS"), SafeValue.render(CountingBasis.HEADS));
    assertEquals(Optional.of("HALF_UP"), SafeValue.render(java.math.RoundingMode.HALF_UP), "an enum of any package");
    assertEquals(Optional.of("2017-12-11"), SafeValue.render(LocalDate.of(2017, 12, 11)));
    assertEquals(Optional.of("PT1H"), SafeValue.render(Duration.ofHours(1)));
    assertEquals(Optional.of("Butiken"), SafeValue.render("Butiken"));
    assertEquals(Optional.of("556016-0680"), SafeValue.render(Organisationsnummer.parse("556016-0680")),
        "an asf-core value, whose own text form is safe");
    assertEquals(Optional.of("19121212-****"),
        SafeValue.render(Personnummer.parse("19121212-1212", LocalDate.of(2024, 6, 15))));
    assertEquals(Optional.empty(), SafeValue.render(null));
  }

  @Test
  void beansCollectionsAndArraysAreNotShown() {
    assertEquals(Optional.empty(), SafeValue.render(new Object()));
    assertEquals(Optional.empty(), SafeValue.render(List.of("19121212-1212")));
    assertEquals(Optional.empty(), SafeValue.render(Map.of("a", 1)));
    assertEquals(Optional.empty(), SafeValue.render(new int[] {1}));
    assertEquals(Optional.empty(), SafeValue.render(new StringBuilder("x").chars().boxed().toList()));
  }

  @Test
  void textIsCutAfterSixtyFourCharactersAndMaskedFirst() {
    String sixtyFour = "a".repeat(64);
    assertEquals(Optional.of(sixtyFour), SafeValue.render(sixtyFour));
    assertEquals(Optional.of(sixtyFour + "…"), SafeValue.render(sixtyFour + "b"));
    assertEquals(Optional.of("a".repeat(63)), SafeValue.render("a".repeat(63)));
    assertEquals(Optional.of("ägare 19121212-****"), SafeValue.render("ägare 19121212-1212"));
  }
}
