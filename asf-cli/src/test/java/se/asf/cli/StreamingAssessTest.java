package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.json.AsfJson;

/**
 * {@code asf assess} over streamed inputs: JSON Lines, and bidders documents over the whole-document
 * limit. Bidders before a problem midway are reported, the problem names its line or pointer, a
 * report file is complete or absent, progress is drawn only when asked or in a terminal, and Ctrl-C
 * stops the run with 130 and no report file.
 */
class StreamingAssessTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  /** The bundled example's bidders, one JSON object each. */
  private static List<String> bidders() throws IOException {
    JsonNode document = MAPPER.readTree(new File(AssessCommandTest.JSON));
    List<String> bidders = new ArrayList<>();
    for (JsonNode bidder : document.get("bidders")) {
      bidders.add(MAPPER.writeValueAsString(bidder));
    }
    return bidders;
  }

  private Path lines(String name, List<String> lines) throws IOException {
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static List<String> names(String jsonReport) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode assessment : MAPPER.readTree(jsonReport).get("assessments")) {
      names.add(assessment.get("subjectName").asText());
    }
    return names;
  }

  private static List<String> names(List<String> bidders) throws IOException {
    List<String> names = new ArrayList<>();
    for (String bidder : bidders) {
      names.add(MAPPER.readTree(bidder).get("name").asText());
    }
    return names;
  }

  @Test
  void jsonLinesAreAssessedInTheirOrderAndABrokenLineNamesItsLine() throws IOException {
    List<String> bidders = bidders();
    List<String> lines = new ArrayList<>(bidders);
    lines.add(3, "{\"name\": broken");
    CliRun run = AssessCommandTest.assess(lines("bidders.jsonl", lines), "--format", "json");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.err);
    assertEquals(names(bidders), names(run.out));
    assertTrue(run.err.contains("bidders.jsonl:4: /name: The document is not well-formed JSON (line 4, column 10)."),
        run.err);
    assertTrue(run.err.contains("Bidders assessed: " + bidders.size() + " of " + lines.size()), run.err);
    AssessCommandTest.assertPersonnummerHidden(run);
  }

  @Test
  void aDocumentOverTheWholeDocumentLimitIsStreamedAndEndsAtBrokenJson() throws IOException {
    List<String> bidders = bidders();
    String padding = " ".repeat(AsfJson.MAX_DOCUMENT_BYTES);
    String document = "{\"formatVersion\": 2, \"bidders\": [\n" + bidders.get(0) + ",\n" + bidders.get(1) + padding
        + ",\n" + bidders.get(2).replaceFirst("\"name\":", "\"name\"") + ",\n" + bidders.get(3) + "\n]}\n";
    Path file = Files.writeString(dir.resolve("big.json"), document, StandardCharsets.UTF_8);
    Path report = dir.resolve("report.json");
    CliRun run = AssessCommandTest.assess(file, "--format", "json", "--output", report.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.err);
    assertEquals(names(bidders.subList(0, 2)), names(Files.readString(report, StandardCharsets.UTF_8)));
    assertTrue(run.err.contains("big.json:4: /bidders/2"), run.err);
    assertTrue(run.err.contains(": The document is not well-formed JSON (line 4, column 8)."), run.err);
  }

  @Test
  void jsonLinesReportsHaveOneAssessmentALine() throws IOException {
    List<String> bidders = bidders();
    CliRun streamed = AssessCommandTest.assess(lines("bidders.jsonl", bidders), "--format", "jsonl");
    assertEquals(ExitCodes.OK, streamed.exitCode, streamed.err);
    List<String> out = streamed.out.lines().toList();
    assertEquals(bidders.size(), out.size());
    for (int i = 0; i < out.size(); i++) {
      assertEquals(names(bidders).get(i), MAPPER.readTree(out.get(i)).get("subjectName").asText());
    }
    CliRun dash = AssessCommandTest.assess(lines("bidders.jsonl", bidders), "--format", "jsonl", "--output", "-");
    assertEquals(streamed.out, dash.out);
    assertFalse(Files.exists(Path.of("-")));
    // The same lines from the document read whole, which is sorted by name.
    CliRun whole = AssessCommandTest.assess(Path.of(AssessCommandTest.JSON), "--format", "jsonl");
    assertEquals(ExitCodes.OK, whole.exitCode, whole.err);
    assertEquals(out.stream().sorted().toList(), whole.out.lines().sorted().toList());
  }

  @Test
  void everyReportFormatIsStreamed() throws IOException {
    Path file = lines("bidders.jsonl", bidders());
    for (String format : List.of("table", "markdown", "csv")) {
      CliRun streamed = AssessCommandTest.assess(file, "--format", format);
      assertEquals(ExitCodes.OK, streamed.exitCode, format + ": " + streamed.err);
      CliRun whole = AssessCommandTest.assess(Path.of(AssessCommandTest.JSON), "--format", format);
      // The same lines, in the input's order rather than by name.
      assertEquals(whole.out.lines().sorted().toList(), streamed.out.lines().sorted().toList(), format);
    }
    CliRun geojson = AssessCommandTest.assess(file, "--format", "geojson");
    assertEquals(ExitCodes.INVALID_INPUT, geojson.exitCode);
    assertTrue(geojson.err.contains("geojson format needs the whole input"), geojson.err);
  }

  @Test
  void aCsvFileOverTheWholeFileLimitIsStreamed() throws IOException {
    byte[] bundled = Files.readAllBytes(Path.of(AssessCommandTest.CSV));
    int header = new String(bundled, StandardCharsets.UTF_8).indexOf('\n') + 1;
    byte[] padded = new byte[bundled.length + BidderCsv.MAX_FILE_BYTES];
    System.arraycopy(bundled, 0, padded, 0, bundled.length);
    java.util.Arrays.fill(padded, bundled.length, padded.length, (byte) '\n');
    Path file = Files.write(dir.resolve("big.csv"), padded);
    CliRun streamed = AssessCommandTest.assess(file, "--format", "csv");
    assertEquals(ExitCodes.OK, streamed.exitCode, streamed.err);
    CliRun whole = AssessCommandTest.assess(Path.of(AssessCommandTest.CSV), "--format", "csv");
    assertEquals(whole.out.lines().sorted().toList(), streamed.out.lines().sorted().toList());
    assertTrue(header > 0);
  }

  @Test
  void aStrictRunStopsAtTheFirstProblemAndLeavesTheReportFileAsItWas() throws IOException {
    List<String> lines = new ArrayList<>(bidders());
    lines.set(5, lines.get(5).replaceFirst("\\{", "{\"colour\": \"blue\", "));
    Path report = Files.writeString(dir.resolve("report.json"), "the earlier report\n", StandardCharsets.UTF_8);
    CliRun run = AssessCommandTest.assess(lines("bidders.jsonl", lines), "--format", "json", "--strict",
        "--output", report.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.err);
    assertTrue(run.err.contains("bidders.jsonl:6: /colour: "), run.err);
    assertEquals("the earlier report\n", Files.readString(report, StandardCharsets.UTF_8));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("bidders.jsonl", "report.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void theBiddersReadAreBoundedByMaxBidders() throws IOException {
    List<String> bidders = bidders();
    CliRun streamed = AssessCommandTest.assess(lines("bidders.jsonl", bidders), "--format", "json",
        "--max-bidders", "2");
    assertEquals(ExitCodes.INVALID_INPUT, streamed.exitCode, streamed.err);
    assertEquals(names(bidders.subList(0, 2)), names(streamed.out));
    assertTrue(streamed.err.contains("bidders.jsonl:3: The stream holds more than 2 bidders"), streamed.err);

    CliRun whole = AssessCommandTest.assess(Path.of(AssessCommandTest.JSON), "--max-bidders", "2");
    assertEquals(ExitCodes.INVALID_INPUT, whole.exitCode);
    assertEquals("", whole.out);
    assertTrue(whole.err.contains("The file holds more than 2 bidders (--max-bidders)."), whole.err);
  }

  @Test
  void progressIsDrawnOnlyWhenAskedOrInATerminal() throws IOException {
    Path file = lines("bidders.jsonl", bidders());
    String[] args = {"assess", "--procurement", AssessCommandTest.PROCUREMENT, "--bidders", file.toString(),
        "--lang", "en", "--format", "jsonl"};
    CliRun piped = CliRun.run(args);
    assertEquals(ExitCodes.OK, piped.exitCode);
    assertEquals("", piped.err);
    CliRun terminal = CliRun.inTerminal(args);
    assertTrue(terminal.err.contains("\rBidders done: 9 ("), terminal.err);
    assertTrue(terminal.err.endsWith("\n"), terminal.err);
    assertEquals(piped.out, terminal.out);
    List<String> forced = new ArrayList<>(List.of(args));
    forced.add("--progress");
    assertTrue(CliRun.run(forced.toArray(String[]::new)).err.contains("\rBidders done: 9 ("));
    List<String> off = new ArrayList<>(List.of(args));
    off.add("--no-progress");
    assertEquals("", CliRun.inTerminal(off.toArray(String[]::new)).err);
  }

  @Test
  void ctrlCStopsWith130AndLeavesNoReportFile() throws Exception {
    assertCtrlCStops(dir, bidders().subList(0, 3), "assess", "--procurement", AssessCommandTest.PROCUREMENT,
        "--bidders");
  }

  /**
   * Runs the tool in a process of its own on a named pipe, which it waits on after {@code lines};
   * stops it with SIGINT while the report file is being written, and checks that it ends with 130
   * and leaves neither the report file nor its temporary file.
   *
   * @param command the arguments before the input's name; a JSON report to a file follows it
   */
  static void assertCtrlCStops(Path dir, List<String> lines, String... command) throws Exception {
    Path fifo = dir.resolve("bidders.jsonl");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertTrue(mkfifo.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, mkfifo.exitValue());
    Path report = dir.resolve("report.json");
    String classPath = String.join(File.pathSeparator, List.of(System.getProperty("java.class.path", ""),
        System.getProperty("jdk.module.path", ""))).replaceAll("^:+|:+$", "");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> args = new ArrayList<>(List.of(java, "-cp", classPath, "se.asf.cli.AsfCli", "--lang", "en"));
    args.addAll(List.of(command));
    args.addAll(List.of(fifo.toString(), "--format", "json", "--output", report.toString()));
    Process asf = new ProcessBuilder(args).redirectErrorStream(true).start();
    // Opened for reading and writing, so that opening does not wait for the reader; kept open, so that
    // the run waits for more bidders.
    try (RandomAccessFile input = new RandomAccessFile(fifo.toFile(), "rw")) {
      input.write((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (temporaries(dir).isEmpty() && System.nanoTime() < deadline && asf.isAlive()) {
        Thread.sleep(50);
      }
      assertFalse(temporaries(dir).isEmpty(), "the report is being written");
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(asf.pid())).start();
      assertTrue(kill.waitFor(30, TimeUnit.SECONDS));
      assertTrue(asf.waitFor(60, TimeUnit.SECONDS));
    }
    String output = new String(asf.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(ExitCodes.INTERRUPTED, asf.exitValue(), output);
    assertFalse(Files.exists(report), output);
    assertEquals(List.of(), temporaries(dir));
  }

  private static List<Path> temporaries(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
    }
  }
}
