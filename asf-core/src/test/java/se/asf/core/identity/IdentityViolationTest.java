package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class IdentityViolationTest {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  @Test
  void everyProblemHasANonEmptyMessageInSwedishAndEnglish() {
    for (IdentityProblem problem : IdentityProblem.values()) {
      IdentityViolation v = IdentityViolation.of(problem, "EXPECTED", -1);
      String sv = v.getMessage(SWEDISH);
      String en = v.getMessage(Locale.ENGLISH);
      assertFalse(sv.isBlank(), problem.name());
      assertFalse(en.isBlank(), problem.name());
      assertNotEquals(sv, en, problem.name());
      assertTrue(sv.contains("EXPECTED"), sv);
      assertTrue(en.contains("EXPECTED"), en);
      assertFalse(sv.contains("{0}") || en.contains("{0}"), sv + " / " + en);
    }
  }

  @Test
  void theIndexIsNamedWhenKnown() {
    IdentityViolation at = IdentityViolation.of(IdentityProblem.CHARACTER, "a digit", 3);
    assertTrue(at.getMessage(Locale.ENGLISH).endsWith("; expected a digit (at index 3)."), at.getMessage(Locale.ENGLISH));
    assertTrue(at.getMessage(SWEDISH).endsWith("förväntat: a digit (vid position 3)."), at.getMessage(SWEDISH));
    IdentityViolation whole = IdentityViolation.of(IdentityProblem.LENGTH, "10 digits", -1);
    assertFalse(whole.getMessage(Locale.ENGLISH).contains("index"));
    assertFalse(whole.getMessage(SWEDISH).contains("position"));
  }

  @Test
  void englishForAnyEnglishLocaleSwedishOtherwise() {
    IdentityViolation v = IdentityViolation.of(IdentityProblem.EMPTY, "10 digits", -1);
    String english = "The text is empty; expected 10 digits.";
    String swedish = "Texten är tom; förväntat: 10 digits.";
    assertEquals(english, v.getMessage(Locale.ENGLISH));
    assertEquals(english, v.getMessage(Locale.UK));
    assertEquals(english, v.getMessage(Locale.US));
    assertEquals(swedish, v.getMessage(SWEDISH));
    assertEquals(swedish, v.getMessage(Locale.GERMAN));
    assertEquals(swedish, v.getMessage(Locale.ROOT));
  }

  @Test
  void theFirstIndexIsNamedToo() {
    IdentityViolation first = IdentityViolation.of(IdentityProblem.EMPTY, "10 digits", 0);
    assertEquals("The text is empty; expected 10 digits (at index 0).", first.getMessage(Locale.ENGLISH));
    assertEquals("Texten är tom; förväntat: 10 digits (vid position 0).", first.getMessage(SWEDISH));
  }

  @Test
  void accessorsEqualityAndToString() {
    IdentityViolation v = IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 0", 10);
    assertEquals(IdentityProblem.CHECK_DIGIT, v.getProblem());
    assertEquals("check digit 0", v.getExpected());
    assertEquals(10, v.getIndex());
    assertEquals(v, IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 0", 10));
    assertEquals(v.hashCode(),
        IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 0", 10).hashCode());
    assertNotEquals(v, IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 1", 10));
    assertNotEquals(v, IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit 0", 9));
    assertNotEquals(v, IdentityViolation.of(IdentityProblem.GROUP, "check digit 0", 10));
    assertEquals("CHECK_DIGIT@10 (expected check digit 0)", v.toString());
    assertEquals("LENGTH (expected 10 digits)",
        IdentityViolation.of(IdentityProblem.LENGTH, "10 digits", -1).toString());
  }

  @Test
  void invalidArguments() {
    assertThrows(IllegalArgumentException.class,
        () -> IdentityViolation.of(IdentityProblem.LENGTH, "x", -2));
    assertThrows(NullPointerException.class, () -> IdentityViolation.of(null, "x", 0));
    assertThrows(NullPointerException.class,
        () -> IdentityViolation.of(IdentityProblem.LENGTH, null, 0));
  }

  @Test
  void anExceptionNeedsAViolationAndKeepsACopy() {
    assertThrows(IllegalArgumentException.class,
        () -> new IdentityNumberFormatException("Organisationsnummer", "x", List.of()));
    List<IdentityViolation> violations = new ArrayList<>();
    violations.add(IdentityViolation.of(IdentityProblem.LENGTH, "10 digits", -1));
    IdentityNumberFormatException e =
        new IdentityNumberFormatException("Organisationsnummer", "12", violations);
    violations.clear();
    assertEquals(1, e.getViolations().size());
    assertThrows(UnsupportedOperationException.class, () -> e.getViolations().clear());
    assertEquals(IdentityProblem.LENGTH, e.getProblem());
  }

  @Test
  void violationsDifferInProblemExpectationOrIndex() {
    IdentityViolation character = IdentityViolation.of(IdentityProblem.CHARACTER, "a digit", 0);
    assertEquals(character, IdentityViolation.of(IdentityProblem.CHARACTER, "a digit", 0));
    assertNotEquals(character, IdentityViolation.of(IdentityProblem.SEPARATOR, "a digit", 0));
    assertNotEquals(character, IdentityViolation.of(IdentityProblem.CHARACTER, "a letter", 0));
    assertNotEquals(character, IdentityViolation.of(IdentityProblem.CHARACTER, "a digit", 1));
    assertEquals("CHARACTER@0 (expected a digit)", character.toString());
    assertEquals("LENGTH (expected 10 digits)", IdentityViolation.of(IdentityProblem.LENGTH, "10 digits", -1).toString());
  }
}
