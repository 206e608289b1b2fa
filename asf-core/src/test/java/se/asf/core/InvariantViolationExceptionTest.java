package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvariantViolationExceptionTest {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final Pattern MARKER = Pattern.compile("‹\\d›");

  private static InvariantViolationException withMarkers(Invariant invariant) {
    return new InvariantViolationException(invariant, "attribute", "‹0›", "‹1›", "‹2›");
  }

  private static Set<String> markers(String message) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = MARKER.matcher(message);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  @ParameterizedTest
  @EnumSource(Invariant.class)
  void everyInvariantHasAnEnglishAndASwedishMessage(Invariant invariant) {
    InvariantViolationException e = withMarkers(invariant);

    String english = e.getMessage(Locale.ENGLISH);
    String swedish = e.getMessage(SWEDISH);

    assertFalse(english.isBlank(), "English message");
    assertFalse(swedish.isBlank(), "Swedish message");
    assertNotEquals(english, swedish);
    assertFalse(english.contains("{") || english.contains("}"), english);
    assertFalse(swedish.contains("{") || swedish.contains("}"), swedish);
    assertEquals(markers(english), markers(swedish), "both languages show the same figures");
  }

  @ParameterizedTest
  @EnumSource(Invariant.class)
  void theDefaultMessageIsTheEnglishOne(Invariant invariant) {
    InvariantViolationException e = withMarkers(invariant);

    assertEquals(e.getMessage(Locale.ENGLISH), e.getMessage());
  }

  @Test
  void rendersTheFiguresIntoTheMessage() {
    InvariantViolationException e =
        new InvariantViolationException(Invariant.FTE_EXCEEDS_HEADS, "fullTimeEquivalents", "7.001", 7);

    assertEquals("The full-time equivalents 7.001 exceed the number of people, 7.", e.getMessage(Locale.ENGLISH));
    assertEquals("Antalet heltidsekvivalenter, 7.001, överstiger antalet personer, 7.", e.getMessage(SWEDISH));
  }

  @Test
  void keepsAnApostropheInTheMessage() {
    InvariantViolationException e = new InvariantViolationException(Invariant.SHARES_EXCEED_WHOLE, "owners", "1.0001");

    assertEquals("The owners' shares add up to 1.0001, more than the whole.", e.getMessage(Locale.ENGLISH));
  }

  @Test
  void anyEnglishLocaleGivesEnglishAndAnyOtherGivesSwedish() {
    InvariantViolationException e = new InvariantViolationException(Invariant.BOARD_WITHOUT_SEATS, "seats");

    assertEquals("A board must have at least one seat.", e.getMessage(Locale.UK));
    assertEquals("En styrelse måste ha minst en plats.", e.getMessage(Locale.forLanguageTag("sv-FI")));
    assertEquals("En styrelse måste ha minst en plats.", e.getMessage(Locale.GERMAN));
  }

  @Test
  void carriesTheCodeTheAttributeAndTheFiguresAsText() {
    InvariantViolationException e = new InvariantViolationException(
        Invariant.PERIOD_ENDS_BEFORE_START, "end", LocalDate.of(2018, 2, 1), LocalDate.of(2018, 1, 31));

    assertEquals(Invariant.PERIOD_ENDS_BEFORE_START, e.getInvariant());
    assertEquals("end", e.getAttribute());
    assertEquals(List.of("2018-02-01", "2018-01-31"), e.getArguments());
    assertThrows(UnsupportedOperationException.class, () -> e.getArguments().add("x"));
  }

  @Test
  void isAnIllegalArgumentException() {
    assertTrue(IllegalArgumentException.class.isAssignableFrom(InvariantViolationException.class));
  }

  @Test
  void requiresAnAttribute() {
    assertThrows(NullPointerException.class,
        () -> new InvariantViolationException(Invariant.BLANK_TEXT, null));
  }
}
