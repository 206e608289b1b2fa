package se.asf.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.rules.Outcome;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/** The benchmark's set-up and what each benchmark reads and assesses; no timing. */
class JsonAssessBenchmarkTest {
  @Test
  void everyBenchmarkReadsTheSameBiddersAndTheAssessmentsAreThoseOfTheBiddersThemselves() throws IOException {
    JsonAssessBenchmark benchmark = new JsonAssessBenchmark();
    benchmark.bidders = 10 * Hbs2017Bidders.all().size();
    benchmark.setUp();
    RuleSet rules = ProcurementRules.forProcurement(Hbs2017Pilot.procurement());
    long met = 0;
    for (Enterprise bidder : Hbs2017Bidders.all()) {
      if (rules.assess(bidder, Hbs2017Pilot.TENDER_DEADLINE).getOutcome() == Outcome.MET) {
        met++;
      }
    }
    assertTrue(met > 0);
    assertEquals(10 * met, benchmark.expectedMet());
    assertEquals(benchmark.bidders, benchmark.baseline());
    assertEquals(benchmark.bidders, benchmark.decodeValidate());
    assertEquals(10 * met, benchmark.streamDecodeValidateAssess());
  }
}
