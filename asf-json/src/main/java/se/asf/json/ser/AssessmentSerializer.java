package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import se.asf.json.wire.RuleCodes;
import se.asf.rules.Assessment;

/**
 * Writes an {@link Assessment} of asf-rules, with its derived overall {@code outcome}. Kept in one
 * place: when {@code Assessment} gains an attribute, this class and {@code AssessmentDeserializer}
 * are the two to change.
 */
final class AssessmentSerializer extends AsfSerializer<Assessment> {
  private final FindingSerializer findings;

  AssessmentSerializer(FindingSerializer findings) {
    super(Assessment.class);
    this.findings = findings;
  }

  @Override
  public void serialize(Assessment value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject(value);
    Out.text(g, provider, "subjectName", value.getSubjectName());
    Out.text(g, provider, "subjectIdentity", value.getSubjectIdentity());
    Out.text(g, provider, "ruleSetId", value.getRuleSetId());
    Out.text(g, provider, "ruleSetVersion", value.getRuleSetVersion());
    Out.text(g, provider, "procurementReference", value.getProcurementReference());
    Out.date(g, provider, "assessmentDate", value.getAssessmentDate());
    Out.code(g, "outcome", RuleCodes.OUTCOME, value.getOutcome());
    Out.array(g, provider, "findings", findings, value.getFindings());
    g.writeEndObject();
  }
}
