package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Schemas;
import se.asf.rules.Assessment;
import se.asf.rules.radius.PositionWarning;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.reserved.ProcurementRules;

/**
 * Assessment reports are format 3, with per-site position warnings; format 2 reports (the pilot's,
 * as the previous release wrote it) and format 1 reports are still read.
 */
class AssessmentReportVersionsTest {
  private static final String V2_PILOT = Fixtures.text("reports/hbs-2017-pilot.v2.assessments.json");

  private static List<Assessment> pilot() {
    return Hbs2017Bidders.all().stream()
        .map(bidder -> ProcurementRules.assess(Hbs2017Pilot.procurement(), bidder)).toList();
  }

  private static Assessment swapped() {
    // Tumba Återbruk's shop written lon, lat: about 5 000 km away, in the Arabian Sea.
    Enterprise bidder = Hbs2017Bidders.qualifying().toBuilder()
        .sites(List.of(Site.of("Butiken", Position.ofWgs84(17.8331, 59.1995)))).build();
    return ProcurementRules.assess(Hbs2017Pilot.procurement(), bidder);
  }

  @Test
  void theFormatTwoReportOfThePilotIsReadAsThePilotIsAssessedToday() {
    assertEquals(pilot(), Fixtures.FULL.readAssessmentReport(V2_PILOT));
  }

  @Test
  void aFindingWhoseMessageHasNoLanguageIsRefused() {
    String empty = V2_PILOT.replaceFirst("\"message\": \\{[^}]*\\}", "\"message\": {}");
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> Fixtures.FULL.readAssessmentReport(empty));
    JsonProblem problem = e.getProblems().get(0);
    assertEquals(JsonProblemCode.MISSING_PROPERTY, problem.getCode());
    assertEquals("/assessments/0/findings/0/message", problem.getPointer());
    assertEquals("The message needs at least one language.", problem.getMessage(java.util.Locale.ENGLISH));
  }

  @Test
  void theFormatTwoReportWrittenAgainDiffersOnlyInItsVersion() {
    String written = Fixtures.FULL.writeAssessmentReport(Fixtures.FULL.readAssessmentReport(V2_PILOT));
    assertEquals(V2_PILOT.replaceFirst("\"formatVersion\": 2", "\"formatVersion\": 3"), written);
  }

  @Test
  void aLikelySwappedSiteIsWarnedInTheReportAndReadBack() {
    Assessment assessment = swapped();
    assertEquals(List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES),
        assessment.finding(RadiusRule.ID).orElseThrow().getSites().get(0).getWarnings());
    String written = Fixtures.FULL.writeAssessmentReport(List.of(assessment));
    assertTrue(written.startsWith("{\n  \"formatVersion\": 3,"), written);
    assertTrue(written.replaceAll("\\s+", "").contains(
        "\"inside\":false,\"warnings\":[\"likely-swapped-coordinates\"]}"), written);
    assertEquals(List.of(assessment), Fixtures.FULL.readAssessmentReport(written));
    assertEquals(Set.of(), Schemas.validate(AsfDocument.ASSESSMENT_REPORT, written));
  }

  @Test
  void aBiddersDocumentWithSwappedCoordinatesIsAcceptedAndItsAssessmentWarned() {
    String bidders = Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json");
    String swapped = bidders.replace("\"lat\": 59.1995,\n            \"lon\": 17.8331",
        "\"lat\": 17.8331,\n            \"lon\": 59.1995");
    assertFalse(swapped.equals(bidders), "the replacement found Tumba Återbruk's shop");
    assertEquals(Set.of(), Schemas.validate(AsfDocument.BIDDERS, swapped));
    List<Enterprise> read = Fixtures.FULL.readBidders(swapped);
    List<List<PositionWarning>> warnings = read.stream()
        .map(bidder -> ProcurementRules.assess(Hbs2017Pilot.procurement(), bidder).finding(RadiusRule.ID)
            .orElseThrow().getSites().stream().flatMap(site -> site.getWarnings().stream()).toList())
        .toList();
    assertEquals(1, warnings.stream().filter(list -> !list.isEmpty()).count(), warnings.toString());
    assertTrue(warnings.contains(List.of(PositionWarning.LIKELY_SWAPPED_COORDINATES)), warnings.toString());
  }

  @Test
  void aSiteWithoutWarningsIsWrittenWithoutTheProperty() {
    assertFalse(Fixtures.FULL.writeAssessmentReport(pilot()).contains("\"warnings\""));
  }

  @Test
  void anUnknownOrRepeatedWarningIsRefused() {
    String written = Fixtures.FULL.writeAssessmentReport(List.of(swapped()));
    String unknownCode = written.replace("\"likely-swapped-coordinates\"", "\"far-away\"");
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> Fixtures.FULL.readAssessmentReport(unknownCode));
    assertEquals(JsonProblemCode.UNKNOWN_CODE, e.getCode());
    assertTrue(e.getPointer().endsWith("/sites/0/warnings/0"), e.getPointer());
    String twice = written.replace("\"likely-swapped-coordinates\"",
        "\"likely-swapped-coordinates\", \"likely-swapped-coordinates\"");
    e = assertThrows(AsfJsonException.class, () -> Fixtures.FULL.readAssessmentReport(twice));
    assertEquals(JsonProblemCode.INVALID_VALUE, e.getCode());
  }
}
