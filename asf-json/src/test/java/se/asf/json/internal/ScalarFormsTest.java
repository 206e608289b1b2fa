package se.asf.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.asf.json.base.internal.Scalars;

/**
 * The hand-written readers of a date and of an organisation number's spellings decide exactly as the
 * regular expressions and the strict {@code uuuu-MM-dd} formatter that state the forms: the same texts
 * are accepted, with the same value.
 */
class ScalarFormsTest {
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final DateTimeFormatter STRICT_DATE =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern ORGANISATIONSNUMMER = Pattern.compile("(16)?[0-9]{6}-?[0-9]{4}");
  private static final Pattern VAT_NUMBER = Pattern.compile("SE([0-9]{10})01");

  @Test
  void aDateIsReadAsTheStrictFormatterReadsIt() {
    // Digits near the month's and day's limits, the separator, and characters that are not ASCII digits.
    Gen<Character> c = Generate.pick(List.of('0', '1', '2', '3', '9', '-', '/', ':', '\u0661', 'x'))
        .mix(integers().between('0', '9').map(i -> (char) (int) i), 50);
    Gen<String> dates = lists().of(c).ofSizeBetween(8, 11)
        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    Gen<String> shaped = integers().between(0, 9999).zip(integers().between(0, 14), integers().between(0, 32),
        (y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    qt().withExamples(30_000).forAll(dates.mix(shaped, 70)).checkAssert(text ->
        assertEquals(strictDate(text), Scalars.isoDate(text), text));
  }

  @Test
  void datesAtTheEdges() {
    assertEquals(LocalDate.of(2024, 2, 29), Scalars.isoDate("2024-02-29"));
    assertNull(Scalars.isoDate("2025-02-29"));
    assertEquals(LocalDate.of(0, 1, 1), Scalars.isoDate("0000-01-01"));
    assertEquals(LocalDate.of(9999, 12, 31), Scalars.isoDate("9999-12-31"));
    // A sign, a letter or a separator other than the hyphen, in any field: no date.
    for (String other : List.of("-001-01-01", "+001-01-01", "x001-01-01", "2024x01-01", "2024-01x01", "2024-x1-01",
        "2024-01-x1", "2024-1-01x")) {
      assertNull(Scalars.isoDate(other), other);
    }
    assertNull(Scalars.isoDate("2025-04-31"));
    assertNull(Scalars.isoDate("2025-00-10"));
    assertNull(Scalars.isoDate("2025-13-10"));
    assertNull(Scalars.isoDate("2025-1-10"));
    assertNull(Scalars.isoDate("+2025-01-10"));
  }

  @Test
  void anOrganisationNumberSpellingIsReadAsThePatternsReadIt() {
    Gen<Character> c = Generate.pick(List.of('1', '6', '0', '9', '-', 'S', 'E', '+', ' '))
        .mix(integers().between('0', '9').map(i -> (char) (int) i), 40);
    Gen<String> texts = lists().of(c).ofSizeBetween(9, 15)
        .map(chars -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
    // Spellings built from the forms' parts, most of them accepted: a prefix, six digits, a separator, four
    // digits, a suffix.
    Gen<String> parts = Generate.pick(List.of("", "16", "SE", "1", "S")).zip(integers().between(0, 999_999),
        Generate.pick(List.of("", "-", "+")), integers().between(0, 9999), Generate.pick(List.of("", "01", "1")),
        (prefix, six, separator, four, suffix) -> prefix + String.format("%06d", six) + separator
            + String.format("%04d", four) + suffix);
    qt().withExamples(30_000).forAll(texts.mix(parts, 60)).checkAssert(text ->
        assertEquals(patternSpelling(text), Scalars.organisationsnummerSpelling(text), text));
  }

  @Test
  void organisationNumberSpellings() {
    assertEquals("556016-0680", Scalars.organisationsnummerSpelling("556016-0680"));
    assertEquals("5560160680", Scalars.organisationsnummerSpelling("5560160680"));
    assertEquals("16556016-0680", Scalars.organisationsnummerSpelling("16556016-0680"));
    assertEquals("165560160680", Scalars.organisationsnummerSpelling("165560160680"));
    assertEquals("5560160680", Scalars.organisationsnummerSpelling("SE556016068001"));
    assertNull(Scalars.organisationsnummerSpelling("SE556016068002"));
    assertNull(Scalars.organisationsnummerSpelling("175560160680"));
    assertNull(Scalars.organisationsnummerSpelling("5560160-680"));
    assertNull(Scalars.organisationsnummerSpelling("55601606801"));
  }

  private static LocalDate strictDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return null;
    }
    try {
      return LocalDate.parse(text, STRICT_DATE);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String patternSpelling(String text) {
    Matcher vat = VAT_NUMBER.matcher(text);
    String number = vat.matches() ? vat.group(1) : text;
    return ORGANISATIONSNUMMER.matcher(number).matches() ? number : null;
  }
}
