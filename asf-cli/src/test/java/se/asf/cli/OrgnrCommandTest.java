package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OrgnrCommandTest {

  @Test
  void describesAValidNumber() {
    CliRun run = CliRun.run("--lang", "en", "orgnr", "5560160680");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("556016-0680: valid organisation number, group 5 (Limited companies), VAT number SE556016068001\n",
        run.out.replace("\r\n", "\n"));
  }

  @Test
  void swedishIsTheDefault() {
    CliRun run = CliRun.run("orgnr", "556016-0680");
    assertTrue(run.out.contains("giltigt organisationsnummer, grupp 5 (Aktiebolag)"), run.toString());
  }

  @Test
  void exitsWithInvalidInputWhenAnyNumberIsInvalidAndStillReportsEveryNumber() {
    CliRun run = CliRun.run("--lang", "en", "orgnr", "556016-0680", "556016-0681", "4560160680");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    String[] lines = run.out.split("\\R");
    assertEquals(3, lines.length, run.toString());
    assertTrue(lines[1].startsWith("556016-****: invalid.") && lines[1].contains("check digit"), lines[1]);
    assertTrue(lines[2].contains("organisation group"), lines[2]);
  }

  @Test
  void aPersonnummerIsRecognisedAndMasked() {
    CliRun run = CliRun.run("--lang", "en", "orgnr", "19121212-1212", "121212-1212");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertFalse(run.out.contains("1212-1212") || run.out.contains("12121212"), run.toString());
    assertTrue(run.out.contains("19121212-****") && run.out.contains("20121212-****"), run.toString());
  }

  @Test
  void anInvalidPersonnummerIsNeverEchoedInFull() {
    CliRun run = CliRun.run("orgnr", "19121212-1213");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertFalse(run.out.contains("1213") || run.err.contains("1213"), run.toString());
  }

  @Test
  void noNumberIsAUsageError() {
    CliRun run = CliRun.run("orgnr");
    assertEquals(ExitCodes.USAGE, run.exitCode);
    assertTrue(run.err.contains("NUMBER"), run.toString());
  }

  @Test
  void anUnknownOptionIsAUsageError() {
    assertEquals(ExitCodes.USAGE, CliRun.run("orgnr", "--frobnicate", "556016-0680").exitCode);
  }
}
