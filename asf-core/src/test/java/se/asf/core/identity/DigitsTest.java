package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class DigitsTest {

  @Test
  void luhnCheckDigitOfKnownNumbers() {
    assertEquals(0, Digits.luhnCheckDigit("5560160680"));
    assertEquals(0, Digits.luhnCheckDigit("5560125790"));
    assertEquals(8, Digits.luhnCheckDigit("2021005448"));
    assertEquals(2, Digits.luhnCheckDigit("1212121212"));
    assertEquals(4, Digits.luhnCheckDigit("8112289874"));
    // Only the first nine digits count.
    assertEquals(0, Digits.luhnCheckDigit("5560160689"));
  }

  @Test
  void allAsciiDigitsAcceptsOnlyZeroToNine() {
    assertTrue(Digits.allAsciiDigits("0123456789"));
    assertTrue(Digits.allAsciiDigits("9"));
    assertFalse(Digits.allAsciiDigits(""));
    // The characters just below '0' and just above '9', and digits of other scripts.
    assertFalse(Digits.allAsciiDigits("01234/6789"));
    assertFalse(Digits.allAsciiDigits("01234:6789"));
    assertFalse(Digits.allAsciiDigits("\u0661\u0662"));
    assertFalse(Digits.allAsciiDigits("5560160680x"));
  }

  @Test
  void aYearIsFourAsciiDigitsAsPercent04dWritesIt() {
    assertEquals("0000", Personnummer.fourDigits(0));
    assertEquals("0007", Personnummer.fourDigits(7));
    assertEquals("0042", Personnummer.fourDigits(42));
    assertEquals("0999", Personnummer.fourDigits(999));
    assertEquals("1912", Personnummer.fourDigits(1912));
    assertEquals("9999", Personnummer.fourDigits(9999));
    assertEquals("10000", Personnummer.fourDigits(10_000));
    assertEquals("-005", Personnummer.fourDigits(-5));
  }

  @Test
  void masksTheLastFourDigits() {
    assertEquals("556016-****", Digits.mask("556016-0680"));
    assertEquals("556016****", Digits.mask("5560160680"));
    assertEquals("19121212****", Digits.mask("191212121212"));
    assertEquals("19121212-****", Digits.mask("19121212-1212"));
    assertEquals("121212+****", Digits.mask("121212+1212"));
  }

  @Test
  void skipsNonDigitsWhenCountingTheLastFour() {
    assertEquals("121212-**x**", Digits.mask("121212-12x12"));
    assertEquals("556016-**** ", Digits.mask("556016-0680 "));
    assertEquals("55601*-*** x", Digits.mask("556016-068 x"));
  }

  @Test
  void shortAndDigitFreeTexts() {
    assertEquals("", Digits.mask(""));
    assertEquals("**", Digits.mask("12"));
    assertEquals("x*y*z*", Digits.mask("x1y2z3"));
    assertEquals("abc-def", Digits.mask("abc-def"));
  }

  @Test
  void masksEveryDigitAfterTheEighth() {
    // A personnummer followed by more digits stays hidden.
    assertEquals("19811228-**** ****", Digits.mask("19811228-9874 0000"));
    assertEquals("811228-98******", Digits.mask("811228-98740000"));
    assertEquals("12345678******", Digits.mask("12345678901234"));
  }

  @Test
  void truncatesPastTwentyFourCharacters() {
    String exactly24 = "abcdefghijklmnopqrstuvwx";
    assertEquals(exactly24, Digits.mask(exactly24));
    assertEquals(exactly24 + "…", Digits.mask(exactly24 + "y"));
    assertEquals("12345678****************…", Digits.mask("12345678901234567890123456789"));
  }

  @Test
  void aPersonnummerAtTheStartOfALongTextIsMasked() {
    String masked = Digits.mask("198112289874 and then a long tail 12345");
    assertEquals("19811228**** and then a …", masked);
  }

  @Test
  void theMaskNeverShowsMoreThanEightDigitsNorTheLastFour() {
    qt().forAll(strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 40)).checkAssert(text -> {
      String masked = Digits.mask(text);
      assertTrue(masked.chars().filter(Character::isDigit).count() <= 8, masked);
      assertTrue(masked.length() <= 25, masked);
      if (text.length() <= 24) {
        assertEquals(text.length(), masked.length(), masked);
        int lastFour = 0;
        for (int i = text.length() - 1; i >= 0 && lastFour < 4; i--) {
          if (Character.isDigit(text.charAt(i))) {
            assertEquals('*', masked.charAt(i), masked);
            lastFour++;
          } else {
            assertEquals(text.charAt(i), masked.charAt(i), masked);
          }
        }
      } else {
        assertTrue(masked.endsWith("…"), masked);
      }
      assertFalse(masked.length() > 1 && masked.substring(0, masked.length() - 1).contains("…"));
    });
  }
}
