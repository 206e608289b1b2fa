package se.asf.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's set-up, baseline and assessment on a small file; no timing. */
class AssessBenchmarkTest {
  private final AssessBenchmark benchmark = new AssessBenchmark();

  @BeforeEach
  void setUp() throws IOException {
    benchmark.bidders = 300;
    benchmark.writeFiles();
  }

  @AfterEach
  void tearDown() throws IOException {
    benchmark.deleteFiles();
  }

  @Test
  void theBaselineReadsTheHeaderAndEveryRow() throws IOException {
    long lines = Files.readAllLines(benchmark.csv()).size();

    assertEquals(lines, benchmark.baseline());
  }

  @Test
  void assessAssessesEveryBidderOfTheGeneratedFile() throws IOException {
    assertEquals(0, benchmark.assess());

    JsonNode report = new ObjectMapper().readTree(benchmark.report().toFile());
    assertEquals(300, report.get("assessments").size());
    Set<String> outcomes = new HashSet<>();
    report.get("assessments").forEach(assessment -> outcomes.add(assessment.get("outcome").asText()));
    assertEquals(Set.of("met", "not-met", "undetermined"), outcomes);
  }

  @Test
  void theTearDownDeletesTheFiles() throws IOException {
    Path csv = benchmark.csv();

    benchmark.deleteFiles();

    assertFalse(Files.exists(csv.getParent()));
  }
}
