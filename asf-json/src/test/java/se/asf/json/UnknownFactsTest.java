package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Schemas;

/**
 * Facts that may be unknown are optional on the wire, and absent means unknown, never zero: the FTE
 * of a workforce line, the end of a one-day period, the amount transferred to idéburna
 * organisations, and the business activities.
 */
class UnknownFactsTest {
  private static final String BIDDER = """
      {"formatVersion": 1, "bidders": [{"name": "Tumba Återbruk", "organisationNumber": "769631-2458",
       "legalForm": "ekonomisk-forening", "sites": [],
       "profitPolicy": {"fiscalYears": [{"year": 2016, "reinvested": 100, "distributed": 0}]},
       "workforce": {"period": {"start": "2017-12-01"}, "lines": [
         {"form": "employment", "group": "none", "heads": 7},
         {"form": "work-training", "group": "disability", "heads": 3, "fullTimeEquivalents": 1.5}]}}]}
      """;

  private static Enterprise read() {
    return Fixtures.FULL.readBidders(BIDDER).get(0);
  }

  @Test
  void anAbsentFteIsUnknownNotZeroAndAGivenOneIsKept() {
    List<WorkforceLine> lines = read().getWorkforce().orElseThrow().getLines();
    assertEquals(WorkforceLine.ofHeads(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7), lines.get(0));
    assertEquals(Optional.empty(), lines.get(0).getFullTimeEquivalents());
    assertEquals(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3, new BigDecimal("1.5")),
        lines.get(1));
  }

  @Test
  void anAbsentPeriodEndIsTheStartDay() {
    assertEquals(DatePeriod.ofDate(LocalDate.of(2017, 12, 1)), read().getWorkforce().orElseThrow().getPeriod());
  }

  @Test
  void anAbsentTransferToIdeburnaIsUnknownNotZero() {
    FiscalYear year = read().getProfitPolicy().orElseThrow().getFiscalYears().get(0);
    assertEquals(Optional.empty(), year.getTransferredToIdeburna());
  }

  @Test
  void absentBusinessActivitiesAreNoneStated() {
    assertEquals(List.of(), read().getBusinessActivities());
  }

  @Test
  void theDocumentWithAbsentFactsIsValidAgainstTheSchema() {
    assertEquals(Set.of(), Schemas.validate(AsfDocument.BIDDERS, BIDDER));
  }

  @Test
  void unknownFactsAreWrittenByLeavingThemOutAndThePeriodEndIsAlwaysWritten() {
    String written = Fixtures.FULL.writeBidders(List.of(read()));
    String compact = written.replaceAll("\\s+", "");
    assertTrue(compact.contains("\"period\":{\"start\":\"2017-12-01\",\"end\":\"2017-12-01\"}"), written);
    assertTrue(compact.contains("{\"form\":\"employment\",\"group\":\"none\",\"heads\":7}"), written);
    assertTrue(written.contains("\"fullTimeEquivalents\": 1.5"), written);
    assertFalse(written.contains("transferredToIdeburna"), written);
    assertFalse(written.contains("businessActivities"), written);
    assertEquals(List.of(read()), Fixtures.FULL.readBidders(written));
    assertEquals(Set.of(), Schemas.validate(AsfDocument.BIDDERS, written));
  }

  @Test
  void aZeroIsKnownAndWrittenAsZero() {
    String zeros = BIDDER.replace("\"heads\": 7}", "\"heads\": 7, \"fullTimeEquivalents\": 0}")
        .replace("\"distributed\": 0}", "\"distributed\": 0, \"transferredToIdeburna\": 0}");
    Enterprise enterprise = Fixtures.FULL.readBidders(zeros).get(0);
    assertEquals(0, enterprise.getWorkforce().orElseThrow().getLines().get(0).getFullTimeEquivalents()
        .orElseThrow().signum());
    assertEquals(0, enterprise.getProfitPolicy().orElseThrow().getFiscalYears().get(0).getTransferredToIdeburna()
        .orElseThrow().signum());
    String written = Fixtures.FULL.writeBidders(List.of(enterprise));
    assertTrue(written.contains("\"fullTimeEquivalents\": 0"), written);
    assertTrue(written.contains("\"transferredToIdeburna\": 0"), written);
  }

  @Test
  void anEmptyListOfBusinessActivitiesReadsAsAnAbsentOne() {
    assertEquals(read(), Fixtures.FULL.readBidders(BIDDER.replace("\"sites\": [],",
        "\"sites\": [], \"businessActivities\": [],")).get(0));
  }

  @Test
  void aPeriodEndBeforeTheStartIsStillRefused() {
    AsfJsonException e = org.junit.jupiter.api.Assertions.assertThrows(AsfJsonException.class,
        () -> Fixtures.FULL.readBidders(BIDDER.replace("{\"start\": \"2017-12-01\"}",
            "{\"start\": \"2017-12-01\", \"end\": \"2017-11-30\"}")));
    assertEquals(JsonProblemCode.INVARIANT_VIOLATED, e.getCode());
    assertEquals("/bidders/0/workforce/period/end", e.getPointer());
  }
}
