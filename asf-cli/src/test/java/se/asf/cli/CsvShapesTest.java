package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Each of {@link CsvShapes}' checks accepts exactly what its regular expression matches. */
class CsvShapesTest {
  private static final Pattern WHOLE = Pattern.compile("[0-9]{1,9}");
  private static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,15}([.,][0-9]{1,15})?");
  private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  /** Mostly digits, with the characters the shapes hold or confuse: signs, points, letters, other digits. */
  private static final String CHARACTERS = "0123456789012345678901-.,+ eAz\u0663\uFF11\n";

  /** Texts of up to 34 characters. */
  private static Gen<String> texts(int longest) {
    return lists().of(integers().between(0, CHARACTERS.length() - 1)).ofSizeBetween(0, longest).map(picks -> {
      StringBuilder text = new StringBuilder();
      picks.forEach(i -> text.append(CHARACTERS.charAt(i)));
      return text.toString();
    });
  }

  @Test
  void eachShapeAcceptsWhatItsExpressionMatches() {
    qt().withExamples(40_000).forAll(texts(34)).checkAssert(text -> {
      assertEquals(WHOLE.matcher(text).matches(), CsvShapes.isWhole(text), text);
      assertEquals(DECIMAL.matcher(text).matches(), CsvShapes.isDecimal(text), text);
      assertEquals(YEAR.matcher(text).matches(), CsvShapes.isYear(text), text);
      assertEquals(DATE.matcher(text).matches(), CsvShapes.isDateShape(text), text);
    });
    // Short texts, where most shapes are near their length limits.
    qt().withExamples(40_000).forAll(texts(11)).checkAssert(text -> {
      assertEquals(WHOLE.matcher(text).matches(), CsvShapes.isWhole(text), text);
      assertEquals(YEAR.matcher(text).matches(), CsvShapes.isYear(text), text);
      assertEquals(DATE.matcher(text).matches(), CsvShapes.isDateShape(text), text);
    });
  }

  @Test
  void theShapesAtTheirLimits() {
    assertTrue(CsvShapes.isWhole("123456789"));
    assertFalse(CsvShapes.isWhole("1234567890"));
    assertFalse(CsvShapes.isWhole(""));
    assertTrue(CsvShapes.isDecimal("-123456789012345,123456789012345"));
    assertFalse(CsvShapes.isDecimal("1234567890123456"));
    assertFalse(CsvShapes.isDecimal("1,1234567890123456"));
    assertFalse(CsvShapes.isDecimal("1."));
    assertFalse(CsvShapes.isDecimal(",5"));
    assertFalse(CsvShapes.isDecimal("-"));
    assertFalse(CsvShapes.isDecimal("1.2.3"));
    assertTrue(CsvShapes.isYear("1000"));
    assertFalse(CsvShapes.isYear("0999"));
    assertTrue(CsvShapes.isDateShape("2017-13-45"));
    assertFalse(CsvShapes.isDateShape("2017-1-045"));
  }

  @Test
  void keptCharactersAreWhatTheExpressionKeeps() {
    qt().withExamples(20_000).forAll(texts(20)).checkAssert(text -> {
      assertEquals(text.replaceAll("[^0-9]", ""), CsvShapes.digitsOf(text), text);
      assertEquals(text.replaceAll("[^0-9A-Za-z]", ""), CsvShapes.lettersAndDigitsOf(text), text);
    });
    assertEquals("5560160680", CsvShapes.digitsOf("556016-0680"));
    assertEquals("SE5560160680", CsvShapes.lettersAndDigitsOf("SE:556016-0680 \u00C5"));
    String plain = "5560160680";
    assertSame(plain, CsvShapes.digitsOf(plain));
  }

  /** Texts of the date shape: years from 0000, months 00 to 19, days 00 to 39. */
  private static Gen<String> dateShapes() {
    return integers().between(0, 9999).zip(integers().between(0, 19), integers().between(0, 39),
        (year, month, day) -> String.format("%04d-%02d-%02d", year, month, day));
  }

  @Test
  void aDateIsWhatTheIsoParserReads() {
    qt().withExamples(40_000).forAll(dateShapes()).checkAssert(text -> {
      LocalDate parsed;
      try {
        parsed = LocalDate.parse(text);
      } catch (DateTimeParseException e) {
        parsed = null;
      }
      assertEquals(parsed, CsvShapes.date(text), text);
    });
    assertEquals(LocalDate.of(2024, 2, 29), CsvShapes.date("2024-02-29"));
    assertNull(CsvShapes.date("2023-02-29"));
    assertNull(CsvShapes.date("2017-12-1"));
    assertNull(CsvShapes.date("+2017-12-01"));
    assertEquals(LocalDate.of(0, 1, 1), CsvShapes.date("0000-01-01"));
  }
}
