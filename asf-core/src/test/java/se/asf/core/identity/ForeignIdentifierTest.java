package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Example and property tests of {@link ForeignIdentifier}.
 *
 * <p>The check digits were computed by hand and with an independent script: {@code 0112038-9} is a
 * real Y-tunnus, {@code 24256790} a real CVR-nummer and {@code 923609016} a real organisasjonsnummer.
 */
class ForeignIdentifierTest {
  private static final ForeignIdentifierScheme VAT = ForeignIdentifierScheme.VAT;
  private static final ForeignIdentifierScheme REGISTER = ForeignIdentifierScheme.NATIONAL_REGISTER;

  private static IdentityProblem rejected(String country, ForeignIdentifierScheme scheme, String value) {
    IdentityNumberFormatException e = assertThrows(IdentityNumberFormatException.class,
        () -> ForeignIdentifier.of(country, scheme, value), () -> country + " " + scheme + " " + value);
    assertEquals(e.getViolations(), ForeignIdentifier.check(country, scheme, value));
    return e.getProblem();
  }

  @Nested
  class Finland {
    @Test
    void aYTunnusIsCheckedAndWrittenWithItsHyphen() {
      ForeignIdentifier y = ForeignIdentifier.of("fi", REGISTER, "0112038-9");
      assertEquals("FI", y.getCountry());
      assertEquals(REGISTER, y.getScheme());
      assertEquals("0112038-9", y.getValue());
      assertTrue(y.isChecksumVerified());
      assertEquals("FI:NATIONAL_REGISTER:0112038-9", y.toString());
      assertEquals(y, ForeignIdentifier.of("FI", REGISTER, "01120389"));
    }

    @Test
    void remainderZeroGivesCheckDigitZero() {
      assertEquals("1572860-0", ForeignIdentifier.of("FI", REGISTER, "1572860-0").getValue());
      assertEquals(IdentityProblem.CHECK_DIGIT, rejected("FI", REGISTER, "1572860-1"));
    }

    @Test
    void remainderOneIsNeverIssued() {
      for (int digit = 0; digit <= 9; digit++) {
        assertEquals(IdentityProblem.CHECK_DIGIT, rejected("FI", REGISTER, "1000008-" + digit));
      }
    }

    @Test
    void aWrongCheckDigitNamesTheExpectedOne() {
      IdentityNumberFormatException e = assertThrows(IdentityNumberFormatException.class,
          () -> ForeignIdentifier.of("FI", REGISTER, "0112038-8"));
      assertEquals(List.of(IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 9", -1)), e.getViolations());
    }

    @Test
    void theVatNumberIsFiAndTheEightDigits() {
      ForeignIdentifier vat = ForeignIdentifier.ofVatNumber("fi 0112 0389");
      assertEquals("FI01120389", vat.getValue());
      assertEquals(VAT, vat.getScheme());
      assertEquals(vat, ForeignIdentifier.of("FI", VAT, "01120389"));
      assertEquals(IdentityProblem.CHECK_DIGIT, rejected("FI", VAT, "FI01120388"));
      assertEquals(IdentityProblem.LENGTH, rejected("FI", VAT, "FI0112038"));
    }

    @Test
    void aHyphenElsewhereIsASeparatorProblem() {
      assertEquals(IdentityProblem.SEPARATOR, rejected("FI", REGISTER, "011203-89"));
    }
  }

  @Nested
  class Denmark {
    @Test
    void aCvrNumberHasAWeightedSumDivisibleByEleven() {
      ForeignIdentifier cvr = ForeignIdentifier.of("DK", REGISTER, "24256790");
      assertTrue(cvr.isChecksumVerified());
      assertEquals("DK:NATIONAL_REGISTER:24256790", cvr.toString());
      assertEquals(IdentityProblem.CHECK_DIGIT, rejected("DK", REGISTER, "24256791"));
    }

    @Test
    void sevenDigitsThatNeedCheckDigitTenAreNeverIssued() {
      for (int digit = 0; digit <= 9; digit++) {
        assertEquals(IdentityProblem.CHECK_DIGIT, rejected("DK", REGISTER, "1000005" + digit));
      }
    }

    @Test
    void lengthAndCharactersAreChecked() {
      assertEquals(IdentityProblem.LENGTH, rejected("DK", REGISTER, "2425679"));
      assertEquals(IdentityProblem.LENGTH, rejected("DK", REGISTER, "242567900"));
      assertEquals(IdentityProblem.CHARACTER, rejected("DK", REGISTER, "2425679X"));
    }

    @Test
    void theVatNumberIsDkAndTheCvrNumber() {
      assertEquals("DK:VAT:DK24256790", ForeignIdentifier.ofVatNumber("DK24256790").toString());
      assertEquals("DK24256790", ForeignIdentifier.of("DK", VAT, "24256790").getValue());
    }
  }

  @Nested
  class Norway {
    @Test
    void anOrganisasjonsnummerIsCheckedModEleven() {
      assertTrue(ForeignIdentifier.of("NO", REGISTER, "923609016").isChecksumVerified());
      assertEquals(IdentityProblem.CHECK_DIGIT, rejected("NO", REGISTER, "923609017"));
      for (int digit = 0; digit <= 9; digit++) {
        assertEquals(IdentityProblem.CHECK_DIGIT, rejected("NO", REGISTER, "80000005" + digit));
      }
    }

    @Test
    void theVatNumberEndsInMvaWhetherOrNotItWasWritten() {
      ForeignIdentifier written = ForeignIdentifier.ofVatNumber("NO923609016MVA");
      assertEquals("NO923609016MVA", written.getValue());
      assertEquals(written, ForeignIdentifier.ofVatNumber("NO 923 609 016"));
    }
  }

  @Nested
  class OtherCountries {
    @Test
    void aGreekVatNumberHasThePrefixEl() {
      ForeignIdentifier greek = ForeignIdentifier.ofVatNumber("EL094014201");
      assertEquals("GR", greek.getCountry());
      assertEquals("EL094014201", greek.getValue());
      assertFalse(greek.isChecksumVerified());
      assertEquals(greek, ForeignIdentifier.of("GR", VAT, "094014201"));
      assertEquals(IdentityProblem.VAT_PREFIX, rejected("GR", VAT, "GR094014201"));
    }

    @Test
    void anotherCountrysVatPrefixIsRefused() {
      assertEquals(IdentityProblem.VAT_PREFIX, rejected("DE", VAT, "FR123456789"));
    }

    @Test
    void formatBoundariesOfAnUncheckedVatNumber() {
      assertEquals("DE12", ForeignIdentifier.of("DE", VAT, "DE12").getValue());
      assertEquals(IdentityProblem.LENGTH, rejected("DE", VAT, "DE1"));
      assertEquals("DE1234567890123", ForeignIdentifier.of("DE", VAT, "DE1234567890123").getValue());
      assertEquals(IdentityProblem.LENGTH, rejected("DE", VAT, "DE12345678901234"));
      assertEquals(IdentityProblem.CHARACTER, rejected("DE", VAT, "DE12-4"));
    }

    @Test
    void formatBoundariesOfAnUncheckedRegisterNumber() {
      assertEquals("HRB1", ForeignIdentifier.of("DE", REGISTER, "hrb 1").getValue());
      assertEquals(IdentityProblem.LENGTH, rejected("DE", REGISTER, "1"));
      assertEquals("X".repeat(30), ForeignIdentifier.of("DE", REGISTER, "x".repeat(30)).getValue());
      assertEquals(IdentityProblem.LENGTH, rejected("DE", REGISTER, "X".repeat(31)));
      assertEquals("B-12.3/4", ForeignIdentifier.of("FR", REGISTER, "B-12.3/4").getValue());
      assertEquals(IdentityProblem.CHARACTER, rejected("FR", REGISTER, "-123"));
      assertEquals(IdentityProblem.CHARACTER, rejected("FR", REGISTER, "123-"));
      assertEquals(IdentityProblem.CHARACTER, rejected("FR", REGISTER, "12_3"));
    }

    @Test
    void swedenAndNonCountriesAreRefused() {
      assertEquals(IdentityProblem.COUNTRY, rejected("SE", VAT, "SE556016068001"));
      assertEquals(IdentityProblem.COUNTRY, rejected("XX", REGISTER, "12345"));
      assertEquals(IdentityProblem.COUNTRY, rejected("FIN", REGISTER, "0112038-9"));
      assertEquals(IdentityProblem.COUNTRY, rejected("", REGISTER, "0112038-9"));
      assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.ofVatNumber("SE556016068001"));
    }

    @Test
    void anEmptyValueIsRefused() {
      assertEquals(IdentityProblem.EMPTY, rejected("DE", REGISTER, " "));
    }
  }

  @Nested
  class TextForm {
    @Test
    void parseReadsTheCanonicalForm() {
      assertEquals(ForeignIdentifier.of("FI", REGISTER, "0112038-9"), ForeignIdentifier.parse("FI:NATIONAL_REGISTER:0112038-9"));
      assertEquals(IdentityProblem.SEPARATOR,
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.parse("FI-VAT")).getProblem());
      assertEquals(IdentityProblem.CHARACTER,
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.parse("FI:TAX:1")).getProblem());
    }

    @Test
    void equalityIsCountrySchemeAndValue() {
      assertNotEquals(ForeignIdentifier.of("DK", REGISTER, "24256790"), ForeignIdentifier.of("DK", VAT, "24256790"));
      assertEquals(ForeignIdentifier.of("DK", REGISTER, "24256790").hashCode(),
          ForeignIdentifier.of("dk", REGISTER, "24 25 67 90").hashCode());
    }

    @Test
    void isASupplierIdentity() {
      SupplierIdentity identity = ForeignIdentifier.of("DK", REGISTER, "24256790");
      assertEquals("DK:NATIONAL_REGISTER:24256790", identity.toString());
    }

    @Test
    void violationsHaveMessagesInBothLanguages() {
      IdentityViolation v = ForeignIdentifier.check("SE", VAT, "1").get(0);
      assertTrue(v.getMessage(Locale.ENGLISH).startsWith("The country cannot identify a foreign supplier"));
      assertTrue(v.getMessage(Locale.forLanguageTag("sv")).startsWith("Landet kan inte identifiera"));
    }
  }

  @Nested
  class Properties {
    private final int[] fiWeights = {7, 9, 10, 5, 8, 4, 2};

    /** Seven digits whose Y-tunnus exists, with its check digit computed here, not by the class. */
    private Gen<String> yTunnus() {
      return integers().between(0, 9_999_999).map(n -> String.format(Locale.ROOT, "%07d", n))
          .assuming(seven -> weightedSum(seven) % 11 != 1)
          .map(seven -> {
            int r = weightedSum(seven) % 11;
            return seven + "-" + (r == 0 ? 0 : 11 - r);
          });
    }

    private int weightedSum(String seven) {
      int sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (seven.charAt(i) - '0') * fiWeights[i];
      }
      return sum;
    }

    @Test
    void everyValidYTunnusRoundTripsThroughItsTextForm() {
      qt().forAll(yTunnus()).checkAssert(y -> {
        ForeignIdentifier id = ForeignIdentifier.of("FI", REGISTER, y);
        assertEquals(y, id.getValue());
        assertEquals(id, ForeignIdentifier.parse(id.toString()));
        ForeignIdentifier vat = ForeignIdentifier.of("FI", VAT, y.replace("-", ""));
        assertEquals(vat, ForeignIdentifier.ofVatNumber(vat.getValue()));
      });
    }

    @Test
    void changingOneDigitOfAYTunnusIsAlwaysDetected() {
      qt().forAll(yTunnus(), integers().between(0, 7), integers().between(1, 9)).checkAssert((y, position, delta) -> {
        String digits = y.replace("-", "");
        char changed = (char) ('0' + (digits.charAt(position) - '0' + delta) % 10);
        String wrong = digits.substring(0, position) + changed + digits.substring(position + 1);
        assertFalse(ForeignIdentifier.check("FI", REGISTER, wrong).isEmpty(), wrong);
      });
    }

    @Test
    void anyAcceptedUncheckedNumberRoundTrips() {
      qt().forAll(strings().betweenCodePoints('0', 'Z').ofLengthBetween(0, 40)).checkAssert(text -> {
        if (ForeignIdentifier.check("DE", REGISTER, text).isEmpty()) {
          ForeignIdentifier id = ForeignIdentifier.of("DE", REGISTER, text);
          assertEquals(id, ForeignIdentifier.parse(id.toString()));
        } else {
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.of("DE", REGISTER, text));
        }
      });
    }
  }

  /** The exact violations, with their expectations and positions, that a reader is shown. */
  @Nested
  class ExactViolations {
    private void assertViolations(String country, ForeignIdentifierScheme scheme, String value,
        IdentityViolation... expected) {
      assertEquals(List.of(expected), ForeignIdentifier.check(country, scheme, value), country + " " + value);
    }

    @Test
    void aCharacterOfAnOtherCountrysVatNumberIsPlacedAfterItsPrefix() {
      assertViolations("DE", VAT, "DE12#45", IdentityViolation.of(IdentityProblem.CHARACTER, "a letter or digit", 4));
    }

    @Test
    void twoLeadingLettersAreTheVatPrefixAndOneOrNoneAreNot() {
      assertViolations("DE", VAT, "DE",
          IdentityViolation.of(IdentityProblem.LENGTH, "2 to 13 letters or digits after DE", -1));
      assertViolations("DE", VAT, "D",
          IdentityViolation.of(IdentityProblem.LENGTH, "2 to 13 letters or digits after DE", -1));
      assertEquals("DE1E23456", ForeignIdentifier.of("DE", VAT, "1E23456").getValue());
      assertEquals("DED123456", ForeignIdentifier.of("DE", VAT, "D123456").getValue());
      assertEquals("DEAZ09", ForeignIdentifier.of("de", VAT, "deaz09").getValue());
    }

    @Test
    void aValueOfMoreThanThirtyFiveCharactersIsRefusedBeforeItIsRead() {
      assertViolations("DE", REGISTER, "A".repeat(35),
          IdentityViolation.of(IdentityProblem.LENGTH, "2 to 30 characters", -1));
      assertViolations("DE", REGISTER, "A".repeat(36),
          IdentityViolation.of(IdentityProblem.LENGTH, "at most 30 characters", -1));
    }

    @Test
    void anOtherCountrysRegisterNumberHasTwoToThirtyAsciiLettersAndDigits() {
      assertEquals("AZ09", ForeignIdentifier.of("DE", REGISTER, "AZ09").getValue());
      assertEquals("A".repeat(30), ForeignIdentifier.of("DE", REGISTER, "A".repeat(30)).getValue());
      assertViolations("DE", REGISTER, "A", IdentityViolation.of(IdentityProblem.LENGTH, "2 to 30 characters", -1));
      assertViolations("DE", REGISTER, "A".repeat(31),
          IdentityViolation.of(IdentityProblem.LENGTH, "2 to 30 characters", -1));
      for (String text : List.of("A@", "A[", "0:", "9/", "Z`", "Z{")) {
        assertViolations("DE", REGISTER, text,
            IdentityViolation.of(IdentityProblem.CHARACTER, "a letter or digit, or - . / inside", 1));
      }
    }

    @Test
    void aFinnishHyphenStandsBeforeTheLastDigitOnly() {
      assertViolations("FI", REGISTER, "-1120389",
          IdentityViolation.of(IdentityProblem.SEPARATOR, "'-' before the last digit", 0));
      assertViolations("FI", REGISTER, "011203X-9",
          IdentityViolation.of(IdentityProblem.CHARACTER, "7 digits, '-', 1 digit", 6));
    }

    @Test
    void aNonDigitIsTheOnlyViolationOfANordicNumber() {
      assertViolations("NO", REGISTER, "92360901X", IdentityViolation.of(IdentityProblem.CHARACTER, "9 digits", 8));
      assertViolations("DK", VAT, "DK2425679X",
          IdentityViolation.of(IdentityProblem.CHARACTER, "8 digits after DK", 7));
      assertViolations("NO", VAT, "NO92360901XMVA",
          IdentityViolation.of(IdentityProblem.CHARACTER, "9 digits after NO, then MVA", 8));
      assertViolations("FI", VAT, "FI0112038X",
          IdentityViolation.of(IdentityProblem.CHARACTER, "8 digits after FI", 7));
    }

    @Test
    void weightedSumsThatNoCheckDigitCanMeetAreNamed() {
      assertViolations("FI", REGISTER, "1000008-0", IdentityViolation.of(IdentityProblem.CHECK_DIGIT,
          "a number whose weighted sum (7 9 10 5 8 4 2) mod 11 is not 1", -1));
      assertViolations("DK", REGISTER, "00000060", IdentityViolation.of(IdentityProblem.CHECK_DIGIT,
          "a number whose weighted sum (2 7 6 5 4 3 2 1) can be divisible by 11", -1));
      assertViolations("NO", REGISTER, "400000000", IdentityViolation.of(IdentityProblem.CHECK_DIGIT,
          "a number whose weighted sum (3 2 7 6 5 4 3 2) mod 11 is not 1", -1));
    }

    @Test
    void aNorwegianWeightedSumDivisibleByElevenHasCheckDigitZero() {
      // 1 * 3 + 4 * 2 = 11.
      assertTrue(ForeignIdentifier.of("NO", REGISTER, "140000000").isChecksumVerified());
      assertViolations("NO", REGISTER, "140000001",
          IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 0", -1));
    }

    @Test
    void parseNamesWhereTheSeparatorOrTheSchemeIsMissing() {
      assertEquals(List.of(IdentityViolation.of(IdentityProblem.SEPARATOR, "COUNTRY:SCHEME:VALUE", 2)),
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.parse("FI:VAT")).getViolations());
      assertEquals(List.of(IdentityViolation.of(IdentityProblem.SEPARATOR, "COUNTRY:SCHEME:VALUE", -1)),
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.parse("FIVAT")).getViolations());
      assertEquals(List.of(IdentityViolation.of(IdentityProblem.CHARACTER, "VAT or NATIONAL_REGISTER", 3)),
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.parse("FI:XYZ:1")).getViolations());
      assertEquals(IdentityProblem.COUNTRY,
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.parse(":VAT:1")).getProblem());
    }

    @Test
    void aVatNumberOfOneCharacterHasNoCountry() {
      assertEquals(IdentityProblem.COUNTRY,
          assertThrows(IdentityNumberFormatException.class, () -> ForeignIdentifier.ofVatNumber("F")).getProblem());
    }

    @Test
    void identifiersDifferByCountryAndByValue() {
      ForeignIdentifier id = ForeignIdentifier.of("DE", REGISTER, "AB12");
      assertNotEquals(ForeignIdentifier.of("AT", REGISTER, "AB12"), id);
      assertNotEquals(ForeignIdentifier.of("DE", REGISTER, "AB13"), id);
      assertNotEquals(id, (Object) "DE:NATIONAL_REGISTER:AB12");
      assertEquals(ForeignIdentifier.of("de", REGISTER, "ab12"), id);
    }
  }
}
