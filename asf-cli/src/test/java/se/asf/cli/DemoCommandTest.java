package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  private static String row(String output, String bidder) {
    return output.lines().filter(line -> line.startsWith(bidder)).findFirst().orElseThrow();
  }

  @Test
  void assessesEveryBundledBidderWithTheExpectedOutcome() {
    CliRun run = CliRun.run("demo", "--lang", "en");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(row(run.out, "Tumba Återbruk").contains(" MET "), run.out);
    assertTrue(row(run.out, "Huddinge Café").contains("NOT MET") && row(run.out, "Huddinge Café").contains("25.00 %"));
    assertTrue(row(run.out, "Salem Fastighetsservice").contains("30.00 %"));
    assertTrue(row(run.out, "Salem Fastighetsservice").matches(".*\\s{2}MET\\s{2}.*"));
    assertTrue(row(run.out, "Roslagens Textil").contains("NOT MET") && row(run.out, "Roslagens Textil").contains("71290.184 m"));
    assertTrue(row(run.out, "Tullinge Städ").contains("Tumba centrum 8999.999 m"));
    assertTrue(row(run.out, "Vårby Gård").contains("UNDETERMINED"));
    assertTrue(row(run.out, "Södertörns kommunalförbund").contains("NOT MET"));
    assertTrue(row(run.out, "Anna Exempelsson").contains("19121212-****"));
    assertFalse(run.out.contains("1212-1212") || run.out.contains("121212121212"), "personnummer in full");
  }

  @Test
  void theOutputIsDeterministic() {
    assertEquals(CliRun.run("demo").out, CliRun.run("demo").out);
  }

  @Test
  void swedishByDefault() {
    CliRun run = CliRun.run("demo");
    assertTrue(run.out.contains("Anbudsgivare") && run.out.contains("EJ UPPFYLLT"), run.out);
  }

  @Test
  void theReadmeShowsTheRealOutput() throws IOException {
    String readme = Files.readString(Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize(),
        StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- demo-output -->\\s*```text\\n(.*?)```", Pattern.DOTALL).matcher(readme);
    assertTrue(block.find(), "README.md has the demo output after <!-- demo-output -->");
    assertEquals(CliRun.run("demo", "--lang", "en").out.replace("\r\n", "\n"), block.group(1));
  }

  @Test
  void theDemoReportsInJsonAndMarkdownToo() {
    CliRun json = CliRun.run("demo", "--format", "json");
    assertEquals(ExitCodes.OK, json.exitCode, json.toString());
    assertEquals(8, se.asf.json.AsfJson.create().readAssessmentReport(json.out).size());
    assertFalse(json.out.contains("1212-1212"), "personnummer in full");
    CliRun markdown = CliRun.run("demo", "--format", "markdown", "--lang", "en");
    assertEquals(8, markdown.out.lines().filter(line -> line.startsWith("## ")).count(), markdown.out);
    assertTrue(markdown.out.contains("## Anna Exempelsson Trädgårdstjänst (19121212-\\*\\*\\*\\*): UNDETERMINED"),
        markdown.out);
  }

  @Test
  void everyHelpTextFormatsCleanly() {
    for (String command : new String[] {"demo", "assess", "definition", "orgnr", "distance", "convert"}) {
      CliRun run = CliRun.run(command, "--help");
      assertEquals(ExitCodes.OK, run.exitCode, run.toString());
      assertEquals("", run.err, command);
      assertTrue(run.out.startsWith("Usage: asf " + command), run.out);
    }
    CliRun top = CliRun.run("--help");
    assertEquals("", top.err);
    assertTrue(top.out.contains("30 %, 9 km") || top.out.contains("demo"), top.out);
  }
}
