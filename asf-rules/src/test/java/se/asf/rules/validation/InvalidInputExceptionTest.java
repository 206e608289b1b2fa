package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvalidInputExceptionTest {
  private static final InputViolation ROOT = new InputViolation("", "ValidSweref99Tm",
      "se.asf.rules.constraints.ValidSweref99Tm", null, "måste vara en SWEREF 99 TM-position inom Sverige",
      "must be a SWEREF 99 TM position within Sweden");
  private static final InputViolation NAME = new InputViolation("name", "NotNull",
      "jakarta.validation.constraints.NotNull", null, "måste anges", "must not be null");

  @Test
  void listsEveryViolationInEitherLanguage() {
    InvalidInputException e = new InvalidInputException(List.of(ROOT, NAME));
    assertEquals("Invalid input (2): must be a SWEREF 99 TM position within Sweden; name: must not be null",
        e.getMessage());
    assertEquals("Ogiltig inmatning (2): måste vara en SWEREF 99 TM-position inom Sverige; name: måste anges",
        e.getMessage(Locale.forLanguageTag("sv")));
  }

  @Test
  void keepsAnUnmodifiableCopy() {
    List<InputViolation> violations = new ArrayList<>(List.of(NAME));
    InvalidInputException e = new InvalidInputException(violations);
    violations.add(ROOT);
    assertEquals(List.of(NAME), e.getViolations());
    assertThrows(UnsupportedOperationException.class, () -> e.getViolations().add(ROOT));
  }

  @Test
  void needsAtLeastOneViolation() {
    assertThrows(IllegalArgumentException.class, () -> new InvalidInputException(List.of()));
  }
}
