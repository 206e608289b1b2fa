package se.asf.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.core.identity.OrganisationGroup;
import se.asf.core.identity.Organisationsnummer;

class BidderCsvTest {
  private static final int BIDDERS = 2_000;
  private static final Pattern DEGREES = Pattern.compile("\\d{2},\\d{1,6}");
  private static final Set<String> BIDDER_COLUMNS = Set.of(
      "organisationsnummer", "namn", "juridisk_form", "period_fran", "sysselsatta",
      "sysselsatta_malgrupp", "syfte_kalla", "integrationssyfte", "vinstutdelning");

  private static String text;
  private static long rowsWritten;
  private static List<String> lines;
  /** Every row of each bidder, by organisation number, in file order. */
  private static Map<String, List<Map<String, String>>> bidders;

  @BeforeAll
  static void write() throws IOException {
    StringWriter out = new StringWriter();
    rowsWritten = BidderCsv.write(BIDDERS, out);
    text = out.toString();
    lines = List.of(text.split("\r\n", -1));
    bidders = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size() - 1)) {
      String[] fields = line.split(";", -1);
      assertEquals(BidderCsv.HEADER.size(), fields.length, line);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < fields.length; i++) {
        row.put(BidderCsv.HEADER.get(i), fields[i]);
      }
      bidders.computeIfAbsent(row.get("organisationsnummer"), k -> new ArrayList<>()).add(row);
    }
  }

  @Test
  void startsWithAByteOrderMarkAndTheSwedishHeader() {
    assertEquals("\uFEFForganisationsnummer;namn;juridisk_form;arbetsplats;latitud;longitud;"
        + "period_fran;sysselsatta;sysselsatta_malgrupp;syfte_kalla;integrationssyfte;vinstutdelning",
        lines.get(0));
  }

  @Test
  void writesOneRowPerSiteAndEndsWithALineEnd() {
    assertEquals("", lines.get(lines.size() - 1));
    assertEquals(rowsWritten, lines.size() - 2);
    assertEquals(BIDDERS, bidders.size());
    int rows = bidders.values().stream().mapToInt(List::size).sum();
    assertEquals(rowsWritten, rows);
    assertTrue(bidders.values().stream().allMatch(sites -> sites.size() == 1 || sites.size() == 2));
    assertTrue(bidders.values().stream().anyMatch(sites -> sites.size() == 2));
    assertTrue(rows > BIDDERS && rows < 2 * BIDDERS, "rows " + rows);
  }

  @Test
  void needsNoQuoting() {
    assertFalse(text.contains("\""));
  }

  @Test
  void givesEveryBidderADistinctValidOrganisationNumberThatFitsItsLegalForm() {
    Set<Organisationsnummer> numbers = new HashSet<>();
    bidders.forEach((text, rows) -> {
      Organisationsnummer number = Organisationsnummer.parse(text);
      assertEquals(text, number.toString());
      numbers.add(number);
      String form = rows.get(0).get("juridisk_form");
      switch (form) {
        case "ekonomisk-forening" -> assertEquals(OrganisationGroup.EKONOMISKA_FORENINGAR, number.getGroup());
        case "ideell-forening" -> assertEquals(OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER, number.getGroup());
        default -> throw new AssertionError("legal form " + form);
      }
    });
    assertEquals(BIDDERS, numbers.size());
  }

  @Test
  void givesDistinctOrganisationNumbersUpToTheLargestIndex() {
    Set<String> numbers = new HashSet<>();
    for (int index : new int[] {0, 1, 2, BidderCsv.MAX_BIDDERS - 2, BidderCsv.MAX_BIDDERS - 1}) {
      String number = BidderCsv.organisationNumber(index, false);
      assertTrue(Organisationsnummer.isValid(number), number);
      numbers.add(number);
    }
    assertEquals(5, numbers.size());
  }

  @Test
  void givesEveryBidderADistinctNameAndTheSameBidderColumnsOnEachRow() {
    Set<String> names = new HashSet<>();
    bidders.values().forEach(rows -> {
      names.add(rows.get(0).get("namn"));
      for (String column : BIDDER_COLUMNS) {
        assertEquals(rows.get(0).get(column), rows.get(rows.size() - 1).get(column), column);
      }
      assertEquals(rows.size(), rows.stream().map(row -> row.get("arbetsplats")).distinct().count());
    });
    assertEquals(BIDDERS, names.size());
  }

  @Test
  void placesEverySiteAroundStockholmWithAtMostSixDecimals() {
    bidders.values().stream().flatMap(List::stream).forEach(row -> {
      String lat = row.get("latitud");
      String lon = row.get("longitud");
      assertTrue(DEGREES.matcher(lat).matches(), lat);
      assertTrue(DEGREES.matcher(lon).matches(), lon);
      double latitude = Double.parseDouble(lat.replace(',', '.'));
      double longitude = Double.parseDouble(lon.replace(',', '.'));
      assertTrue(latitude >= 58.9 && latitude <= 59.6, lat);
      assertTrue(longitude >= 17.5 && longitude <= 18.3, lon);
      assertFalse(row.get("arbetsplats").isBlank());
    });
  }

  @Test
  void writesCountsAndEvidenceInRangeWithEveryCodeUsed() {
    Set<String> sources = new HashSet<>();
    Set<String> purposes = new HashSet<>();
    Set<String> rules = new HashSet<>();
    bidders.values().stream().flatMap(List::stream).forEach(row -> {
      assertEquals("2017-12-01", row.get("period_fran"));
      int occupied = Integer.parseInt(row.get("sysselsatta"));
      int targetGroups = Integer.parseInt(row.get("sysselsatta_malgrupp"));
      assertTrue(occupied >= 1 && occupied <= 60, row.toString());
      assertTrue(targetGroups >= 0 && targetGroups <= occupied, row.toString());
      sources.add(row.get("syfte_kalla"));
      purposes.add(row.get("integrationssyfte"));
      rules.add(row.get("vinstutdelning"));
    });
    assertEquals(Set.of("statutes", "self-declaration"), sources);
    assertEquals(Set.of("ja", "nej"), purposes);
    assertEquals(Set.of("mainly-reinvested", "no-distribution", "unrestricted"), rules);
  }

  @Test
  void mixesSharesOnBothSidesOfThePilotsThreshold() {
    long below = bidders.values().stream().map(rows -> rows.get(0))
        .filter(row -> Integer.parseInt(row.get("sysselsatta_malgrupp")) * 10
            < Integer.parseInt(row.get("sysselsatta")) * 3)
        .count();
    assertTrue(below > 0 && below < BIDDERS, "below 30 %: " + below);
  }

  @Test
  void writesTheSameBytesEveryTimeToAUtf8File(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bidders.csv");
    assertEquals(rowsWritten, BidderCsv.write(BIDDERS, file));
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), Files.readAllBytes(file));
  }

  @Test
  void refusesAnEmptyFile() {
    assertThrows(IllegalArgumentException.class, () -> BidderCsv.write(0, new StringWriter()));
  }

  @Test
  void writesTheHeaderColumnsTheFormatNames() {
    assertEquals(12, BidderCsv.HEADER.size());
    assertEquals(BidderCsv.HEADER, Arrays.asList(lines.get(0).substring(1).split(";")));
  }
}
