package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DistanceCommandTest {

  /** GeographicLib's documented example, JFK to Heathrow: 5 551 759.400319 m. */
  @Test
  void printsTheGeodesicDistanceToTheMillimetre() {
    CliRun run = CliRun.run("distance", "40.6", "-73.8", "51.6", "-0.5");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("5551759.400", run.out.strip());
  }

  /** The WGS 84 meridian quadrant, equator to pole: 10 001 965.729 m. */
  @Test
  void theMeridianQuadrantIsTheEllipsoids() {
    CliRun run = CliRun.run("distance", "0", "0", "90", "0");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("10001965.729", run.out.strip(), run.toString());
  }

  @Test
  void readsOneLinePerPairFromStandardInputAndKeepsLinesAligned() {
    CliRun run = CliRun.withInput("59.1983 17.8353 59.2347 17.9806\n\n59;17;59;17\nnot numbers here ok\n91 0 0 0\n",
        "--lang", "en", "distance");
    String[] lines = run.out.split("\n", -1);
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(lines[0].matches("\\d+\\.\\d{3}"), lines[0]);
    assertEquals("", lines[1]);
    assertEquals("0.000", lines[2]);
    assertEquals("", lines[3]);
    assertEquals("", lines[4]);
    assertTrue(run.err.contains("Line 4:") && run.err.contains("Line 5:"), run.err);
    assertTrue(run.err.contains("latitude"), run.err);
  }

  @Test
  void rejectsExponentsAndCommasAsDecimalSeparators() {
    assertEquals(ExitCodes.USAGE, CliRun.run("distance", "5.9e1", "17", "59", "17").exitCode);
    assertEquals(ExitCodes.USAGE, CliRun.run("distance", "NaN", "17", "59", "17").exitCode);
  }

  @Test
  void threeCoordinatesIsAUsageError() {
    CliRun run = CliRun.run("distance", "1", "2", "3");
    assertEquals(ExitCodes.USAGE, run.exitCode);
  }

  @Test
  void anOverlongLineIsReportedNotRead() {
    String longLine = "1".repeat(PointLines.MAX_LINE + 10) + "\n59 17 59 17\n";
    CliRun run = CliRun.withInput(longLine, "--lang", "en", "distance");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("Line 1: longer than"), run.err);
    assertEquals("0.000", run.out.split("\n")[1]);
  }
}
