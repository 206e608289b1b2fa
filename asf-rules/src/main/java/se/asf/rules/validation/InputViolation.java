package se.asf.rules.validation;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One reason why an application's input is invalid, as {@link AsfValidator} reports it.
 *
 * <p>A violation names where the problem is ({@link #getPath()}, such as
 * {@code workforce.lines[2].heads}), which constraint failed ({@link #getConstraint()}, such as
 * {@code ValidOrganisationsnummer}) and, as a stable code for programs, which rule of it failed
 * ({@link #getCode()}, such as {@code se.asf.rules.constraints.ValidOrganisationsnummer.CHECK_DIGIT}).
 * Its message comes in Swedish and English. The invalid value is included only in a safe rendering
 * and never for an identity number, so a violation can be logged and shown to the user who entered
 * the data.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class InputViolation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final String constraint;
  private final String code;
  private final String invalidValue;
  private final String swedishMessage;
  private final String englishMessage;

  InputViolation(String path, String constraint, String code, String invalidValue,
      String swedishMessage, String englishMessage) {
    this.path = Objects.requireNonNull(path, "path");
    this.constraint = Objects.requireNonNull(constraint, "constraint");
    this.code = Objects.requireNonNull(code, "code");
    this.invalidValue = invalidValue;
    this.swedishMessage = Objects.requireNonNull(swedishMessage, "swedishMessage");
    this.englishMessage = Objects.requireNonNull(englishMessage, "englishMessage");
  }

  /**
   * Returns the path from the validated object to the invalid property.
   *
   * @return for example {@code workforce.lines[2].heads}; empty when the validated object itself is
   *     invalid
   */
  public String getPath() {
    return path;
  }

  /**
   * Returns the simple name of the constraint annotation that failed.
   *
   * @return for example {@code NotNull} or {@code ValidPersonnummer}
   */
  public String getConstraint() {
    return constraint;
  }

  /**
   * Returns a stable code for the rule that failed: the message key without braces and without
   * {@code .message}, or the constraint's full name when the template is a literal message.
   *
   * @return for example {@code jakarta.validation.constraints.NotNull} or
   *     {@code se.asf.rules.constraints.ValidPersonnummer.FUTURE_DATE}
   */
  public String getCode() {
    return code;
  }

  /**
   * Returns the invalid value, rendered safely.
   *
   * @return the rendering; empty for a missing value, for a bean or collection, and for any value
   *     of an identity-number constraint
   */
  public Optional<String> getInvalidValue() {
    return Optional.ofNullable(invalidValue);
  }

  /**
   * Returns the message in Swedish, the library's default language.
   *
   * @return the message
   */
  public String getMessage() {
    return swedishMessage;
  }

  /**
   * Returns the message in the given language; Swedish and English are provided.
   *
   * @param locale the language: English when its language is {@code en}, otherwise Swedish
   * @return the message
   */
  public String getMessage(Locale locale) {
    return "en".equals(locale.getLanguage()) ? englishMessage : swedishMessage;
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof InputViolation)) {
      return false;
    }
    InputViolation that = (InputViolation) other;
    return path.equals(that.path)
        && constraint.equals(that.constraint)
        && code.equals(that.code)
        && Objects.equals(invalidValue, that.invalidValue)
        && swedishMessage.equals(that.swedishMessage)
        && englishMessage.equals(that.englishMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, constraint, code, invalidValue, swedishMessage, englishMessage);
  }

  /**
   * Returns the path, the code and the English message, for logs.
   *
   * @return for example {@code orgnr: se.asf.rules.constraints.ValidOrganisationsnummer.CHECK_DIGIT
   *     (has the wrong check digit)}
   */
  @Override
  public String toString() {
    return path + ": " + code + " (" + englishMessage + ")";
  }
}
