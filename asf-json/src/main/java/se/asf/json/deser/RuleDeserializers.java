package se.asf.json.deser;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import se.asf.json.wire.Documents;
import se.asf.json.wire.Documents.AssessmentReportDocument;
import se.asf.json.wire.RuleCodes;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;

/** The deserializers of asf-rules' types, registered only when asf-rules is present. */
final class RuleDeserializers {
  private RuleDeserializers() {}

  static void register(SimpleDeserializers values, SimpleDeserializers documents) {
    FindingDeserializer findings = new FindingDeserializer();
    AssessmentDeserializer assessments = new AssessmentDeserializer(findings);
    values.addDeserializer(Finding.class, findings);
    values.addDeserializer(Assessment.class, assessments);
    AsfDeserializers.addEnum(values, RuleCodes.OUTCOME);
    AsfDeserializers.addEnum(values, RuleCodes.POSITION_WARNING);
    documents.addDeserializer(AssessmentReportDocument.class, new DocumentDeserializer<>(
        AssessmentReportDocument.class, "assessments", Scalars.listOf(assessments), AssessmentReportDocument::new,
        1, Documents.ASSESSMENT_REPORT_FORMAT_VERSION));
  }
}
