package se.asf.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The benchmark's set-up and baseline on a small file; no timing. */
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
  void theTearDownDeletesTheFiles() throws IOException {
    Path csv = benchmark.csv();

    benchmark.deleteFiles();

    assertFalse(Files.exists(csv.getParent()));
  }
}
