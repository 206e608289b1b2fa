package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportTest {
  @TempDir
  Path dir;

  private static List<String> lines(String out) {
    assertTrue(out.startsWith("\uFEFF"), "a byte order mark first");
    assertTrue(out.endsWith("\r\n"), "CRLF line ends");
    return out.substring(1).lines().toList();
  }

  private static List<String> row(List<String> lines, String bidder) {
    String line = lines.stream().filter(l -> l.startsWith(bidder)).findFirst().orElseThrow();
    return Arrays.asList(line.split(line.contains(";") ? ";" : ",", -1));
  }

  @Test
  void swedishCsvHasSemicolonsDecimalCommasAndTheFiguresOfEachBidder() {
    CliRun run = CliRun.run("demo", "--format", "csv");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    List<String> lines = lines(run.out);
    assertEquals(9, lines.size(), run.out);
    assertEquals(List.of("Anbudsgivare", "Identitet", "Resultat", "Andel (%)", "Närmaste centrum", "Avstånd (m)"),
        Arrays.asList(lines.get(0).split(";")).subList(0, 6));
    assertTrue(lines.get(0).endsWith(";Förklaring"), lines.get(0));
    List<String> huddinge = row(lines, "Huddinge Café");
    assertEquals("EJ UPPFYLLT", huddinge.get(2));
    assertEquals("25,00", huddinge.get(3));
    List<String> tullinge = row(lines, "Tullinge Städ");
    assertEquals("Tumba centrum", tullinge.get(4));
    assertEquals("8999,999", tullinge.get(5));
    assertEquals("30,00", row(lines, "Salem Fastighetsservice").get(3));
    assertEquals("19121212-****", row(lines, "Anna Exempelsson").get(1));
    assertFalse(run.out.contains("1212-1212"), "personnummer in full");
  }

  @Test
  void englishCsvHasCommasAndDecimalPointsAndQuotesCellsWithCommas() {
    CliRun run = CliRun.run("demo", "--format", "csv", "--lang", "en");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    List<String> lines = lines(run.out);
    assertTrue(lines.get(0).startsWith("Bidder,Identity,Outcome,Share (%),Nearest centre,Distance (m),"),
        lines.get(0));
    String huddinge = lines.stream().filter(l -> l.startsWith("Huddinge Café")).findFirst().orElseThrow();
    assertTrue(huddinge.contains(",NOT MET,25.00,"), huddinge);
    // The explanation holds commas, so it is quoted as a whole.
    assertTrue(huddinge.endsWith("\""), huddinge);
  }

  @Test
  void aCellThatASpreadsheetWouldRunIsShownAsText() {
    assertEquals("\"'=HYPERLINK(\"\"http://x\"\")\"", CsvReport.cell("=HYPERLINK(\"http://x\")", ';'));
    assertEquals("'+46 8 123", CsvReport.cell("+46 8 123", ';'));
    assertEquals("'-2+3", CsvReport.cell("-2+3", ';'));
    assertEquals("'@SUM(A1)", CsvReport.cell("@SUM(A1)", ';'));
    // Control characters are shown as escapes first, so a tab cannot lead a cell.
    assertEquals("\\t=1", CsvReport.cell("\t=1", ';'));
    assertEquals("Café = bra", CsvReport.cell("Café = bra", ';'));
    assertEquals("\"a;b\"", CsvReport.cell("a;b", ';'));
    assertEquals("a;b", CsvReport.cell("a;b", ','));
    assertEquals("\"a,b\"", CsvReport.cell("a,b", ','));
    assertEquals("", CsvReport.cell("", ';'));
  }

  @Test
  void aBidderNamedAsAFormulaIsNeutralisedInTheReportFile() throws IOException {
    List<String> lines = new ArrayList<>(AssessCommandTest.bundledLines());
    lines.replaceAll(line -> line.replace("Tumba Återbruk ekonomisk förening", "=cmd|' /C calc'!A0"));
    Path bidders = Files.writeString(dir.resolve("bidders.csv"), String.join("\n", lines) + "\n",
        StandardCharsets.UTF_8);
    Path report = dir.resolve("report.csv");
    CliRun run = CliRun.run("assess", "--procurement", AssessCommandTest.PROCUREMENT, "--bidders", bidders.toString(),
        "--format", "csv", "--output", report.toString());
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    String written = Files.readString(report, StandardCharsets.UTF_8);
    assertTrue(written.startsWith("\uFEFF"), "a byte order mark first");
    assertTrue(written.contains("\r\n'=cmd|' /C calc'!A0;769612-3459;UPPFYLLT;"), written);
    assertFalse(written.contains("\n=cmd"), written);
  }
}
