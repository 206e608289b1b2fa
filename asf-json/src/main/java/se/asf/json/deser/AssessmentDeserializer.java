package se.asf.json.deser;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.time.LocalDate;
import java.util.List;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.RuleCodes;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;

/**
 * Reads an {@link Assessment} of asf-rules. The overall {@code outcome} is derived from the findings;
 * it is written for readers' convenience, and on input it must agree with the findings. Kept in one
 * place: when {@code Assessment} gains an attribute, this class and {@code AssessmentSerializer} are
 * the two to change.
 */
final class AssessmentDeserializer extends ObjectDeserializer<Assessment> {
  private static final Field<String> SUBJECT_NAME = Field.of("subjectName", Scalars.TEXT);
  private static final Field<String> SUBJECT_IDENTITY = Field.of("subjectIdentity", Scalars.TEXT);
  private static final Field<String> RULE_SET_ID = Field.of("ruleSetId", Scalars.TEXT);
  private static final Field<String> RULE_SET_VERSION = Field.of("ruleSetVersion", Scalars.TEXT);
  private static final Field<String> PROCUREMENT = Field.of("procurementReference", Scalars.TEXT);
  private static final Field<LocalDate> DATE = Field.of("assessmentDate", Scalars.DATE_VALUE);
  private static final Field<Outcome> OUTCOME = Field.of("outcome", Scalars.code(RuleCodes.OUTCOME));
  private final Field<List<Finding>> findings;

  AssessmentDeserializer(FindingDeserializer findings) {
    this(Field.of("findings", Scalars.listOf(findings)));
  }

  private AssessmentDeserializer(Field<List<Finding>> findings) {
    super(Assessment.class, SUBJECT_NAME, SUBJECT_IDENTITY, RULE_SET_ID, RULE_SET_VERSION, PROCUREMENT,
        DATE, OUTCOME, findings);
    this.findings = findings;
  }

  @Override
  protected Assessment build(FieldValues values) throws JsonMappingException {
    Outcome stated = values.required(OUTCOME);
    Assessment assessment = Assessment.builder()
        .subjectName(values.required(SUBJECT_NAME))
        .subjectIdentity(values.required(SUBJECT_IDENTITY))
        .ruleSetId(values.required(RULE_SET_ID))
        .ruleSetVersion(values.required(RULE_SET_VERSION))
        .procurementReference(values.optional(PROCUREMENT))
        .assessmentDate(values.required(DATE))
        .findings(values.required(findings))
        .build();
    if (assessment.getOutcome() != stated) {
      throw values.problem("outcome", JsonProblemCode.INVALID_VALUE, "problem.outcome-mismatch",
          RuleCodes.OUTCOME.code(stated), RuleCodes.OUTCOME.code(assessment.getOutcome()));
    }
    return assessment;
  }
}
