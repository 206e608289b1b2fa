package se.asf.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SafeTextTest {

  /** Every spelling of Tolvan Tolvansson's number, 19121212-1212, that the library must mask. */
  static final List<String> TOLVAN_SPELLINGS = List.of("19121212-1212", "191212-1212", "191212121212", "1912121212",
      "191212+1212", "19121212\u20131212", "191212\u20131212", "19121212\u20141212", "19121212\u22121212",
      "19121212 1212", "191212 1212", "19121212\u00A01212", "19121212 \u2013 1212", "191212 - 1212",
      "19121212--1212", "1912-12-12-1212", "19121212\u034F-1212", "19121212\u200B1212", "119121212-1212",
      "19121212-12129",
      "\uFF11\uFF19\uFF11\uFF12\uFF11\uFF12\uFF11\uFF12\uFF0D\uFF11\uFF12\uFF11\uFF12");

  @Nested
  class Redact {
    @Test
    void masksTheLastFourDigitsOfEverySpelling() {
      for (String spelling : TOLVAN_SPELLINGS) {
        String masked = SafeText.redact("x " + spelling + " y");
        assertFalse(containsWholeNumber(masked), spelling + " -> " + masked);
        assertTrue(masked.endsWith("**** y") || masked.endsWith("****9 y"), spelling + " -> " + masked);
      }
    }

    @Test
    void masksASamordningsnummerWhoseDayHasSixtyAdded() {
      assertEquals("701063-****", SafeText.redact("701063-2391"));
      assertEquals("19701091****", SafeText.redact("197010912391"));
    }

    @Test
    void masksAFourteenDigitRunThatHoldsADate() {
      assertEquals("20171211******", SafeText.redact("20171211123456"));
    }

    @Test
    void masksTheSoleTradersVatNumberButNotACompanys() {
      assertEquals("SE121212****01", SafeText.redact("SE121212121201"));
      assertEquals("VAT number SE556701123301", SafeText.redact("VAT number SE556701123301"));
      assertEquals("SE802401150701 se556612010001", SafeText.redact("SE802401150701 se556612010001"));
    }

    @Test
    void leavesTheDigitsOfEscapesOutOfNumbers() {
      assertEquals("\\u0012121212", SafeText.redact("\\u0012121212"));
      assertEquals("\\u000719121212****", SafeText.display("\u0007191212121212"));
    }

    @Test
    void leavesOrganisationNumbersReadable() {
      assertEquals("556016-0680", SafeText.redact("556016-0680"));
      assertEquals("165560160680", SafeText.redact("165560160680"));
      assertEquals("212000-0142 and 802412-9371", SafeText.redact("212000-0142 and 802412-9371"));
      assertEquals("16556701-1233 168124051234", SafeText.redact("16556701-1233 168124051234"));
    }

    @Test
    void leavesDatesFiguresAndLongerRunsOfDigitsAlone() {
      for (String text : List.of("2017-12-11", "37.50 %", "9000.001 m", "201712111234567", "/tmp/junit-3252509021234567809",
          "191312-1212", "191200-1212", "191232-1212", "12345", "", "19121212/1212", "2017/12/11 12:12")) {
        assertEquals(text, SafeText.redact(text));
      }
    }

    @Test
    void masksANumberNextToLettersOrPunctuation() {
      assertEquals("pnr:19121212-****;", SafeText.redact("pnr:19121212-1212;"));
      assertEquals("/bidders/0/19121212-****", SafeText.redact("/bidders/0/19121212-1212"));
      assertEquals("a19121212****b", SafeText.redact("a191212121212b"));
    }
  }

  @Nested
  class RedactBoundaries {
    @Test
    void masksEveryNumberOfATextNotOnlyTheLast() {
      assertEquals("191212-**** och 201212-****", SafeText.redact("191212-1212 och 201212-1212"));
    }

    @Test
    void readsMonthsOneToTwelveAndDaysOneToThirtyOneOrSixtyOneToNinetyOne() {
      for (String date : List.of("0101", "1201", "0131", "0161", "0191")) {
        assertEquals("19" + date + "-****", SafeText.redact("19" + date + "-1234"), date);
      }
      for (String notADate : List.of("0001", "1301", "0100", "0132", "0145", "0160", "0192")) {
        assertEquals("19" + notADate + "-1234", SafeText.redact("19" + notADate + "-1234"), notADate);
      }
    }

    @Test
    void joinsDigitsOverAtMostThreeSeparators() {
      assertEquals("19121212 - ****", SafeText.redact("19121212 - 1212"));
      assertEquals("19121212 -- 1212", SafeText.redact("19121212 -- 1212"));
      assertEquals("19121212-****-", SafeText.redact("19121212-1212-"));
      assertEquals("19121212-**** ", SafeText.redact("19121212-1212 "));
      assertEquals("1--121212-****", SafeText.redact("1--121212-1212"));
    }

    @Test
    void takesEveryKindOfDashAndMinusAsASeparator() {
      for (char dash : "-+\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE63\uFF0B\uFF0D".toCharArray()) {
        assertEquals("191212" + dash + "****", SafeText.redact("191212" + dash + "1212"), Integer.toHexString(dash));
      }
      for (char joiner : "/.,:x".toCharArray()) {
        assertEquals("191212" + joiner + "1212", SafeText.redact("191212" + joiner + "1212"), String.valueOf(joiner));
      }
    }

    @Test
    void takesSpacesControlsAndInvisibleCharactersAsSeparators() {
      for (char separator : "\u00A0\u2007\u0007\u0085\u200B\u034F\u115F\u1160\u17B4\u17B5\u180B\u180F\u3164\uFE00\uFE0F\uFFA0\uFFF0\uFFF8\u3000"
          .toCharArray()) {
        assertEquals("191212" + separator + "****", SafeText.redact("191212" + separator + "1212"),
            Integer.toHexString(separator));
      }
      for (char other : "\u180A\uFE10\u2016".toCharArray()) {
        String text = "191212" + other + "1212";
        assertEquals(text, SafeText.redact(text), Integer.toHexString(other));
      }
    }

    @Test
    void findsANumberAtTheEndOfAnElevenDigitCluster() {
      assertEquals("1121212-****", SafeText.redact("1121212-1212"));
    }

    @Test
    void readsAVatNumberOnlyAfterSeOrSeInAnyCase() {
      assertEquals("sE121212****01", SafeText.redact("sE121212121201"));
      assertEquals("Se121212****01", SafeText.redact("Se121212121201"));
      assertEquals("XE12121212****", SafeText.redact("XE121212121201"));
      assertEquals("Sx12121212****", SafeText.redact("Sx121212121201"));
      assertEquals("12121212****", SafeText.redact("121212121201"));
      assertEquals("E12121212****", SafeText.redact("E121212121201"));
    }

    @Test
    void readsTwelveDigitsAfterSeAsYearMonthAndDayUnlessTheyEndInZeroOne() {
      assertEquals("SE12121212****", SafeText.redact("SE121212123411"));
      assertEquals("SE12121212****", SafeText.redact("SE121212123400"));
      assertEquals("SE9991212****17", SafeText.redact("SE9991212345017"));
    }

    @Test
    void leavesAFifteenDigitClusterAlone() {
      assertEquals("191212121212000", SafeText.redact("191212121212000"));
      assertEquals("191212-1212-00000", SafeText.redact("191212-1212-00000"));
    }

    @Test
    void readsOnlyAsciiHexEscapesAfterNoBackslash() {
      assertEquals("\\uf01212121212", SafeText.redact("\\uf01212121212"));
      assertEquals("\\uF01212121212", SafeText.redact("\\uF01212121212"));
      assertEquals("\\ug121212-****", SafeText.redact("\\ug121212-1212"));
      assertEquals("\\uG121212-****", SafeText.redact("\\uG121212-1212"));
      assertEquals("\\x001212****", SafeText.redact("\\x0012121212"));
      assertEquals("au001212****", SafeText.redact("au0012121212"));
      assertEquals("\\u\uFF10\uFF10\uFF11\uFF1212****", SafeText.redact("\\u\uFF10\uFF10\uFF11\uFF12121212"));
      assertEquals("\\\\u001212****", SafeText.redact("\\\\u0012121212"));
      assertEquals("x\\u0012121212", SafeText.redact("x\\u0012121212"));
      assertEquals("\\u001", SafeText.redact("\\u001"));
    }
  }

  @Nested
  class Neutralise {
    @Test
    void showsLineBreaksTabsAndTerminalSequencesAsEscapes() {
      assertEquals("X\\nForged AB", SafeText.neutralise("X\nForged AB"));
      assertEquals("a\\r\\tb", SafeText.neutralise("a\r\tb"));
      assertEquals("\\u001B[2J\\u001B]0;title\\u0007", SafeText.neutralise("\u001b[2J\u001b]0;title\u0007"));
      assertEquals("a\\u0008\\u007Fb", SafeText.neutralise("a\b\u007fb"));
      assertEquals("\\u009B31m", SafeText.neutralise("\u009b31m"));
    }

    @Test
    void showsInvisibleAndReorderingCharacters() {
      assertEquals("abc\\u202Edef", SafeText.neutralise("abc\u202edef"));
      assertEquals("a\\u200Bb\\uFEFF", SafeText.neutralise("a\u200bb\ufeff"));
      assertEquals("a\\u2028b\\u2029", SafeText.neutralise("a\u2028b\u2029"));
      assertEquals("\\uD800x\\uDC00", SafeText.neutralise("\ud800x\udc00"));
      assertEquals("tag\\uDB40\\uDC41", SafeText.neutralise("tag\udb40\udc41"));
    }

    @Test
    void tellsWhichCodePointsAreShownEscaped() {
      for (int c : new int[] {0x00, 0x07, 0x1B, 0x7F, 0x85, 0x9B, 0x200B, 0x202E, 0x2028, 0x2029, 0x034F, 0xFE0F,
          0xFEFF, 0xD800, 0xDC00, 0xE0041}) {
        assertTrue(SafeText.mustBeShownEscaped(c), Integer.toHexString(c));
      }
      for (int c : new int[] {'a', ' ', 0xE5, 0x2013, 0x1F600, 0x30A}) {
        assertFalse(SafeText.mustBeShownEscaped(c), Integer.toHexString(c));
      }
    }

    @Test
    void tellsTheBoundariesOfTheInvisibleRanges() {
      for (int c : new int[] {0x115F, 0x1160, 0x17B4, 0x17B5, 0x180B, 0x180E, 0x180F, 0x3164, 0xFE00, 0xFFA0, 0xFFF0,
          0xFFF8, 0xFFF9, 0xE0000, 0xE0FFF}) {
        assertTrue(SafeText.mustBeShownEscaped(c), Integer.toHexString(c));
      }
      for (int c : new int[] {0x034E, 0x0350, 0x115E, 0x1161, 0x17B3, 0x17B6, 0x180A, 0x1810, 0x3163, 0x3165, 0xFE10,
          0xFF9F, 0xFFA1, 0xFFFC, 0xDFFFF, 0xE1000}) {
        assertFalse(SafeText.mustBeShownEscaped(c), Integer.toHexString(c));
      }
    }

    @Test
    void showsAnUnpairedHighSurrogateAtTheEndAsAnEscape() {
      assertEquals("a\\uD800", SafeText.neutralise("a\uD800"));
      assertTrue(SafeText.hasUnsafeCharacters("a\uD800"));
      assertEquals("\uD83D\uDE00", SafeText.neutralise("\uD83D\uDE00"));
    }

    @Test
    void leavesPrintableTextAsItIs() {
      String text = "Återbruk Ä Ö — 37,5 % 😀 \\u001B |*_`";
      assertEquals(text, SafeText.neutralise(text));
      assertFalse(SafeText.hasUnsafeCharacters(text));
      assertTrue(SafeText.hasUnsafeCharacters("a\nb"));
    }
  }

  @Nested
  class DisplayAndEcho {
    @Test
    void aControlCharacterBetweenDigitsCannotHideANumberFromMasking() {
      String shown = SafeText.display("\u000719121212-1212\u0007");
      assertEquals("\\u000719121212-****\\u0007", shown);
    }

    @Test
    void echoQuotesBrieflyAndMasksAnythingLongEnoughForAnIdentity() {
      assertEquals("x".repeat(SafeText.MAX_ECHO) + "…", SafeText.echo("x".repeat(10_000)));
      assertEquals("556016-****", SafeText.echo("556016-0680"));
      assertEquals("19121212\u2013****", SafeText.echo("19121212\u20131212"));
      assertEquals("a\\nb", SafeText.echo("a\nb"));
    }

    @Test
    void echoCutsAfterFortyCharactersEvenInsideAnEscape() {
      assertEquals("x".repeat(40), SafeText.echo("x".repeat(40)));
      assertEquals("x".repeat(37) + "\\u0…", SafeText.echo("x".repeat(37) + "\u0007"));
      assertEquals("x".repeat(34) + "\\u0007…", SafeText.echo("x".repeat(34) + "\u0007y"));
    }

    @Test
    void echoMasksTheLastFourOfTenDigitsAndAllAfterTheEighth() {
      assertEquals("123456789", SafeText.echo("123456789"));
      assertEquals("123456****", SafeText.echo("1234567890"));
      assertEquals("12345678*****", SafeText.echo("1234567890123"));
      assertEquals("12-34-56-78-**-**", SafeText.echo("12-34-56-78-90-12"));
    }

    @Test
    void echoCountsNoDigitOfAnEscape() {
      assertEquals("12345678\\u0007", SafeText.echo("12345678\u0007"));
      assertEquals("\\u0007123456****", SafeText.echo("\u00071234567890"));
    }
  }

  @Nested
  class Properties {
    /** Text around the numbers: letters, punctuation, separators, spaces and control characters; no digits. */
    private final Gen<String> noise = strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 12)
        .map(s -> s.codePoints().filter(c -> !Character.isDigit(c))
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString());

    @Test
    void noSpellingOfAPersonalNumberSurvivesInAnyText() {
      qt().withExamples(3_000).forAll(noise, integers().between(0, TOLVAN_SPELLINGS.size() - 1), noise)
          .checkAssert((before, spelling, after) -> {
            String number = TOLVAN_SPELLINGS.get(spelling);
            String shown = SafeText.display(before + number + after);
            assertFalse(containsWholeNumber(shown), shown);
            assertFalse(SafeText.hasUnsafeCharacters(shown), shown);
          });
    }

    @Test
    void displayIsIdempotent() {
      qt().withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(0, 40))
          .checkAssert(text -> assertEquals(SafeText.display(text), SafeText.display(SafeText.display(text))));
    }

    @Test
    void neutraliseLeavesNoCharacterToEscapeAndChangesNothingSafe() {
      qt().withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(text -> {
        String shown = SafeText.neutralise(text);
        assertFalse(SafeText.hasUnsafeCharacters(shown));
        if (!SafeText.hasUnsafeCharacters(text)) {
          assertEquals(text, shown);
        }
      });
    }
  }

  /** Whether the text holds 1912121212 12 digits in a row, with at most a separator before the last four. */
  static boolean containsWholeNumber(String text) {
    StringBuilder digits = new StringBuilder();
    text.codePoints().forEach(c -> digits.append(Character.isDigit(c) ? (char) ('0' + Character.digit(c, 10))
        : c == '*' ? '*' : ' '));
    String flat = digits.toString().replace(" ", "");
    return flat.contains("1212121212");
  }
}
