package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.function.Executable;

/** Assertions shared by the tests of the asf-core value types. */
@SuppressWarnings("exports") // patched into the module for testing only; JUnit is not a module there
public final class InvariantAssertions {
  private InvariantAssertions() {}

  /**
   * Asserts that building a value breaks one invariant, on one attribute.
   *
   * @return the exception, for further checks
   */
  public static InvariantViolationException assertViolates(
      Invariant invariant, String attribute, Executable build) {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, build);
    assertEquals(invariant, e.getInvariant(), e::getMessage);
    assertEquals(attribute, e.getAttribute(), e::getMessage);
    return e;
  }

  /** Asserts that two decimals are the same number, whatever their scale. */
  public static void assertSameNumber(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }
}
