package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Example and property tests of {@link Organisationsnummer}.
 *
 * <p>Every check digit below was computed by hand or with an independent Luhn implementation;
 * {@code 556016-0680}, {@code 556012-5790} and {@code 202100-5448} are real numbers.
 */
class OrganisationsnummerTest {

  private static final String AB = "556016-0680";

  // ---------------------------------------------------------------- helpers

  private static IdentityNumberFormatException rejected(String text) {
    return assertThrows(IdentityNumberFormatException.class, () -> Organisationsnummer.parse(text),
        () -> "expected '" + text + "' to be rejected");
  }

  /** Asserts that parse rejects the text with exactly these violations, and check agrees. */
  private static void assertViolations(String text, IdentityViolation... expected) {
    List<IdentityViolation> violations = List.of(expected);
    IdentityNumberFormatException e = rejected(text);
    assertEquals(violations, e.getViolations(), text);
    assertEquals(expected[0].getProblem(), e.getProblem(), text);
    assertEquals(violations, Organisationsnummer.check(text), text);
    assertFalse(Organisationsnummer.isValid(text), text);
  }

  private static IdentityViolation violation(IdentityProblem problem, String expected, int index) {
    return IdentityViolation.of(problem, expected, index);
  }

  private static IdentityViolation character(int index) {
    return violation(IdentityProblem.CHARACTER, "a digit or one '-'", index);
  }

  private static IdentityViolation length() {
    return violation(IdentityProblem.LENGTH, "10 or 12 digits", -1);
  }

  private static IdentityViolation separator(int index) {
    return violation(IdentityProblem.SEPARATOR, "'-' before the last four digits", index);
  }

  private static IdentityViolation checkDigit(int expectedDigit, int index) {
    return violation(IdentityProblem.CHECK_DIGIT, "check digit " + expectedDigit, index);
  }

  private static IdentityViolation group(int index) {
    return violation(IdentityProblem.GROUP, "a first digit of 1, 2, 3, 5, 6, 7, 8 or 9", index);
  }

  private static IdentityViolation notAnOrganisationNumber(int index) {
    return violation(IdentityProblem.NOT_AN_ORGANISATION_NUMBER, "digits 3-4 of at least 20", index);
  }

  /** Luhn check digit over nine digits, written independently of {@code Digits}. */
  static int luhn(String nineDigits) {
    int[] doubled = {0, 2, 4, 6, 8, 1, 3, 5, 7, 9};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int d = nineDigits.charAt(i) - '0';
      sum += i % 2 == 0 ? doubled[d] : d;
    }
    return (10 - sum % 10) % 10;
  }

  // ---------------------------------------------------------------- accepted forms

  @Nested
  class AcceptedForms {
    @Test
    void theFourFormsGiveTheCanonicalForm() {
      for (String text : List.of("5560160680", "556016-0680", "16556016-0680", "165560160680")) {
        Organisationsnummer number = Organisationsnummer.parse(text);
        assertEquals(AB, number.toString(), text);
        assertTrue(Organisationsnummer.isValid(text), text);
        assertEquals(List.of(), Organisationsnummer.check(text), text);
      }
    }

    @Test
    void theFourFormsGiveEqualValues() {
      Organisationsnummer canonical = Organisationsnummer.parse(AB);
      for (String text : List.of("5560160680", "16556016-0680", "165560160680")) {
        Organisationsnummer other = Organisationsnummer.parse(text);
        assertEquals(canonical, other, text);
        assertEquals(canonical.hashCode(), other.hashCode(), text);
      }
      assertNotEquals(canonical, Organisationsnummer.parse("556012-5790"));
    }

    @Test
    void parseOfToStringRoundTrips() {
      Organisationsnummer number = Organisationsnummer.parse("165560160680");
      assertEquals(number, Organisationsnummer.parse(number.toString()));
    }

    @Test
    void otherRenderings() {
      Organisationsnummer number = Organisationsnummer.parse(AB);
      assertEquals("5560160680", number.toDigitString());
      assertEquals("165560160680", number.toTwelveDigitString());
      assertEquals("SE556016068001", number.toVatNumber());
      assertEquals(number, Organisationsnummer.parse(number.toDigitString()));
      assertEquals(number, Organisationsnummer.parse(number.toTwelveDigitString()));
    }

    @Test
    void theVatNumberIsNotAnAcceptedInputForm() {
      assertViolations("SE556016068001", character(0));
    }

    @Test
    void realNumbersAreAccepted() {
      assertEquals(OrganisationGroup.AKTIEBOLAG, Organisationsnummer.parse("556012-5790").getGroup());
      assertEquals(OrganisationGroup.PUBLIC_SECTOR, Organisationsnummer.parse("202100-5448").getGroup());
      assertEquals(OrganisationGroup.PUBLIC_SECTOR, Organisationsnummer.parse("212000-0142").getGroup());
    }

    @Test
    void isASupplierIdentity() {
      SupplierIdentity identity = Organisationsnummer.parse("5560160680");
      assertEquals(AB, identity.toString());
    }
  }

  // ---------------------------------------------------------------- group and digits 3-4

  @Nested
  class Groups {
    @Test
    void everyGroupFromItsFirstDigit() {
      assertGroup("102000-0004", OrganisationGroup.ESTATE_OF_DECEASED);
      assertGroup("212000-0142", OrganisationGroup.PUBLIC_SECTOR);
      assertGroup("302000-0000", OrganisationGroup.FOREIGN_COMPANY);
      assertGroup("502000-0005", OrganisationGroup.AKTIEBOLAG);
      assertGroup("556016-0680", OrganisationGroup.AKTIEBOLAG);
      assertGroup("602000-0003", OrganisationGroup.ENKLA_BOLAG);
      assertGroup("702000-0001", OrganisationGroup.EKONOMISKA_FORENINGAR);
      assertGroup("802000-0009", OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER);
      assertGroup("902000-0007", OrganisationGroup.HANDELSBOLAG_OCH_KOMMANDITBOLAG);
    }

    private void assertGroup(String text, OrganisationGroup expected) {
      Organisationsnummer number = Organisationsnummer.parse(text);
      assertEquals(expected, number.getGroup(), text);
      assertEquals(text, number.toString());
    }

    @Test
    void firstDigitZeroIsNoGroup() {
      // 002000-0006 has a correct check digit: only the group is wrong.
      assertViolations("002000-0006", group(0));
      assertViolations("16002000-0006", group(2));
    }

    @Test
    void firstDigitFourIsNoGroup() {
      assertViolations("402000-0008", group(0));
      assertViolations("4020000008", group(0));
    }

    @Test
    void digitsThreeAndFourOfNineteenAreAPersonnummer() {
      // 551900-0003 has a correct check digit.
      assertViolations("551900-0003", notAnOrganisationNumber(2));
      assertViolations("16551900-0003", notAnOrganisationNumber(4));
      assertViolations("165519000003", notAnOrganisationNumber(4));
    }

    @Test
    void digitsThreeAndFourOfTwentyAreAccepted() {
      assertEquals("552000-0000", Organisationsnummer.parse("5520000000").toString());
    }

    @Test
    void personnummerAreNotOrganisationNumbers() {
      assertViolations("121212-1212", notAnOrganisationNumber(2));
      assertViolations("811228-9874", notAnOrganisationNumber(2));
    }
  }

  // ---------------------------------------------------------------- check digit

  @Nested
  class CheckDigit {
    @Test
    void wrongCheckDigitNamesTheExpectedDigitAndItsIndex() {
      assertViolations("556016-0681", checkDigit(0, 10));
      assertViolations("5560160689", checkDigit(0, 9));
      assertViolations("16556016-0681", checkDigit(0, 12));
      assertViolations("165560160681", checkDigit(0, 11));
      assertViolations("212000-0141", checkDigit(2, 10));
    }

    @Test
    void theExpectedDigitIsReadableInCode() {
      IdentityViolation v = Organisationsnummer.check("556012-5791").get(0);
      assertEquals(IdentityProblem.CHECK_DIGIT, v.getProblem());
      assertEquals("check digit 0", v.getExpected());
      assertEquals(10, v.getIndex());
    }

    @Test
    void swappedAdjacentDigitsAreCaught() {
      // 556016-0680 with "16" swapped to "61".
      assertEquals(IdentityProblem.CHECK_DIGIT, rejected("556061-0680").getProblem());
    }
  }

  // ---------------------------------------------------------------- several semantic violations

  @Nested
  class SeveralViolations {
    @Test
    void groupAndCheckDigitTogether() {
      // 402000-000x: the correct check digit is 8.
      assertViolations("402000-0009", group(0), checkDigit(8, 10));
    }

    @Test
    void allThreeSemanticRulesTogether() {
      // 401900-000x: the correct check digit is 1.
      assertViolations("401900-0000",
          notAnOrganisationNumber(2), group(0), checkDigit(1, 10));
    }

    @Test
    void theExceptionListsTheSameViolationsAsCheck() {
      IdentityNumberFormatException e = rejected("402000-0009");
      assertEquals(Organisationsnummer.check("402000-0009"), e.getViolations());
      assertEquals(IdentityProblem.GROUP, e.getProblem());
      assertEquals(2, e.getViolations().size());
    }
  }

  // ---------------------------------------------------------------- structural rules

  @Nested
  class Structure {
    @Test
    void empty() {
      assertViolations("", violation(IdentityProblem.EMPTY, "10 or 12 digits", -1));
    }

    @Test
    void nullIsAProgrammingError() {
      assertThrows(NullPointerException.class, () -> Organisationsnummer.parse(null));
      assertThrows(NullPointerException.class, () -> Organisationsnummer.check(null));
      assertThrows(NullPointerException.class, () -> Organisationsnummer.isValid(null));
    }

    @Test
    void wrongLengths() {
      assertViolations("556016068", length()); // 9
      assertViolations("556016-068", length()); // 9
      assertViolations("55601606800", length()); // 11
      assertViolations("556016-06800", length()); // 11
      assertViolations("1655601606800", length()); // 13
      assertViolations("16556016-06800", length()); // 13
      assertViolations("5", length());
      assertViolations("-", length());
      assertViolations("55601606805560160680", length()); // 20
    }

    @Test
    void charactersOtherThanDigitsAndOneDash() {
      assertViolations("556016 0680", character(6));
      assertViolations("556016+0680", character(6));
      assertViolations("55601a-0680", character(5));
      assertViolations(" 556016-0680", character(0));
      assertViolations("556016-0680 ", character(11));
      assertViolations("556016-068O", character(10)); // letter O for zero
      assertViolations("556016--0680", character(7)); // a second '-'
      assertViolations("556016\u20130680", character(6)); // en dash
      assertViolations("\uff15\uff15\uff16\uff10\uff11\uff16-0680", character(0)); // fullwidth digits
    }

    @Test
    void theFirstBadCharacterIsReported() {
      assertViolations("55x016 0680", character(2));
    }

    @Test
    void separatorInTheWrongPlace() {
      assertViolations("55601-60680", separator(5));
      assertViolations("5560160-680", separator(7));
      assertViolations("-5560160680", separator(0));
      assertViolations("5560160680-", separator(10));
      assertViolations("165560-160680", separator(6));
      assertViolations("16-5560160680", separator(2));
    }

    @Test
    void twelveDigitsWithoutTheCenturyPrefix16() {
      IdentityViolation prefix = violation(IdentityProblem.CENTURY_PREFIX, "century prefix 16", 0);
      assertViolations("195560160680", prefix);
      assertViolations("175560160680", prefix);
      assertViolations("26556016-0680", prefix);
      assertViolations("61556016-0680", prefix);
    }
  }

  // ---------------------------------------------------------------- masking and messages

  @Nested
  class MaskingAndMessages {
    @Test
    void aPersonnummerPassedByMistakeIsMasked() {
      IdentityNumberFormatException e = rejected("191212121212");
      assertEquals(IdentityProblem.CENTURY_PREFIX, e.getProblem());
      assertEquals("19121212****", e.getMaskedInput());
      // The date part "19121212" itself contains "1212", so look for the whole input and its tail.
      assertFalse(e.getMessage().contains("191212121212"), e.getMessage());
      assertFalse(e.getMessage().contains("1212121212"), e.getMessage());
      assertTrue(e.getMessage().contains("'19121212****'"), e.getMessage());
    }

    @Test
    void aPersonnummerWithADistinctTailIsMasked() {
      for (String text : List.of("198112289874", "19811228-9874", "811228-9874", "8112289874")) {
        IdentityNumberFormatException e = rejected(text);
        assertFalse(e.getMessage().contains("9874"), e.getMessage());
        assertFalse(e.getMaskedInput().contains("9874"), e.getMaskedInput());
        assertTrue(e.getMaskedInput().endsWith("****"), e.getMaskedInput());
      }
      assertEquals("811228-****", rejected("811228-9874").getMaskedInput());
    }

    @Test
    void aPersonnummerFollowedByMoreTextIsStillMasked() {
      for (String text : List.of("19811228-9874 0000", "198112289874 x 12345678901234567890",
          "811228-98740000")) {
        IdentityNumberFormatException e = rejected(text);
        assertFalse(e.getMessage().contains("9874"), e.getMessage());
        assertFalse(e.getMaskedInput().contains("9874"), e.getMaskedInput());
      }
    }

    @Test
    void theMessageNamesTheKindAndTheReasonInEnglish() {
      IdentityNumberFormatException e = rejected("556016-0681");
      assertEquals("556016-****", e.getMaskedInput());
      assertTrue(e.getMessage().startsWith("Organisationsnummer '556016-****' is invalid: "),
          e.getMessage());
      assertTrue(e.getMessage().contains(checkDigit(0, 10).getMessage(Locale.ENGLISH)),
          e.getMessage());
    }

    @Test
    void messagesInSwedishAndEnglishAreNonEmptyAndDiffer() {
      for (String text : List.of("", "556016068", "556016 0680", "55601-60680", "195560160680",
          "401900-0000")) {
        for (IdentityViolation v : Organisationsnummer.check(text)) {
          String sv = v.getMessage(Locale.forLanguageTag("sv-SE"));
          String en = v.getMessage(Locale.ENGLISH);
          assertFalse(sv.isBlank(), v.toString());
          assertFalse(en.isBlank(), v.toString());
          assertNotEquals(sv, en, v.toString());
          assertTrue(en.contains(v.getExpected()), en);
          assertTrue(sv.contains(v.getExpected()), sv);
        }
      }
    }
  }

  // ---------------------------------------------------------------- properties

  private static final Gen<Integer> GROUP_DIGITS = arbitrary().pick(List.of(1, 2, 3, 5, 6, 7, 8, 9));

  /** Valid ten-digit numbers: a group digit, any digit, digits 3-4 of 20-99, five digits, Luhn. */
  private static Gen<String> validTenDigits() {
    return GROUP_DIGITS.zip(integers().between(0, 9), integers().between(20, 99),
        integers().between(0, 99_999),
        (g, second, middle, rest) -> {
          String nine = "" + g + second + String.format(Locale.ROOT, "%02d%05d", middle, rest);
          return nine + luhn(nine);
        });
  }

  @Nested
  class Properties {
    /** Ten characters, mostly digits: valid numbers, near misses and a few non-digits. */
    private Gen<String> tenCharacters() {
      Gen<String> anyTen = strings().betweenCodePoints('-', '9').ofLength(10);
      Gen<String> nearMiss = validTenDigits().zip(integers().between(0, 9), integers().between(0, 9),
          (ten, position, digit) -> ten.substring(0, position) + digit + ten.substring(position + 1));
      return anyTen.mix(nearMiss, 70);
    }

    @Test
    void theCanonicalCheckAcceptsExactlyWhatParseAccepts() {
      qt().withExamples(30_000).forAll(tenCharacters()).checkAssert(ten ->
          assertEquals(Organisationsnummer.check(ten).isEmpty() && Digits.allAsciiDigits(ten),
              Organisationsnummer.isValidCanonical(ten), ten));
      assertTrue(Organisationsnummer.isValidCanonical("5560160680"));
      assertFalse(Organisationsnummer.isValidCanonical("5560160681"));
      assertFalse(Organisationsnummer.isValidCanonical("5519160680"));
      assertFalse(Organisationsnummer.isValidCanonical("556016068"));
    }

    @Test
    void parseOfToStringIsIdentity() {
      qt().forAll(validTenDigits()).checkAssert(ten -> {
        Organisationsnummer number = Organisationsnummer.parse(ten);
        String canonical = ten.substring(0, 6) + "-" + ten.substring(6);
        assertEquals(canonical, number.toString());
        assertEquals(number, Organisationsnummer.parse(number.toString()));
        assertEquals(ten, number.toDigitString());
        assertEquals(ten.charAt(0) - '0', number.getGroup().getDigit());
      });
    }

    @Test
    void theFourFormsParseToTheSameValue() {
      qt().forAll(validTenDigits()).checkAssert(ten -> {
        Organisationsnummer expected = Organisationsnummer.parse(ten);
        String dashed = ten.substring(0, 6) + "-" + ten.substring(6);
        assertEquals(expected, Organisationsnummer.parse(dashed));
        assertEquals(expected, Organisationsnummer.parse("16" + ten));
        assertEquals(expected, Organisationsnummer.parse("16" + dashed));
      });
    }

    @Test
    void everySingleDigitChangeIsRejectedWithACheckDigitViolation() {
      Set<IdentityProblem> semantic = Set.of(IdentityProblem.NOT_AN_ORGANISATION_NUMBER,
          IdentityProblem.GROUP, IdentityProblem.CHECK_DIGIT);
      qt().forAll(validTenDigits(), integers().between(0, 9), integers().between(1, 9))
          .checkAssert((ten, position, delta) -> {
            char changed = (char) ('0' + (ten.charAt(position) - '0' + delta) % 10);
            String text = ten.substring(0, position) + changed + ten.substring(position + 1);
            List<IdentityViolation> violations = Organisationsnummer.check(text);
            Set<IdentityProblem> problems =
                violations.stream().map(IdentityViolation::getProblem).collect(Collectors.toSet());
            // Luhn detects every single-digit substitution.
            assertTrue(problems.contains(IdentityProblem.CHECK_DIGIT), text + " " + violations);
            assertTrue(semantic.containsAll(problems), text + " " + violations);
            IdentityNumberFormatException e = rejected(text);
            assertEquals(violations, e.getViolations());
          });
    }

    @Test
    void checkAndParseAgreeOnArbitraryText() {
      Gen<String> digitsAndDashes = strings().betweenCodePoints('-', '9').ofLengthBetween(0, 15);
      Gen<String> anyText = strings().basicLatinAlphabet().ofLengthBetween(0, 15);
      qt().forAll(digitsAndDashes.mix(anyText)).checkAssert(text -> {
        List<IdentityViolation> violations = Organisationsnummer.check(text);
        assertEquals(violations.isEmpty(), Organisationsnummer.isValid(text));
        if (violations.isEmpty()) {
          assertEquals(text.replace("-", "").length() == 12
                  ? text.replace("-", "").substring(2)
                  : text.replace("-", ""),
              Organisationsnummer.parse(text).toDigitString());
        } else {
          IdentityNumberFormatException e = rejected(text);
          assertEquals(violations, e.getViolations());
          assertEquals(Digits.mask(text), e.getMaskedInput());
        }
      });
    }
  }

  @Test
  void aSeparatorBeforeAnyDigitIsRejectedAtIndexZero() {
    assertViolations("-5560160680", IdentityViolation.of(IdentityProblem.SEPARATOR,
        "'-' before the last four digits", 0));
    rejected("-556016-0680");
  }
}
