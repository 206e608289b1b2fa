package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class InvariantMessagesTest {

  @ParameterizedTest
  @EnumSource(Invariant.class)
  void everyInvariantHasASwedishAndAnEnglishMessage(Invariant invariant) {
    InvariantViolationException e = new InvariantViolationException(invariant, "attribute", "A", "B", "C");
    String sv = e.getMessage(Locale.forLanguageTag("sv"));
    String en = e.getMessage(Locale.ENGLISH);
    assertFalse(sv.isBlank());
    assertFalse(en.isBlank());
    assertNotEquals(sv, en);
    assertTrue(en.equals(e.getMessage()), "getMessage() is English");
    assertFalse(sv.contains("{") || en.contains("{"), sv + " / " + en);
  }
}
