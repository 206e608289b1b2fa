package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.Test;

class DistanceCommandTest {

  @Test
  void printsTheGeodesicDistanceToTheMillimetre() {
    double expected = Geodesic.WGS84.Inverse(59.1983, 17.8353, 59.2347, 17.9806).s12;
    CliRun run = CliRun.run("distance", "59.1983", "17.8353", "59.2347", "17.9806");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals(String.format(java.util.Locale.ROOT, "%.3f", expected), run.out.strip());
  }

  @Test
  void aPointBuiltAtNineKilometresMeasuresNineKilometres() {
    var direct = Geodesic.WGS84.Direct(59.1983, 17.8353, 37.0, 9000.0);
    CliRun run = CliRun.run("distance", "59.1983", "17.8353",
        Double.toString(direct.lat2), Double.toString(direct.lon2));
    // Double.toString may print an exponent for tiny values; these coordinates print plainly.
    assertEquals("9000.000", run.out.strip(), run.toString());
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
