package se.asf.core.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link SafeText}'s short cuts decide exactly as its full search: {@link SafeText#redact} returns a
 * text of fewer than ten digits unsearched, and {@link SafeText#hasUnsafeCharacters} passes printable
 * ASCII without looking it up.
 */
class SafeTextFastPathTest {
  /**
   * The pieces texts are made of: digits of several scripts, every kind of separator a number may be
   * written with, the letters of a VAT number, an escape and a backslash, and other text.
   */
  private static final List<String> PIECES = List.of("0", "1", "2", "3", "6", "9", "\u0661", "\uFF11", "\uFF12",
      "-", "+", " ", "\u2013", "\u00A0", "\u200B", "\u034F", "\n", "SE", "se", "\\u0012", "\\", "u", "/", ".", "a",
      "\u00E5", "\uD83D\uDE00", "\uD800", "\u202E");

  /** Texts of up to 24 pieces, so that most hold around ten digits: either side of the short cut. */
  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 24)
        .map(indices -> {
          StringBuilder text = new StringBuilder();
          indices.forEach(i -> text.append(PIECES.get(i)));
          return text.toString();
        });
  }

  /** The digits of {@link #numbers()}: made of ones and twos, most runs read as a date and are masked. */
  private static final List<String> DATE_DIGITS = List.of("1", "2", "１", "２", "١", "٢");
  /** What may stand between two digits of {@link #numbers()}. */
  private static final List<String> GAPS = List.of("", "", "", "", "-", " ", "–", "+ ", "SE");

  /**
   * Texts holding one run of 8 to 12 digits, most of them personal identity numbers, between short
   * pieces of other text: the run has nine, ten or eleven digits often, either side of the short cut.
   */
  private static Gen<String> numbers() {
    Gen<String> run = lists().of(integers().between(0, DATE_DIGITS.size() * GAPS.size() - 1)).ofSizeBetween(8, 12)
        .map(picks -> {
          StringBuilder text = new StringBuilder();
          for (int pick : picks) {
            text.append(GAPS.get(pick / DATE_DIGITS.size())).append(DATE_DIGITS.get(pick % DATE_DIGITS.size()));
          }
          return text.toString();
        });
    Gen<String> noise = lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 3)
        .map(indices -> {
          StringBuilder text = new StringBuilder();
          indices.forEach(i -> text.append(PIECES.get(i)));
          return text.toString();
        });
    return noise.zip(run, noise, (before, number, after) -> before + number + after);
  }

  @Test
  void redactDecidesAsTheFullSearchOnEitherSideOfTenDigits() {
    qt().withExamples(50_000).forAll(texts())
        .checkAssert(text -> assertEquals(SafeText.searchAndRedact(text), SafeText.redact(text), text));
    qt().withExamples(50_000).forAll(numbers())
        .checkAssert(text -> assertEquals(SafeText.searchAndRedact(text), SafeText.redact(text), text));
  }

  @Test
  void aTextOfNineDigitsIsReturnedAsItIsAndOneOfTenIsSearched() {
    String nine = "19121212-1";
    assertSame(nine, SafeText.redact(nine));
    // Ten digits, one of them full-width: the search runs and masks.
    assertEquals("191212-****", SafeText.redact("191212-121\uFF12"));
    // Nine digits and the escape's four: searched, and the escape's digits stay out of the number.
    assertEquals("\\u0012 191212-121", SafeText.redact("\\u0012 191212-121"));
  }

  @Test
  void everyNumberOfATextIsMaskedInOneCopy() {
    String text = "191212-1212, 556016-0680 och 201212-1212";
    assertEquals("191212-****, 556016-0680 och 201212-****", SafeText.redact(text));
    // Nothing to mask in a text of many digits: the text comes back as it was.
    assertEquals("556016-0680 och 556016-0680", SafeText.redact(new StringBuilder("556016-0680 och 556016-0680")));
  }

  @Test
  void everyCharacterIsADigitExactlyWhenTheJdkSaysSo() {
    for (int c = Character.MIN_VALUE; c <= Character.MAX_VALUE; c++) {
      assertEquals(Character.isDigit((char) c), SafeText.isDigit((char) c), Integer.toHexString(c));
    }
  }

  @Test
  void noPrintableAsciiCharacterIsShownEscaped() {
    for (char c = ' '; c < 0x7F; c++) {
      assertFalse(SafeText.mustBeShownEscaped(c), "U+00" + Integer.toHexString(c));
      assertFalse(SafeText.hasUnsafeCharacters("a" + c + "b"));
    }
    // Either side of printable ASCII, the look-up runs.
    assertNotEquals("\u001F", SafeText.neutralise("\u001F"));
    assertNotEquals("\u007F", SafeText.neutralise("\u007F"));
  }

  @Test
  void hasUnsafeCharactersDecidesAsTheLookUp() {
    qt().withExamples(20_000).forAll(texts()).checkAssert(text -> {
      boolean lookedUp = text.codePoints().anyMatch(SafeText::mustBeShownEscaped);
      assertEquals(lookedUp, SafeText.hasUnsafeCharacters(text), text);
    });
  }
}
