package se.asf.json.base.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import se.asf.json.base.AsfSettings;
import se.asf.json.base.JsonProblemCode;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;

/**
 * The readers and writers of asf-rules' types, built only when asf-rules is present: a
 * {@link Finding}, an {@link Assessment} with its derived overall {@code outcome}, and
 * {@link Outcome}. Kept in one place: when {@code Assessment} gains an attribute, the reader and the
 * writer here are the two to change.
 */
final class RuleCodecs {
  private static final Field<String> SUBJECT_NAME = Field.of("subjectName", Scalars.TEXT);
  private static final Field<String> SUBJECT_IDENTITY = Field.of("subjectIdentity", Scalars.TEXT);
  private static final Field<String> RULE_SET_ID = Field.of("ruleSetId", Scalars.TEXT);
  private static final Field<String> RULE_SET_VERSION = Field.of("ruleSetVersion", Scalars.TEXT);
  private static final Field<String> PROCUREMENT = Field.of("procurementReference", Scalars.TEXT);
  private static final Field<LocalDate> DATE = Field.of("assessmentDate", Scalars.DATE_VALUE);
  private static final Field<Outcome> OUTCOME = Field.of("outcome", Scalars.code(RuleCodes.OUTCOME));

  final AssessmentReader assessments;
  final ValueWriter<Assessment> assessmentWriter;

  private RuleCodecs(AssessmentReader assessments, ValueWriter<Assessment> assessmentWriter) {
    this.assessments = assessments;
    this.assessmentWriter = assessmentWriter;
  }

  static RuleCodecs add(AsfSettings settings, List<Codecs.Codec<?>> codecs, ValueReader<se.asf.core.DatePeriod> periods) {
    FindingReader findingReader = new FindingReader(periods);
    FindingWriter findingWriter = new FindingWriter(settings.getMessageLanguages());
    AssessmentReader assessments = new AssessmentReader(Field.of("findings", Scalars.listOf(findingReader)));
    ValueWriter<Assessment> assessmentWriter = (out, value) -> {
      out.startObject();
      Out.text(out, "subjectName", value.getSubjectName());
      Out.text(out, "subjectIdentity", value.getSubjectIdentity());
      Out.text(out, "ruleSetId", value.getRuleSetId());
      Out.text(out, "ruleSetVersion", value.getRuleSetVersion());
      if (value.getProcurementReference().isPresent()) {
        Out.text(out, "procurementReference", value.getProcurementReference().get());
      }
      Out.date(out, "assessmentDate", value.getAssessmentDate());
      Out.text(out, "outcome", RuleCodes.OUTCOME.code(value.getOutcome()));
      Out.array(out, "findings", findingWriter, value.getFindings());
      out.endObject();
    };
    codecs.add(new Codecs.Codec<>(Finding.class, findingReader, findingWriter));
    codecs.add(new Codecs.Codec<>(Assessment.class, assessments, assessmentWriter));
    codecs.add(new Codecs.Codec<>(Outcome.class, Scalars.code(RuleCodes.OUTCOME),
        (out, value) -> out.string(RuleCodes.OUTCOME.code(value))));
    codecs.add(new Codecs.Codec<>(se.asf.rules.radius.PositionWarning.class, Scalars.code(RuleCodes.POSITION_WARNING),
        (out, value) -> out.string(RuleCodes.POSITION_WARNING.code(value))));
    return new RuleCodecs(assessments, assessmentWriter);
  }

  /**
   * Reads an {@link Assessment}. The overall {@code outcome} is derived from the findings; it is written for
   * readers' convenience, and on input it must agree with the findings.
   */
  static final class AssessmentReader extends ObjectReader<Assessment> {
    private final Field<List<Finding>> findings;

    AssessmentReader(Field<List<Finding>> findings) {
      super(List.of(SUBJECT_NAME, SUBJECT_IDENTITY, RULE_SET_ID, RULE_SET_VERSION, PROCUREMENT, DATE, OUTCOME,
          findings));
      this.findings = findings;
    }

    @Override
    protected Assessment build(FieldValues values) throws IOException {
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
}
