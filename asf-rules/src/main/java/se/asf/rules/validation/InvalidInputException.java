package se.asf.rules.validation;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown by {@link AsfValidator#requireValid(Object)} when an application's input breaks a
 * constraint; carries every {@link InputViolation}.
 *
 * <p>The message lists the violations in English; {@link #getMessage(Locale)} gives Swedish. Like
 * the violations themselves, it never contains an identity number, so the exception can be logged.
 */
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final InputViolation[] violations;

  /**
   * Creates the exception.
   *
   * @param violations the violations, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidInputException(List<InputViolation> violations) {
    super(describe(List.copyOf(violations), Locale.ENGLISH));
    this.violations = violations.toArray(new InputViolation[0]);
  }

  private static String describe(List<InputViolation> violations, Locale locale) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("An InvalidInputException needs at least one violation");
    }
    String heading = "en".equals(locale.getLanguage()) ? "Invalid input" : "Ogiltig inmatning";
    return violations.stream()
        .map(v -> v.getPath().isEmpty() ? v.getMessage(locale) : v.getPath() + ": " + v.getMessage(locale))
        .collect(Collectors.joining("; ", heading + " (" + violations.size() + "): ", ""));
  }

  /**
   * Returns the violations.
   *
   * @return the violations, in the order {@link AsfValidator#validate(Object)} returned them
   */
  public List<InputViolation> getViolations() {
    return List.of(violations);
  }

  /**
   * Renders the message in the given language; Swedish and English are provided.
   *
   * @param locale the language: English when its language is {@code en}, otherwise Swedish
   * @return the message, listing every violation
   */
  public String getMessage(Locale locale) {
    return describe(List.of(violations), locale);
  }
}
