package se.asf.core.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import se.asf.core.internal.Messages;

/**
 * One reason why a text is not a valid identity number.
 *
 * <p>A violation names the {@link IdentityProblem}, what was expected, and the index in the input
 * where the problem was found (or {@code -1} when it concerns the whole text, as a wrong length
 * does). It never holds the input itself, so it can be logged safely.
 */
public final class IdentityViolation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final IdentityProblem problem;
  private final String expected;
  private final int index;

  private IdentityViolation(IdentityProblem problem, String expected, int index) {
    this.problem = Objects.requireNonNull(problem, "problem");
    this.expected = Objects.requireNonNull(expected, "expected");
    this.index = index;
  }

  /**
   * Creates a violation.
   *
   * @param problem the reason
   * @param expected what was expected instead, in English, for example {@code "10 or 12 digits"}
   * @param index the index in the input where the problem was found, or {@code -1}
   * @return the violation
   */
  public static IdentityViolation of(IdentityProblem problem, String expected, int index) {
    if (index < -1) {
      throw new IllegalArgumentException("index must be -1 or greater: " + index);
    }
    return new IdentityViolation(problem, expected, index);
  }

  /**
   * Returns the reason.
   *
   * @return the problem code
   */
  public IdentityProblem getProblem() {
    return problem;
  }

  /**
   * Returns what was expected, in English.
   *
   * @return the expectation, for example {@code "Luhn check digit 0"}
   */
  public String getExpected() {
    return expected;
  }

  /**
   * Returns the index in the input where the problem was found.
   *
   * @return a zero-based index, or {@code -1} when the problem concerns the whole text
   */
  public int getIndex() {
    return index;
  }

  /**
   * Renders the violation as a sentence in Swedish or English.
   *
   * @param locale the language; English for {@code en}, otherwise Swedish
   * @return the message
   */
  public String getMessage(Locale locale) {
    String where = index < 0 ? "" : Messages.format(locale, "identity.at", Integer.toString(index));
    return Messages.format(locale, "identity." + problem.name(), expected) + where + ".";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof IdentityViolation
        && ((IdentityViolation) other).problem == problem
        && ((IdentityViolation) other).expected.equals(expected)
        && ((IdentityViolation) other).index == index;
  }

  @Override
  public int hashCode() {
    return Objects.hash(problem, expected, index);
  }

  @Override
  public String toString() {
    return problem + (index < 0 ? "" : "@" + index) + " (expected " + expected + ")";
  }
}
