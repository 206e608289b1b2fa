package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The hand-written builder of {@link Assessment}, and the value semantics of what it builds. */
class AssessmentBuilderTest {
  private static final Finding MET = Finding.of("A", Reason.of("OK", Outcome.MET, List.of()), "S");
  private static final Finding NOT_MET = Finding.of("B", Reason.of("NO", Outcome.NOT_MET, List.of()), "S");

  private static AssessmentBuilder base() {
    return Assessment.builder().subjectName("Exempel").subjectIdentity("769600-0004").ruleSetId("LOU-4-18")
        .ruleSetVersion("1").assessmentDate(LocalDate.of(2017, 12, 11));
  }

  @Test
  void findingsComeSinglyAsVarargsOrAsAList() {
    Assessment one = base().addFindings(MET, NOT_MET).build();
    assertEquals(List.of(MET, NOT_MET), one.getFindings());
    assertEquals(Outcome.NOT_MET, one.getOutcome());
    assertEquals(one, base().addFinding(MET).addFinding(NOT_MET).build());
    assertEquals(one, base().addAllFindings(List.of(MET, NOT_MET)).build());
    assertEquals(List.of(MET), base().addFinding(NOT_MET).findings(List.of(MET)).build().getFindings());
  }

  @Test
  void theProcurementReferenceIsOptional() {
    assertEquals(Optional.empty(), base().build().getProcurementReference());
    assertEquals(Optional.of("HBS"), base().procurementReference("HBS").build().getProcurementReference());
    assertEquals(Optional.of("HBS"), base().procurementReference(Optional.of("HBS")).build().getProcurementReference());
    assertEquals(Optional.empty(),
        base().procurementReference("HBS").procurementReference(Optional.empty()).build().getProcurementReference());
  }

  @Test
  void fromCopiesEveryPartAndToStringShowsThem() {
    Assessment original = base().procurementReference("HBS").addFinding(MET).build();
    Assessment copy = Assessment.builder().from(original).build();
    assertEquals(original, copy);
    assertEquals(original.hashCode(), copy.hashCode());
    assertEquals("Assessment{subjectName=Exempel, subjectIdentity=769600-0004, ruleSetId=LOU-4-18, "
        + "ruleSetVersion=1, procurementReference=HBS, assessmentDate=2017-12-11, findings=[" + MET
        + "], outcome=MET}", copy.toString());
    assertEquals("Assessment{subjectName=Exempel, subjectIdentity=769600-0004, ruleSetId=LOU-4-18, "
        + "ruleSetVersion=1, assessmentDate=2017-12-11, findings=[], outcome=UNDETERMINED}", base().build().toString());
    assertEquals(Optional.empty(), Assessment.builder().from(base().build()).build().getProcurementReference());
  }

  @Test
  void buildNamesEveryMissingAttribute() {
    assertEquals("Cannot build Assessment, some of required attributes are not set "
            + "[subjectName, subjectIdentity, ruleSetId, ruleSetVersion, assessmentDate]",
        assertThrows(IllegalStateException.class, () -> Assessment.builder().build()).getMessage());
    assertEquals("Cannot build Assessment, some of required attributes are not set [assessmentDate]",
        assertThrows(IllegalStateException.class, () -> Assessment.builder().subjectName("E")
            .subjectIdentity("I").ruleSetId("R").ruleSetVersion("1").build()).getMessage());
  }

  @Test
  void assessmentsDifferInAnyPart() {
    Assessment a = base().procurementReference("HBS").addFinding(MET).build();
    assertEquals(a, a);
    assertNotEquals(a, (Object) "Assessment");
    assertNotEquals(a, Assessment.builder().from(a).subjectName("Annan").build());
    assertNotEquals(a, Assessment.builder().from(a).subjectIdentity("556016-0680").build());
    assertNotEquals(a, Assessment.builder().from(a).ruleSetId("TVV").build());
    assertNotEquals(a, Assessment.builder().from(a).ruleSetVersion("2").build());
    assertNotEquals(a, Assessment.builder().from(a).procurementReference("X").build());
    assertNotEquals(a, Assessment.builder().from(a).assessmentDate(LocalDate.of(2018, 1, 1)).build());
    assertNotEquals(a, Assessment.builder().from(a).findings(List.of(NOT_MET)).build());
    assertNotEquals(a.hashCode(), Assessment.builder().from(a).subjectName("Annan").build().hashCode());
  }
}
