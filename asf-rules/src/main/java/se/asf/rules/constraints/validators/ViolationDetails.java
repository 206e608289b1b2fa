package se.asf.rules.constraints.validators;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What an asf validator attaches to a violation as Hibernate Validator's dynamic payload: the
 * message parameters it added, and the value the violation is about when that is not the validated
 * value (a class-level constraint validates the whole bean but reports one property).
 *
 * <p>Not API. {@link se.asf.rules.validation.AsfValidator} reads it to interpolate a violation's
 * template again in another language, which needs the same message parameters.
 */
public final class ViolationDetails {
  private final Map<String, Object> messageParameters;
  private final Object value;

  ViolationDetails(Map<String, Object> messageParameters, Object value) {
    this.messageParameters = Map.copyOf(messageParameters);
    this.value = value;
  }

  /**
   * Returns the message parameters added to the violation.
   *
   * @return the parameters, unmodifiable
   */
  public Map<String, Object> getMessageParameters() {
    return messageParameters;
  }

  /**
   * Returns the value the violation is about, when it differs from the validated value.
   *
   * @return the value, or empty to use the violation's own invalid value
   */
  public Optional<Object> getValue() {
    return Optional.ofNullable(value);
  }

  @Override
  public String toString() {
    return "ViolationDetails" + messageParameters;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ViolationDetails
        && ((ViolationDetails) other).messageParameters.equals(messageParameters)
        && Objects.equals(((ViolationDetails) other).value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(messageParameters, value);
  }
}
