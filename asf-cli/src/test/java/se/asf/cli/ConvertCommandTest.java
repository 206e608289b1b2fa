package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConvertCommandTest {

  @Test
  void convertsLantmaterietsControlPointToSweref() {
    CliRun run = CliRun.run("convert", "--to", "sweref99tm", "59", "19.5");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("6548757.206 758410.519", run.out.strip());
  }

  @Test
  void convertsBackWithNineDecimals() {
    CliRun run = CliRun.run("convert", "--to", "wgs84", "6548757.206", "758410.519");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    String[] parts = run.out.strip().split(" ");
    assertTrue(parts[0].matches("\\d+\\.\\d{9}") && parts[1].matches("\\d+\\.\\d{9}"), run.out);
    assertEquals(59.0, Double.parseDouble(parts[0]), 1e-8);
    assertEquals(19.5, Double.parseDouble(parts[1]), 1e-8);
  }

  @Test
  void readsPairsFromStandardInput() {
    CliRun run = CliRun.withInput("59 19.5\n6548757.206 1\n", "--lang", "en", "convert", "--to", "sweref99tm");
    String[] lines = run.out.split("\n", -1);
    assertEquals("6548757.206 758410.519", lines[0]);
    assertEquals("", lines[1]);
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.contains("Line 2"), run.err);
  }

  @Test
  void aGridPositionOutsideSwedenIsInvalidInput() {
    CliRun run = CliRun.run("--lang", "en", "convert", "--to", "wgs84", "100", "100");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertTrue(run.err.contains("northing"), run.err);
  }

  @Test
  void theTargetIsRequired() {
    assertEquals(ExitCodes.USAGE, CliRun.run("convert", "59", "19.5").exitCode);
    assertEquals(ExitCodes.USAGE, CliRun.run("convert", "--to", "rt90", "59", "19.5").exitCode);
  }
}
