package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asf.cli.AssessCommandTest.JSON;
import static se.asf.cli.AssessCommandTest.PROCUREMENT;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool under hostile and careless use: every failure is a message and an exit code, never a stack
 * trace; no report is lost without a word; no input can forge a line or drive the terminal; error
 * output stays linear in the input.
 */
class HardeningTest {
  @TempDir
  Path dir;

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertNoStackTrace(CliRun run) {
    assertFalse(run.err.contains("Exception") || run.err.contains("\tat ") || run.out.contains("Exception"),
        run.toString());
  }

  @Test
  void noArgumentsGiveUsageAndExitCode2() {
    CliRun run = CliRun.run();
    assertEquals(ExitCodes.USAGE, run.exitCode, run.toString());
    assertTrue(run.err.startsWith("Ange ett kommando; se asf --help.\nUsage: asf"), run.err);
    assertNoStackTrace(run);
    CliRun english = CliRun.run("--lang", "en");
    assertEquals(ExitCodes.USAGE, english.exitCode);
    assertTrue(english.err.startsWith("Give a command; see asf --help.\n"), english.err);
  }

  @Test
  void aJsonDocumentThatIsJustNullIsInvalidInputForEveryCommandThatReadsOne() throws IOException {
    Path nullFile = write("null.json", "null");
    List<String[]> commands = List.of(
        new String[] {"assess", "--procurement", PROCUREMENT, "--bidders", nullFile.toString()},
        new String[] {"assess", "--procurement", nullFile.toString(), "--bidders", JSON},
        new String[] {"definition", "--enterprise", nullFile.toString()},
        new String[] {"notice", "--procurement", nullFile.toString()});
    for (String[] command : commands) {
      List<String> args = new ArrayList<>(List.of(command));
      args.addAll(List.of("--lang", "en"));
      CliRun run = CliRun.run(args.toArray(String[]::new));
      assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
      assertTrue(run.err.startsWith(nullFile + ": Expected an object, found null.\n"), run.err);
      assertNoStackTrace(run);
    }
  }

  /** Every command, and the help and version texts, run with standard output closed or full. */
  private List<String[]> everyCommand() throws IOException {
    Path enterprise = AssessCommandTest.EXAMPLES.resolve("tumba-aterbruk.enterprise.json");
    List<String[]> commands = new ArrayList<>();
    for (String format : List.of("table", "json", "markdown")) {
      commands.add(new String[] {"demo", "--format", format});
      commands.add(new String[] {"assess", "--procurement", PROCUREMENT, "--bidders", JSON, "--format", format});
      commands.add(new String[] {"assess", "--procurement", PROCUREMENT, "--bidders", AssessCommandTest.CSV,
          "--format", format});
      commands.add(new String[] {"definition", "--enterprise", enterprise.toString(), "--format", format});
    }
    commands.add(new String[] {"orgnr", "556016-0680"});
    commands.add(new String[] {"assess", "--procurement", PROCUREMENT, "--bidders",
        ProcurementCommandTest.FIXTURES.resolve("espd-response-3.1.0-finland.xml").toString()});
    commands.add(new String[] {"procurement", "--from-notice", ProcurementCommandTest.NOTICE.toString(), "--lot",
        "LOT-0001"});
    commands.add(new String[] {"notice", "--procurement", PROCUREMENT});
    commands.add(new String[] {"notice", "--procurement", PROCUREMENT, "--to", "espd-request"});
    commands.add(new String[] {"distance", "59.2347", "17.9806", "59.1983", "17.8353"});
    commands.add(new String[] {"convert", "--to", "sweref99tm", "59.2347", "17.9806"});
    commands.add(new String[] {"--help"});
    commands.add(new String[] {"--version"});
    commands.add(new String[] {"assess", "--help"});
    commands.add(new String[] {"help", "orgnr"});
    return commands;
  }

  @Test
  void everyCommandExits1WithAMessageWhenStandardOutputIsClosedOrFull() throws IOException {
    for (String reason : List.of("Stream closed", "No space left on device")) {
      for (String[] command : everyCommand()) {
        CliRun run = CliRun.withFailingOutput(reason, "", command);
        assertEquals(ExitCodes.SOFTWARE, run.exitCode, String.join(" ", command) + ": " + run);
        assertTrue(run.err.contains("Utdata kunde inte skrivas"), String.join(" ", command) + ": " + run);
        assertNoStackTrace(run);
      }
    }
    CliRun stdin = CliRun.withFailingOutput("Stream closed", "59.2347 17.9806 59.1983 17.8353\n", "distance");
    assertEquals(ExitCodes.SOFTWARE, stdin.exitCode, stdin.toString());
    CliRun english = CliRun.withFailingOutput("Stream closed", "", "--lang", "en", "demo");
    assertTrue(english.err.contains("The output could not be written (standard output is closed or full)"),
        english.err);
  }

  @Test
  @EnabledOnOs(OS.LINUX)
  void aRealProcessWritingToAFullDeviceOrAClosedStandardOutputExits1() throws Exception {
    String classPath = String.join(File.pathSeparator, List.of(System.getProperty("java.class.path", ""),
        System.getProperty("jdk.module.path", ""))).replaceAll("^:+|:+$", "");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    for (String redirect : List.of("> /dev/full", ">&-")) {
      for (String command : List.of("demo", "orgnr 556016-0680", "--version")) {
        Process process = new ProcessBuilder("sh", "-c",
            "exec \"$0\" -cp \"$1\" se.asf.cli.AsfCli --lang en " + command + " " + redirect, java, classPath)
            .redirectError(ProcessBuilder.Redirect.PIPE).start();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(ExitCodes.SOFTWARE, process.exitValue(), command + " " + redirect + ": " + err);
        assertTrue(err.contains("The output could not be written"), command + " " + redirect + ": " + err);
      }
    }
  }

  @Test
  void aNameWithALineBreakCannotForgeARowOfTheTable() throws IOException {
    String forged = "X\\nForged AB  556016-0680  MET  100.00 %";
    String bidders = Files.readString(Path.of(JSON), StandardCharsets.UTF_8)
        .replace("\"name\": \"Tumba Återbruk ekonomisk förening\"", "\"name\": \"" + forged + "\"");
    CliRun clean = AssessCommandTest.assess(Path.of(JSON));
    for (String format : List.of("table", "markdown")) {
      CliRun cleanRun = AssessCommandTest.assess(Path.of(JSON), "--format", format);
      CliRun run = AssessCommandTest.assess(write("forged.json", bidders), "--format", format);
      assertEquals(cleanRun.exitCode, run.exitCode, run.toString());
      assertEquals(cleanRun.out.lines().count(), run.out.lines().count(), run.out);
      assertTrue(run.out.lines().noneMatch(line -> line.startsWith("Forged AB") || line.startsWith("| Forged AB")),
          run.out);
      assertTrue(run.out.contains(format.equals("table") ? "X\\nForged AB" : "X\\\\nForged AB"), run.out);
    }
    assertEquals(ExitCodes.OK, clean.exitCode);
  }

  @Test
  void terminalControlSequencesInNamesAreShownNotObeyed() throws IOException {
    String hostile = "A\\u001b[2J\\u001b]0;owned\\u0007\\b\\r\\u007f\\u009b31mB";
    String bidders = Files.readString(Path.of(JSON), StandardCharsets.UTF_8)
        .replace("\"name\": \"Tumba Återbruk ekonomisk förening\"", "\"name\": \"" + hostile + "\"")
        .replace("\"name\": \"Butiken vid Tumba torg\"", "\"name\": \"" + hostile + "\"");
    Path file = write("hostile.json", bidders);
    for (String format : List.of("table", "markdown", "json")) {
      CliRun run = AssessCommandTest.assess(file, "--format", format);
      assertEquals(ExitCodes.OK, run.exitCode, run.toString());
      assertNoRawControl(run.out + run.err);
    }
    CliRun table = AssessCommandTest.assess(file);
    assertTrue(table.out.contains("A\\u001B[2J\\u001B]0;owned\\u0007\\u0008\\r\\u007F\\u009B31mB"), table.out);
  }

  @Test
  void controlCharactersInFileNamesArgumentsAndStandardInputAreShownNotObeyed() {
    List<CliRun> runs = List.of(
        CliRun.run("--lang", "en", "assess", "--procurement", "x\u001b[2J.json", "--bidders", "y\u0007.csv"),
        CliRun.run("--lang", "en", "orgnr", "55\u001b[31m6016-0680"),
        CliRun.run("--lang", "en", "distance", "1\u001b", "2", "3", "4"),
        CliRun.run("--lang", "en", "--unknown\u001b]0;t\u0007"),
        CliRun.withInput("1 2 3 \u001b[2J\n", "--lang", "en", "distance"));
    for (CliRun run : runs) {
      assertNoRawControl(run.out + run.err);
      assertTrue(run.out.contains("\\u001B") || run.err.contains("\\u001B"), run.toString());
    }
  }

  static void assertNoRawControl(String output) {
    for (int i = 0; i < output.length(); i++) {
      char c = output.charAt(i);
      int type = Character.getType(c);
      boolean pair = Character.isHighSurrogate(c) && i + 1 < output.length()
          && Character.isLowSurrogate(output.charAt(i + 1));
      if (pair) {
        i++;
        continue;
      }
      if (c != '\n' && (Character.isISOControl(c) || type == Character.FORMAT || type == Character.LINE_SEPARATOR
          || type == Character.PARAGRAPH_SEPARATOR || type == Character.SURROGATE || c == '\u034F')) {
        throw new AssertionError(String.format("raw U+%04X at %d in: %s", (int) c, i, output));
      }
    }
  }

  @Test
  void helpInATerminalIsPlainTextNotEscapedStyling() {
    String before = System.getProperty("picocli.ansi");
    System.setProperty("picocli.ansi", "true");
    try {
      for (String[] args : List.of(new String[] {"--help"}, new String[] {"assess", "--help"}, new String[] {"orgnr"})) {
        CliRun run = CliRun.run(args);
        assertFalse((run.out + run.err).contains("\\u001B"), run.toString());
        assertNoRawControl(run.out + run.err);
        assertTrue((run.out + run.err).contains("Usage: asf"), run.toString());
      }
    } finally {
      if (before == null) {
        System.clearProperty("picocli.ansi");
      } else {
        System.setProperty("picocli.ansi", before);
      }
    }
  }

  @Test
  void anEndlessStandardInputStopsWhenStandardOutputFails() {
    java.io.InputStream endless = new java.io.InputStream() {
      private final byte[] line = "59.2347 17.9806 59.1983 17.8353\n".getBytes(StandardCharsets.US_ASCII);
      private long position;

      @Override
      public int read() {
        return line[(int) (position++ % line.length)];
      }
    };
    CliRun run = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30),
        () -> CliRun.withFailingOutput("Broken pipe", endless, "distance"));
    assertEquals(ExitCodes.SOFTWARE, run.exitCode, run.toString());
  }

  @Test
  void theFilterHoldsAnUnfinishedLineSoANumberSplitAcrossWritesIsStillMasked() throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    SafeWriter writer = new SafeWriter(text);
    writer.write("x 19121212-12");
    writer.flush();
    writer.write("12!!!!!!!!!!!!!!!!");
    writer.flush();
    assertEquals("", text.toString());
    writer.finish();
    assertEquals("x 19121212-****!!!!!!!!!!!!!!!!", text.toString());
    java.io.StringWriter json = new java.io.StringWriter();
    SafeWriter jsonWriter = new SafeWriter(json);
    jsonWriter.json(true);
    jsonWriter.write("{\"n\": \"19121212-1212\", \"m\": \"a\\\"191212-1212\", \"k\": 191212121212}\n");
    jsonWriter.finish();
    assertEquals("{\"n\": \"19121212-****\", \"m\": \"a\\\"191212-****\", \"k\": 191212121212}\n", json.toString());
  }

  @Test
  void aVatNumberTheToolWritesIsNotMasked() {
    CliRun run = CliRun.run("--lang", "en", "orgnr", "556701-1233", "802401-1507");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.contains("VAT number SE556701123301"), run.out);
    assertTrue(run.out.contains("VAT number SE802401150701"), run.out);
  }

  @Test
  void errorOutputForManyRepeatedIdentitiesIsLinearInTheirNumber() throws IOException {
    int n = 10_000;
    String bidder = "{\"name\": \"Samma AB\", \"organisationNumber\": \"556987-4125\", \"legalForm\": \"aktiebolag\","
        + " \"sites\": [], \"businessActivities\": [], \"workforce\": {\"period\": {\"start\": \"2017-12-01\","
        + " \"end\": \"2017-12-01\"}, \"lines\": [{\"form\": \"employment\", \"group\": \"none\", \"heads\": 1,"
        + " \"fullTimeEquivalents\": 1}]}}";
    StringBuilder document = new StringBuilder("{\"formatVersion\": 1, \"bidders\": [");
    for (int i = 0; i < n; i++) {
      document.append(i == 0 ? "" : ",").append(bidder);
    }
    Path file = write("same.json", document.append("]}").toString());
    CliRun run = AssessCommandTest.assess(file);
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode);
    assertEquals(n + 1, run.err.lines().count(), "one line per bidder and the summary");
    // Each line names the file, the pointer and at most one other pointer: bounded, whatever n is.
    int perLine = file.toString().length() + 200;
    assertTrue(run.err.length() <= (long) perLine * (n + 1), run.err.length() + " characters");
    assertTrue(run.err.lines().allMatch(line -> line.length() <= perLine));
  }

  @Test
  void aBidderWithManySkippedRowsListsABoundedNumberOfThem() throws IOException {
    List<String> lines = AssessCommandTest.bundledLines();
    for (int i = 0; i < 500; i++) {
      lines.add("123456-7890;Fel AB;aktiebolag;;Plats " + i + ";59,2;17,8" + ";".repeat(14));
    }
    CliRun run = AssessCommandTest.assess(write("many.csv", String.join("\n", lines) + "\n"));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    String summary = run.err.lines().filter(l -> l.contains("are skipped: lines")).findFirst().orElseThrow();
    assertTrue(summary.endsWith("lines 11, 12, 13, 14, 15, 16, 17, 18, 19, 20 (+490)."), summary);
  }
}
