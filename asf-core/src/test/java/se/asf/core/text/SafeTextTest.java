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
