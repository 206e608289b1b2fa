package se.asf.json.exampledocs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.fixtures.Fixtures;
import se.asf.rules.Assessment;
import se.asf.rules.reserved.ProcurementRules;

/** Reading the pilot as JSON and assessing it gives exactly what the Java-built pilot gives. */
class PilotAssessmentTest {
  private static final String PILOT = "se/asf/json/examples/hbs-2017-pilot.procurement.json";
  private static final String BIDDERS = "se/asf/json/examples/hbs-2017-bidders.json";

  @Test
  void thePilotReadFromJsonAssessesEveryBidderExactlyAsTheJavaPilot() {
    ReservedProcurement fromJson = Fixtures.FULL.readProcurement(Fixtures.text(PILOT));
    ReservedProcurement fromJava = Hbs2017Pilot.procurement();
    List<Enterprise> bidders = new java.util.ArrayList<>(Hbs2017Bidders.all());
    bidders.addAll(Fixtures.FULL.readBidders(Fixtures.text(BIDDERS)));
    for (Enterprise bidder : bidders) {
      Assessment viaJson = ProcurementRules.assess(fromJson, bidder);
      Assessment viaJava = ProcurementRules.assess(fromJava, bidder);
      assertEquals(viaJava, viaJson, bidder.getName());
    }
  }

  @Test
  void anAssessmentSurvivesTheAssessmentReportDocument() {
    List<Assessment> assessments = Hbs2017Bidders.all().stream()
        .map(bidder -> ProcurementRules.assess(Hbs2017Pilot.procurement(), bidder)).toList();
    String json = Fixtures.FULL.writeAssessmentReport(assessments);
    assertEquals(assessments, Fixtures.FULL.readAssessmentReport(json));
  }
}
