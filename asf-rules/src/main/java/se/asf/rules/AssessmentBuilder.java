package se.asf.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds an {@link Assessment}, for an assessment read back from a document or made by an
 * application's own rules; {@link RuleSet#assess} makes the library's.
 *
 * <pre>{@code
 * Assessment assessment = Assessment.builder()
 *     .subjectName("Returbutiken AB")       // required
 *     .subjectIdentity("556016-0680")       // required, as safe text
 *     .ruleSetId("OWN").ruleSetVersion("1") // required
 *     .assessmentDate(LocalDate.of(2017, 12, 1)) // required
 *     .addFinding(finding)                  // in the rule set's order
 *     .build();
 * }</pre>
 *
 * <p>The overall outcome is derived from the findings. A builder is not thread-safe; the assessment
 * it builds is.
 */
public final class AssessmentBuilder {
  private String subjectName;
  private String subjectIdentity;
  private String ruleSetId;
  private String ruleSetVersion;
  private String procurementReference;
  private LocalDate assessmentDate;
  private final List<Finding> findings = new ArrayList<>();

  /** Creates an empty builder; {@link Assessment#builder()} does the same. */
  public AssessmentBuilder() {}

  /**
   * Fills the builder from an assessment: its values replace those set (an absent procurement
   * reference leaves the one set), and its findings are added.
   *
   * @param instance the assessment
   * @return this builder
   */
  public AssessmentBuilder from(Assessment instance) {
    Objects.requireNonNull(instance, "instance");
    subjectName(instance.getSubjectName());
    subjectIdentity(instance.getSubjectIdentity());
    ruleSetId(instance.getRuleSetId());
    ruleSetVersion(instance.getRuleSetVersion());
    instance.getProcurementReference().ifPresent(this::procurementReference);
    assessmentDate(instance.getAssessmentDate());
    return addAllFindings(instance.getFindings());
  }

  /**
   * Sets the assessed enterprise's name.
   *
   * @param subjectName the name
   * @return this builder
   */
  public AssessmentBuilder subjectName(String subjectName) {
    this.subjectName = Objects.requireNonNull(subjectName, "subjectName");
    return this;
  }

  /**
   * Sets the assessed enterprise's identity, as safe text.
   *
   * @param subjectIdentity an organisation number, or a masked personnummer
   * @return this builder
   */
  public AssessmentBuilder subjectIdentity(String subjectIdentity) {
    this.subjectIdentity = Objects.requireNonNull(subjectIdentity, "subjectIdentity");
    return this;
  }

  /**
   * Sets the id of the rule set applied.
   *
   * @param ruleSetId the id
   * @return this builder
   */
  public AssessmentBuilder ruleSetId(String ruleSetId) {
    this.ruleSetId = Objects.requireNonNull(ruleSetId, "ruleSetId");
    return this;
  }

  /**
   * Sets the version of the rule set applied.
   *
   * @param ruleSetVersion the version
   * @return this builder
   */
  public AssessmentBuilder ruleSetVersion(String ruleSetVersion) {
    this.ruleSetVersion = Objects.requireNonNull(ruleSetVersion, "ruleSetVersion");
    return this;
  }

  /**
   * Sets the reference of the procurement assessed against.
   *
   * @param procurementReference the reference
   * @return this builder
   */
  public AssessmentBuilder procurementReference(String procurementReference) {
    this.procurementReference = Objects.requireNonNull(procurementReference, "procurementReference");
    return this;
  }

  /**
   * Sets or clears the reference of the procurement assessed against.
   *
   * @param procurementReference the reference, or empty
   * @return this builder
   */
  public AssessmentBuilder procurementReference(Optional<String> procurementReference) {
    this.procurementReference = procurementReference.orElse(null);
    return this;
  }

  /**
   * Sets the date as of which the enterprise is assessed.
   *
   * @param assessmentDate the date
   * @return this builder
   */
  public AssessmentBuilder assessmentDate(LocalDate assessmentDate) {
    this.assessmentDate = Objects.requireNonNull(assessmentDate, "assessmentDate");
    return this;
  }

  /**
   * Adds a finding.
   *
   * @param element the finding
   * @return this builder
   */
  public AssessmentBuilder addFinding(Finding element) {
    findings.add(Objects.requireNonNull(element, "findings element"));
    return this;
  }

  /**
   * Adds findings.
   *
   * @param elements the findings
   * @return this builder
   */
  public AssessmentBuilder addFindings(Finding... elements) {
    for (Finding element : elements) {
      addFinding(element);
    }
    return this;
  }

  /**
   * Adds findings.
   *
   * @param elements the findings
   * @return this builder
   */
  public AssessmentBuilder addAllFindings(Iterable<? extends Finding> elements) {
    for (Finding element : elements) {
      addFinding(element);
    }
    return this;
  }

  /**
   * Replaces the findings.
   *
   * @param elements the findings
   * @return this builder
   */
  public AssessmentBuilder findings(Iterable<? extends Finding> elements) {
    findings.clear();
    return addAllFindings(elements);
  }

  /**
   * Builds the assessment.
   *
   * @return the assessment
   * @throws IllegalStateException if a required value is not set
   */
  public Assessment build() {
    List<String> missing = new ArrayList<>();
    if (subjectName == null) {
      missing.add("subjectName");
    }
    if (subjectIdentity == null) {
      missing.add("subjectIdentity");
    }
    if (ruleSetId == null) {
      missing.add("ruleSetId");
    }
    if (ruleSetVersion == null) {
      missing.add("ruleSetVersion");
    }
    if (assessmentDate == null) {
      missing.add("assessmentDate");
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException("Cannot build Assessment, some of required attributes are not set " + missing);
    }
    return new Assessment(subjectName, subjectIdentity, ruleSetId, ruleSetVersion, procurementReference,
        assessmentDate, List.copyOf(findings));
  }
}
