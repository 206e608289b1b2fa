package se.asf.json.ser;

import com.fasterxml.jackson.databind.module.SimpleSerializers;
import se.asf.json.wire.Documents;
import se.asf.json.wire.Documents.AssessmentReportDocument;
import se.asf.json.wire.RuleCodes;
import se.asf.json.wire.WireSettings;

/** The serializers of asf-rules' types, registered only when asf-rules is present. */
final class RuleSerializers {
  private RuleSerializers() {}

  static void register(WireSettings settings, SimpleSerializers values, SimpleSerializers documents) {
    FindingSerializer findings = new FindingSerializer(settings.messageLanguages());
    AssessmentSerializer assessments = new AssessmentSerializer(findings);
    values.addSerializer(findings);
    values.addSerializer(assessments);
    AsfSerializers.addEnum(values, RuleCodes.OUTCOME);
    AsfSerializers.addEnum(values, RuleCodes.POSITION_WARNING);
    documents.addSerializer(new DocumentSerializer<>(AssessmentReportDocument.class, "assessments",
        DocumentSerializer.list(AssessmentReportDocument::assessments, assessments),
        Documents.ASSESSMENT_REPORT_FORMAT_VERSION));
  }
}
