package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code asf screen}: one CSV row per organisation, whose outcome, nearest centre and distance are
 * those of {@code asf assess}'s CSV report, and whose rules not met are its findings not met.
 */
class ScreenCommandTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @TempDir
  Path dir;

  private Path jsonLines(String name, java.util.function.UnaryOperator<String> edit) throws IOException {
    List<String> lines = new ArrayList<>();
    for (JsonNode bidder : MAPPER.readTree(new File(AssessCommandTest.JSON)).get("bidders")) {
      lines.add(edit.apply(MAPPER.writeValueAsString(bidder)));
    }
    return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static CliRun screen(Path input, String... more) {
    List<String> args = new ArrayList<>(List.of("screen", "--procurement", AssessCommandTest.PROCUREMENT, "--input",
        input.toString(), "--lang", "en"));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  /** The rows of a CSV without quoted separators, split into cells. */
  private static List<List<String>> rows(String csv) {
    List<List<String>> rows = new ArrayList<>();
    for (String line : csv.replace("\uFEFF", "").split("\r\n")) {
      rows.add(List.of(line.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)));
    }
    return rows;
  }

  @Test
  void eachOrganisationGetsTheOutcomeNearestCentreAndDistanceOfItsAssessment() throws IOException {
    Path input = jsonLines("register.jsonl", line -> line);
    CliRun screened = screen(input);
    assertEquals(ExitCodes.OK, screened.exitCode, screened.err);
    assertTrue(screened.out.startsWith("\uFEFFBidder,Identity,Outcome,Rules not met,Nearest centre,Distance (m)\r\n"),
        screened.out);
    CliRun assessed = AssessCommandTest.assess(input, "--format", "csv");
    assertEquals(ExitCodes.OK, assessed.exitCode, assessed.err);
    List<List<String>> screen = rows(screened.out);
    List<List<String>> assess = rows(assessed.out);
    assertEquals(assess.size(), screen.size());
    List<String> header = assess.get(0);
    for (int r = 1; r < screen.size(); r++) {
      List<String> row = screen.get(r);
      List<String> full = assess.get(r);
      assertEquals(List.of(full.get(0), full.get(1), full.get(2), full.get(4), full.get(5)),
          List.of(row.get(0), row.get(1), row.get(2), row.get(4), row.get(5)));
      List<String> failing = new ArrayList<>();
      for (int c = 6; c < header.size() - 1; c++) {
        if (!full.get(c).equals("MET")) {
          failing.add(header.get(c) + " " + full.get(c));
        }
      }
      assertEquals(String.join(" | ", failing), row.get(3));
    }
    assertTrue(screened.out.contains("Vallentuna Textilverkstad ideell förening,802489-5768,NOT MET,RADIUS NOT MET,"
        + "Huddinge centrum,33817.191\r\n"), screened.out);
    AssessCommandTest.assertPersonnummerHidden(screened);
  }

  @Test
  void aCsvRegisterIsScreenedAndSwedishUsesSemicolonsAndDecimalCommas() {
    CliRun screened = CliRun.run("screen", "--procurement", AssessCommandTest.PROCUREMENT, "--bidders",
        AssessCommandTest.CSV);
    assertEquals(ExitCodes.OK, screened.exitCode, screened.err);
    assertEquals(9, screened.out.split("\r\n").length, screened.out);
    assertTrue(screened.out.startsWith("\uFEFFAnbudsgivare;"), screened.out);
    assertTrue(screened.out.contains(";EJ UPPFYLLT;RADIUS EJ UPPFYLLT;Huddinge centrum;71290,184\r\n"), screened.out);
  }

  @Test
  void aNameThatASpreadsheetWouldRunIsWrittenAsText() throws IOException {
    Path input = jsonLines("register.jsonl",
        line -> line.replace("\"name\":\"Tumba Återbruk ekonomisk förening\"", "\"name\":\"=HYPERLINK(1)\""));
    CliRun screened = screen(input);
    assertEquals(ExitCodes.OK, screened.exitCode, screened.err);
    assertTrue(screened.out.contains("\r\n'=HYPERLINK(1),769631-2458,MET,"), screened.out);
  }
}
