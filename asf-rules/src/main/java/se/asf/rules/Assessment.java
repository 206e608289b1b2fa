package se.asf.rules;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings of one rule set for one enterprise, with the overall outcome.
 *
 * <p>The overall outcome is a function of the findings only: NOT_MET if any finding is NOT_MET,
 * else UNDETERMINED if any is UNDETERMINED, else MET ({@link Outcome#combine}). The assessment
 * records the rule set's id and version and the assessment date, so the same input and version
 * always give the same result; no clock or locale is read implicitly.
 *
 * <p>Instances are immutable and thread-safe, and equal when all their parts are.
 */
public final class Assessment {
  private final String subjectName;
  private final String subjectIdentity;
  private final String ruleSetId;
  private final String ruleSetVersion;
  private final String procurementReference;
  private final LocalDate assessmentDate;
  private final List<Finding> findings;
  private final Outcome outcome;

  Assessment(String subjectName, String subjectIdentity, String ruleSetId, String ruleSetVersion,
      String procurementReference, LocalDate assessmentDate, List<Finding> findings) {
    this.subjectName = Objects.requireNonNull(subjectName, "subjectName");
    this.subjectIdentity = Objects.requireNonNull(subjectIdentity, "subjectIdentity");
    this.ruleSetId = Objects.requireNonNull(ruleSetId, "ruleSetId");
    this.ruleSetVersion = Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    this.procurementReference = procurementReference;
    this.assessmentDate = Objects.requireNonNull(assessmentDate, "assessmentDate");
    this.findings = findings;
    this.outcome = combine(findings);
  }

  /** {@link Outcome#combine} over the findings' outcomes, without collecting them first. */
  private static Outcome combine(List<Finding> findings) {
    if (findings.isEmpty()) {
      return Outcome.UNDETERMINED;
    }
    Outcome combined = Outcome.MET;
    for (Finding finding : findings) {
      Outcome outcome = finding.getOutcome();
      if (outcome == Outcome.NOT_MET) {
        return Outcome.NOT_MET;
      }
      if (outcome == Outcome.UNDETERMINED) {
        combined = Outcome.UNDETERMINED;
      }
    }
    return combined;
  }

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
  public String getSubjectName() {
    return subjectName;
  }

  /**
   * Returns the assessed enterprise's identity as safe text: an organisation number, or a masked
   * personnummer.
   *
   * @return the identity as {@code toString()} renders it
   */
  @NotBlank
  public String getSubjectIdentity() {
    return subjectIdentity;
  }

  /**
   * Returns the id of the rule set applied.
   *
   * @return for example {@code "LOU-4-18"}
   */
  @NotBlank
  public String getRuleSetId() {
    return ruleSetId;
  }

  /**
   * Returns the version of the rule set applied.
   *
   * @return the version
   */
  @NotBlank
  public String getRuleSetVersion() {
    return ruleSetVersion;
  }

  /**
   * Returns the reference of the procurement assessed against, when the rule set came from one.
   *
   * @return the procurement reference, or empty
   */
  public Optional<String> getProcurementReference() {
    return Optional.ofNullable(procurementReference);
  }

  /**
   * Returns the date as of which the enterprise was assessed, such as the tender deadline.
   *
   * @return the date
   */
  @NotNull
  public LocalDate getAssessmentDate() {
    return assessmentDate;
  }

  /**
   * Returns the findings, one per rule, in the rule set's order.
   *
   * @return the findings
   */
  @NotNull
  public List<@Valid @NotNull Finding> getFindings() {
    return findings;
  }

  /**
   * Returns the overall outcome, derived from the findings by {@link Outcome#combine}.
   *
   * @return the overall outcome
   */
  public Outcome getOutcome() {
    return outcome;
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
    for (Finding finding : getFindings()) {
      if (finding.getRuleId().equals(ruleId)) {
        return Optional.of(finding);
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether another object is an assessment with equal parts.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Assessment that
        && subjectName.equals(that.subjectName)
        && subjectIdentity.equals(that.subjectIdentity)
        && ruleSetId.equals(that.ruleSetId)
        && ruleSetVersion.equals(that.ruleSetVersion)
        && Objects.equals(procurementReference, that.procurementReference)
        && assessmentDate.equals(that.assessmentDate)
        && findings.equals(that.findings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(subjectName, subjectIdentity, ruleSetId, ruleSetVersion, procurementReference,
        assessmentDate, findings);
  }

  /**
   * Returns the assessment's parts, for logs; the identity is the safe text it always is.
   *
   * @return for example {@code Assessment{subjectName=..., outcome=MET}}
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Assessment{subjectName=").append(subjectName)
        .append(", subjectIdentity=").append(subjectIdentity)
        .append(", ruleSetId=").append(ruleSetId)
        .append(", ruleSetVersion=").append(ruleSetVersion);
    if (procurementReference != null) {
      text.append(", procurementReference=").append(procurementReference);
    }
    return text.append(", assessmentDate=").append(assessmentDate)
        .append(", findings=").append(findings)
        .append(", outcome=").append(outcome)
        .append('}').toString();
  }
}
