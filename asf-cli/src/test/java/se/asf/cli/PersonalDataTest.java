package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;
import static se.asf.cli.AssessCommandTest.JSON;
import static se.asf.cli.AssessCommandTest.PROCUREMENT;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;

/**
 * No output stream of the tool ever shows a personnummer in full, in any spelling, wherever it is
 * put: field values, property names, arguments, option values, standard input, CSV cells. And no
 * human-facing output holds a raw control character, wherever one is put in a free-text field.
 */
class PersonalDataTest {
  /** Tolvan Tolvansson's number, 19121212-1212, in every spelling a user may write. */
  static final List<String> SPELLINGS = List.of("19121212-1212", "191212-1212", "191212121212", "1912121212",
      "191212+1212", "19121212\u20131212", "191212\u20131212", "19121212 1212", "19121212\u22121212",
      "19121212 \u2013 1212", "191212 - 1212", "19121212--1212", "1912-12-12-1212", "19121212\u034F-1212",
      "119121212-1212", "SE121212121201");

  @TempDir
  Path dir;

  /**
   * Whether a text shows the number whole: its date digits and its last four, with at most three
   * other characters (but no masking star) between any two of them.
   */
  private static final java.util.regex.Pattern WHOLE =
      java.util.regex.Pattern.compile("1[^*0-9]{0,3}2[^*0-9]{0,3}1[^*0-9]{0,3}2[^*0-9]{0,3}1[^*0-9]{0,3}2"
          + "[^*0-9]{0,3}1[^*0-9]{0,3}2[^*0-9]{0,3}1[^*0-9]{0,3}2");

  static boolean showsNumber(String text) {
    return WHOLE.matcher(text).find();
  }

  private static void assertHidden(CliRun run, String where) {
    assertFalse(showsNumber(run.out) || showsNumber(run.err), where + ": " + run);
  }

  private Path write(String name, String content) {
    try {
      return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String jsonString(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static final String BIDDERS = read(JSON);
  private static final String CSV_TEXT = read(AssessCommandTest.CSV);

  private static String read(String file) {
    try {
      return Files.readString(Path.of(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------ the reported examples

  @Test
  void aPropertyNamedLikeAPersonnummerIsMaskedInThePointerToo() {
    for (String spelling : SPELLINGS) {
      String bidders = BIDDERS.replaceFirst("\"legalForm\"", "\"" + jsonString(spelling) + "\": 1, \"legalForm\"");
      CliRun run = AssessCommandTest.assess(write("property.json", bidders));
      assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
      assertTrue(run.err.contains(": /bidders/0/"), run.err);
      assertHidden(run, spelling);
    }
    CliRun run = AssessCommandTest.assess(write("property.json",
        BIDDERS.replaceFirst("\"legalForm\"", "\"19121212\u20131212\": 1, \"legalForm\"")));
    assertTrue(run.err.contains(": /bidders/0/19121212\u2013****: The property \"19121212\u2013****\" is unknown here"),
        run.err);
  }

  @Test
  void distanceAndConvertNeverEchoANumberInFull() {
    for (String spelling : SPELLINGS) {
      assertHidden(CliRun.run("--lang", "en", "distance", spelling, "1", "2", "3"), spelling);
      assertHidden(CliRun.run("--lang", "en", "convert", "--to", "wgs84", spelling, "1"), spelling);
      assertHidden(CliRun.withInput(spelling + " 1 2 3\n", "--lang", "en", "distance"), spelling);
      assertHidden(CliRun.withInput(spelling + "\n", "--lang", "en", "convert", "--to", "sweref99tm"), spelling);
    }
    CliRun run = CliRun.run("--lang", "en", "distance", "19121212-1212", "1", "2", "3");
    assertEquals(ExitCodes.USAGE, run.exitCode);
    assertTrue(run.err.startsWith("Not a decimal number with a point as separator: 19121212-****\n"), run.err);
  }

  @Test
  void dateOptionsNeverEchoANumberInFull() {
    Path enterprise = AssessCommandTest.EXAMPLES.resolve("tumba-aterbruk.enterprise.json");
    for (String spelling : SPELLINGS) {
      CliRun orgnr = CliRun.run("--lang", "en", "orgnr", "--reference-date", spelling, "556016-0680");
      assertEquals(ExitCodes.USAGE, orgnr.exitCode, orgnr.toString());
      assertHidden(orgnr, spelling);
      CliRun definition = CliRun.run("--lang", "en", "definition", "--enterprise", enterprise.toString(), "--as-of",
          spelling);
      assertEquals(ExitCodes.USAGE, definition.exitCode, definition.toString());
      assertHidden(definition, spelling);
    }
    CliRun run = CliRun.run("orgnr", "--reference-date", "19121212-1212", "556016-0680");
    assertTrue(run.err.startsWith("Invalid value for option '--reference-date': \"19121212-****\" is not a date"
        + " YYYY-MM-DD\n"), run.err);
  }

  @Test
  void anEnDashSpellingIsMaskedInRepeatedAndUnknownCodeMessages() {
    String dashed = "19121212\u20131212";
    List<String> lines = new ArrayList<>(CSV_TEXT.substring(1).lines().toList());
    String first = lines.get(1);
    lines.add(first.replace("Butiken i Tumba", dashed));
    lines.add(first.replace("Butiken i Tumba", dashed).replace(";20;7;", ";21;7;"));
    lines.add(first.replace("ekonomisk-forening", dashed).replace("769612-3459", "769631-2458"));
    CliRun run = AssessCommandTest.assess(write("dash.csv", String.join("\n", lines) + "\n"));
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.contains("19121212\u2013****"), run.err);
    assertHidden(run, dashed);
  }

  // ------------------------------------------------------------------------------ the properties

  /** Random text without digits around a number in a random spelling. */
  private static final Gen<String> NOISE = strings().betweenCodePoints(0x20, 0x2FF).ofLengthBetween(0, 6)
      .map(s -> s.replaceAll("[0-9\"\\\\;,\\s]", "x"));
  private static final Gen<String> EMBEDDED = NOISE.zip(integers().between(0, SPELLINGS.size() - 1), NOISE,
      (before, spelling, after) -> before + SPELLINGS.get(spelling) + after);

  /** Every input position a number can be put in, each as a run of the tool. */
  private List<Function<String, CliRun>> positions() {
    Path enterprise = AssessCommandTest.EXAMPLES.resolve("tumba-aterbruk.enterprise.json");
    List<Function<String, CliRun>> positions = new ArrayList<>();
    for (String format : List.of("table", "markdown", "json")) {
      positions.add(p -> AssessCommandTest.assess(write("name.json", BIDDERS.replace(
          "\"Tumba Återbruk ekonomisk förening\"", "\"" + jsonString(p) + "\"")), "--format", format));
      positions.add(p -> AssessCommandTest.assess(write("site.json", BIDDERS.replace(
          "\"Butiken vid Tumba torg\"", "\"" + jsonString(p) + "\"")), "--format", format));
      positions.add(p -> AssessCommandTest.assess(write("name.csv", CSV_TEXT.replace(
          "Tumba Återbruk ekonomisk förening;", p + ";")), "--format", format));
    }
    positions.add(p -> AssessCommandTest.assess(write("property.json", BIDDERS.replaceFirst("\"legalForm\"",
        java.util.regex.Matcher.quoteReplacement("\"" + jsonString(p) + "\": 1, \"legalForm\"")))));
    positions.add(p -> AssessCommandTest.assess(write("code.json", BIDDERS.replaceFirst(
        "\"legalForm\": \"ekonomisk-forening\"",
        java.util.regex.Matcher.quoteReplacement("\"legalForm\": \"" + jsonString(p) + "\"")))));
    positions.add(p -> AssessCommandTest.assess(write("identity.json", BIDDERS.replaceFirst(
        "\"organisationNumber\": \"769612-3459\"",
        java.util.regex.Matcher.quoteReplacement("\"organisationNumber\": \"" + jsonString(p) + "\"")))));
    positions.add(p -> AssessCommandTest.assess(write("cells.csv", CSV_TEXT.replace(";ekonomisk-forening;", ";" + p
        + ";").replace(";59,2001;", ";" + p + ";").replace("769612-3459;", p + ";"))));
    positions.add(p -> CliRun.run("--lang", "en", "orgnr", p));
    positions.add(p -> CliRun.run("--lang", "en", "distance", p, "1", "2", "3"));
    positions.add(p -> CliRun.run("--lang", "en", "convert", "--to", "wgs84", "1", p));
    positions.add(p -> CliRun.run("--lang", "en", "--" + p));
    positions.add(p -> CliRun.run("--lang", "en", "assess", "--procurement", PROCUREMENT, "--bidders", p + ".csv"));
    positions.add(p -> CliRun.run("--lang", "en", "orgnr", "--reference-date", p, "556016-0680"));
    positions.add(p -> CliRun.run("--lang", "en", "definition", "--enterprise", enterprise.toString(), "--as-of", p));
    positions.add(p -> CliRun.run("--lang", p, "demo"));
    positions.add(p -> CliRun.run("--lang", "en", "demo", "--format", p));
    positions.add(p -> CliRun.run("--lang", "en", "assess", "--procurement", PROCUREMENT, "--bidders", JSON,
        "--fail-on", p));
    positions.add(p -> CliRun.withInput(p + "\n1 2 3 4\n", "--lang", "en", "distance"));
    positions.add(p -> CliRun.withInput("1 " + p + "\n", "--lang", "en", "convert", "--to", "sweref99tm"));
    return positions;
  }

  @Test
  void noOutputStreamEverShowsAPersonnummerInFull() {
    List<Function<String, CliRun>> positions = positions();
    qt().withExamples(40).withShrinkCycles(10).forAll(EMBEDDED).checkAssert(payload -> {
      for (int i = 0; i < positions.size(); i++) {
        assertHidden(positions.get(i).apply(payload), "position " + i + ", input " + payload);
      }
    });
  }

  /** Text with control characters: C0, DEL, C1 and the format characters that reorder text. */
  private static final Gen<String> CONTROLS = strings().betweenCodePoints(0, 0x9F).ofLengthBetween(1, 8)
      .zip(integers().between(0, 4), (s, extra) -> "N" + s + "\u202e\u200b\u2028".substring(0, Math.min(extra, 3)) + "x");

  @Test
  void noHumanFacingOutputHoldsARawControlCharacterOrAnExtraLine() {
    String procurement = read(PROCUREMENT);
    Path enterprise = AssessCommandTest.EXAMPLES.resolve("tumba-aterbruk.enterprise.json");
    String enterpriseText = read(enterprise.toString());
    List<String> freeText = List.of("\"Tumba Återbruk ekonomisk förening\"", "\"Butiken vid Tumba torg\"",
        "\"Medlemmarna\"", "\"Stadgar för Tumba Återbruk ekonomisk förening\"");
    qt().withExamples(30).withShrinkCycles(10).forAll(CONTROLS).checkAssert(payload -> {
      String quoted = "\"" + jsonString(payload) + "\"";
      for (String field : freeText) {
        for (String format : List.of("table", "markdown")) {
          String bidders = BIDDERS.replace(field, quoted);
          CliRun clean = AssessCommandTest.assess(Path.of(JSON), "--format", format);
          CliRun run = AssessCommandTest.assess(write("c.json", bidders), "--format", format);
          HardeningTest.assertNoRawControl(run.out + run.err);
          assertEquals(clean.out.lines().count(), run.out.lines().count(), run.out);
          CliRun definition = CliRun.run("--lang", "en", "definition", "--format", format, "--enterprise",
              write("e.json", enterpriseText.replace(field, quoted)).toString());
          HardeningTest.assertNoRawControl(definition.out + definition.err);
        }
      }
      CliRun titled = CliRun.run("--lang", "en", "assess", "--bidders", JSON, "--procurement", write("p.json",
          procurement.replace("\"Huddinge centrum\"", quoted).replace("\"HBS-2017-ARBETSTRANING\"", quoted)
              .replace("\"Arbetsträningsplatser inom MIA-projektet i Huddinge, Botkyrka och Salem\"", quoted))
          .toString());
      HardeningTest.assertNoRawControl(titled.out + titled.err);
      CliRun csv = AssessCommandTest.assess(write("c.csv", CSV_TEXT.replace("Butiken i Tumba",
          payload.replace("\"", "").replace(";", ""))));
      HardeningTest.assertNoRawControl(csv.out + csv.err);
    });
  }
}
