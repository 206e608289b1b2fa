package se.asf.core.identity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown when a text cannot be parsed as an {@link Organisationsnummer} or a {@link Personnummer}.
 *
 * <p>Like {@code DateTimeParseException}, it says precisely what failed: the list of
 * {@link IdentityViolation}s, each with a stable {@link IdentityProblem} code, what was expected and
 * where. The input is kept only in masked form (its last four digits, and every digit after the
 * eighth, replaced by {@code *}; cut after 24 characters), so the exception can be logged even when
 * a personnummer was passed by mistake.
 */
public final class IdentityNumberFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String maskedInput;
  private final IdentityViolation[] violations;

  IdentityNumberFormatException(String kind, String maskedInput, List<IdentityViolation> violations) {
    super(kind + " '" + maskedInput + "' is invalid: "
        + violations.stream().map(v -> v.getMessage(Locale.ENGLISH)).collect(Collectors.joining("; ")));
    this.maskedInput = Objects.requireNonNull(maskedInput, "maskedInput");
    this.violations = violations.toArray(new IdentityViolation[0]);
    if (this.violations.length == 0) {
      throw new IllegalArgumentException("an exception needs at least one violation");
    }
  }

  /**
   * Returns the input with its last four digits, and every digit after the eighth, masked.
   *
   * @return the masked input, for example {@code 191212-****}
   */
  public String getMaskedInput() {
    return maskedInput;
  }

  /**
   * Returns every reason the text was rejected, most fundamental first.
   *
   * @return at least one violation
   */
  public List<IdentityViolation> getViolations() {
    return List.of(violations);
  }

  /**
   * Returns the first, most fundamental reason.
   *
   * @return the first violation's problem code
   */
  public IdentityProblem getProblem() {
    return violations[0].getProblem();
  }
}
