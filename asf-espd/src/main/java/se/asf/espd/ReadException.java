package se.asf.espd;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a document is refused; {@link #getProblem()} says why and where. The message is
 * English; {@code getProblem().getMessage(locale)} gives Swedish.
 */
public final class ReadException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient ReadProblem problem;

  /**
   * Creates the exception.
   *
   * @param problem the problem
   * @param cause the cause, or null
   */
  public ReadException(ReadProblem problem, Throwable cause) {
    super(Objects.requireNonNull(problem, "problem").getMessage(Locale.ENGLISH), cause);
    this.problem = problem;
  }

  /**
   * Returns the problem.
   *
   * @return the code, location and detail
   */
  public ReadProblem getProblem() {
    return problem;
  }
}
