package se.asf.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.style.AsfStyle;

/**
 * The findings of one rule set for one enterprise, with the overall outcome.
 *
 * <p>The overall outcome is a function of the findings only: NOT_MET if any finding is NOT_MET,
 * else UNDETERMINED if any is UNDETERMINED, else MET ({@link Outcome#combine}). The assessment
 * records the rule set's id and version and the assessment date, so the same input and version
 * always give the same result; no clock or locale is read implicitly.
 */
@Value.Immutable
@AsfStyle
public abstract class Assessment {

  Assessment() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static AssessmentBuilder builder() {
    return new AssessmentBuilder();
  }

  /**
   * Returns the assessed enterprise's name.
   *
   * @return the name
   */
  @NotBlank
  public abstract String getSubjectName();

  /**
   * Returns the assessed enterprise's identity as safe text: an organisation number, or a masked
   * personnummer.
   *
   * @return the identity as {@code toString()} renders it
   */
  @NotBlank
  public abstract String getSubjectIdentity();

  /**
   * Returns the id of the rule set applied.
   *
   * @return for example {@code "LOU-4-18"}
   */
  @NotBlank
  public abstract String getRuleSetId();

  /**
   * Returns the version of the rule set applied.
   *
   * @return the version
   */
  @NotBlank
  public abstract String getRuleSetVersion();

  /**
   * Returns the reference of the procurement assessed against, when the rule set came from one.
   *
   * @return the procurement reference, or empty
   */
  public abstract Optional<String> getProcurementReference();

  /**
   * Returns the date as of which the enterprise was assessed, such as the tender deadline.
   *
   * @return the date
   */
  @NotNull
  public abstract LocalDate getAssessmentDate();

  /**
   * Returns the findings, one per rule, in the rule set's order.
   *
   * @return the findings
   */
  @NotNull
  public abstract List<@Valid @NotNull Finding> getFindings();

  /**
   * Returns the overall outcome, derived from the findings by {@link Outcome#combine}.
   *
   * @return the overall outcome
   */
  @Value.Derived
  public Outcome getOutcome() {
    return Outcome.combine(getFindings().stream().map(Finding::getOutcome).toList());
  }

  /**
   * Returns every finding's message in the reader's language, formatted now, in the findings' order.
   *
   * @param locale the reader's language; a language with no messages is answered in Swedish
   * @return one message per finding
   */
  public List<String> getMessages(Locale locale) {
    return getFindings().stream().map(f -> f.getMessage(locale)).toList();
  }

  /**
   * Returns the finding of a rule.
   *
   * @param ruleId the rule's id
   * @return the finding, or empty when the rule set has no such rule
   */
  public Optional<Finding> finding(String ruleId) {
    return getFindings().stream().filter(f -> f.getRuleId().equals(ruleId)).findFirst();
  }
}
