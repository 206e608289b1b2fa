package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.json.fixtures.Fixtures;
import se.asf.rules.Assessment;

/**
 * Keeps {@code README.md} honest: its Java block is the code between the markers below,
 * character for character, and runs; its JSON examples are canonical documents the reader accepts.
 */
class ReadmeSectionTest {
  private static final Path SECTION = Path.of(System.getProperty("user.dir")).resolve("../README.md").normalize();

  @Test
  void theSectionShowsExactlyThisCode() throws IOException {
    String text = Files.readString(SECTION, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("<!-- asf-json -->\\s*```java\\n(.*?)```", Pattern.DOTALL).matcher(text);
    assertTrue(block.find(), "README.md has a ```java block after <!-- asf-json -->");
    String source = Files.readString(Path.of(System.getProperty("user.dir"))
        .resolve("src/test/java/se/asf/json/ReadmeSectionTest.java"), StandardCharsets.UTF_8);
    Matcher marked = Pattern.compile("// BEGIN readme\\n(.*?)\\s*// END readme", Pattern.DOTALL).matcher(source);
    assertTrue(marked.find());
    assertEquals(dedent(marked.group(1)).strip(), block.group(1).strip());
  }

  @Test
  void theCodeRunsAndSaysWhatTheSectionSays() throws Exception {
    String good = Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json");
    assertEquals("9 bidders", run(new ByteArrayInputStream(good.getBytes(StandardCharsets.UTF_8))).strip());
    String bad = good.replaceFirst("\"fullTimeEquivalents\": 9.5", "\"fullTimeEquivalents\": 10.5");
    assertEquals("/bidders/0/workforce/lines/0/fullTimeEquivalents INVARIANT_VIOLATED: Antalet heltidsekvivalenter,"
        + " 10.5, överstiger antalet personer, 10.",
        run(new ByteArrayInputStream(bad.getBytes(StandardCharsets.UTF_8))).strip());
  }

  private static String run(InputStream in) throws Exception {
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      readmeCode(in, Fixtures.CLOCK, List.of());
    } finally {
      System.setOut(out);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unused") // report and pilot are what the README shows, not what the test checks
  private static void readmeCode(InputStream in, Clock clock, List<Assessment> assessments) throws Exception {
    // BEGIN readme
    // One instance, reused: every limit and strictness setting is already in place.
    AsfJson json = AsfJson.builder().clock(clock).build();
    try {
      List<Enterprise> bidders = json.readBidders(in);
      System.out.println(bidders.size() + " bidders");
    } catch (AsfJsonException e) {
      for (JsonProblem problem : e.getProblems()) {
        // for example: /bidders/3/workforce/lines/0/fullTimeEquivalents INVARIANT_VIOLATED
        System.out.println(problem.getPointer() + " " + problem.getCode() + ": "
            + problem.getMessage(Locale.forLanguageTag("sv")));
      }
    }

    // Writing is canonical: the same value always gives the same bytes.
    String report = json.writeAssessmentReport(assessments);

    // Or use the module on your own ObjectMapper, for the values themselves.
    ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
    String pilot = mapper.writeValueAsString(Hbs2017Pilot.procurement());
    // END readme
  }

  @Test
  void theJsonExamplesAreCanonicalDocuments() throws IOException {
    String text = Files.readString(SECTION, StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("```json\\n(.*?)```", Pattern.DOTALL).matcher(text);
    int blocks = 0;
    while (block.find()) {
      String json = block.group(1);
      assertEquals(json, Fixtures.FULL.writeBidders(Fixtures.FULL.readBidders(json)));
      blocks++;
    }
    assertEquals(1, blocks);
  }

  private static String dedent(String code) {
    return code.lines().map(line -> line.startsWith("    ") ? line.substring(4) : line)
        .reduce((a, b) -> a + "\n" + b).orElse("");
  }
}
