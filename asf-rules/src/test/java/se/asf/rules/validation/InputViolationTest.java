package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputViolationTest {
  private static final InputViolation VIOLATION = new InputViolation("lines[0].heads", "Min",
      "jakarta.validation.constraints.Min", "-1", "måste vara större än eller lika med 0",
      "must be greater than or equal to 0");

  @Test
  void choosesTheLanguageByLocale() {
    assertEquals("must be greater than or equal to 0", VIOLATION.getMessage(Locale.UK));
    assertEquals("måste vara större än eller lika med 0", VIOLATION.getMessage(Locale.forLanguageTag("sv-SE")));
    assertEquals("måste vara större än eller lika med 0", VIOLATION.getMessage(Locale.FRENCH));
    assertEquals("måste vara större än eller lika med 0", VIOLATION.getMessage());
  }

  @Test
  void anAbsentValueIsEmpty() {
    InputViolation noValue = new InputViolation("name", "NotNull", "jakarta.validation.constraints.NotNull",
        null, "måste anges", "must not be null");
    assertEquals(Optional.empty(), noValue.getInvalidValue());
    assertEquals(Optional.of("-1"), VIOLATION.getInvalidValue());
    assertThrows(NullPointerException.class, () -> new InputViolation(null, "a", "b", null, "c", "d"));
  }

  @Test
  void isAValue() throws IOException, ClassNotFoundException {
    InputViolation same = new InputViolation("lines[0].heads", "Min", "jakarta.validation.constraints.Min", "-1",
        "måste vara större än eller lika med 0", "must be greater than or equal to 0");
    assertEquals(VIOLATION, same);
    assertEquals(VIOLATION.hashCode(), same.hashCode());
    assertNotEquals(VIOLATION, new InputViolation("lines[1].heads", "Min", "jakarta.validation.constraints.Min",
        "-1", "måste vara större än eller lika med 0", "must be greater than or equal to 0"));
    assertEquals("lines[0].heads: jakarta.validation.constraints.Min (must be greater than or equal to 0)",
        VIOLATION.toString());

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new InvalidInputException(java.util.List.of(VIOLATION)));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(java.util.List.of(VIOLATION), ((InvalidInputException) in.readObject()).getViolations());
    }
  }

  @Test
  void violationsDifferInEveryPart() {
    String path = "lines[0].heads";
    String constraint = "Min";
    String code = "jakarta.validation.constraints.Min";
    String value = "-1";
    String sv = "måste vara större än eller lika med 0";
    String en = "must be greater than or equal to 0";
    java.util.List<InputViolation> others = java.util.List.of(
        new InputViolation(path, "DecimalMin", code, value, sv, en),
        new InputViolation(path, constraint, "other.code", value, sv, en),
        new InputViolation(path, constraint, code, "-2", sv, en),
        new InputViolation(path, constraint, code, null, sv, en),
        new InputViolation(path, constraint, code, value, "annat", en),
        new InputViolation(path, constraint, code, value, sv, "other"));
    for (InputViolation other : others) {
      assertNotEquals(VIOLATION, other, other::toString);
      assertNotEquals(other, VIOLATION, other::toString);
    }
    assertNotEquals(VIOLATION, (Object) VIOLATION.toString());
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    others.forEach(other -> hashes.add(other.hashCode()));
    assertEquals(others.size(), hashes.size(), "these six spread over six hash codes: " + hashes);
  }
}
