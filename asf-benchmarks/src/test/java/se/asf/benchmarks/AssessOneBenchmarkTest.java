package se.asf.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.rules.Assessment;
import se.asf.rules.Outcome;

/** The benchmark's set-up and what it assesses and validates; no timing. */
class AssessOneBenchmarkTest {
  private final AssessOneBenchmark benchmark = new AssessOneBenchmark();

  @BeforeEach
  void setUp() {
    benchmark.setUp();
  }

  @AfterEach
  void tearDown() {
    benchmark.tearDown();
  }

  @Test
  void itAssessesEachOfThePilotsBiddersOnce() {
    List<Assessment> assessments = benchmark.assessments();
    assertEquals(AssessOneBenchmark.BIDDERS, assessments.size());
    assertEquals(Hbs2017Bidders.all().stream().map(bidder -> bidder.getName()).toList(),
        assessments.stream().map(Assessment::getSubjectName).toList());
    Set<Outcome> outcomes = assessments.stream().map(Assessment::getOutcome).collect(Collectors.toSet());
    assertEquals(Set.of(Outcome.MET, Outcome.NOT_MET, Outcome.UNDETERMINED), outcomes);
  }

  @Test
  void theBaselineValidatesValidBidders() {
    assertEquals(0, benchmark.violations());
  }
}
