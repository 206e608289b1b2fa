package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EnterpriseBuilder;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Position;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;

/**
 * Round trip: bidders written as CSV in any of the accepted dialects (Swedish or English headers,
 * {@code ;} or {@code ,}, decimal comma or point, with or without a byte-order mark, LF or CRLF,
 * rows of different bidders interleaved) read back as exactly the bidders written.
 */
class BidderCsvPropertyTest {
  private static final String NAME_CHARACTERS = "abcdeåäöÅÄÖ ;,\"'&|-.()";
  private static final BidderCsv.Options OPTIONS = new BidderCsv.Options(LocalDate.of(2026, 11, 23), true);
  private static final List<CsvColumn> COLUMNS = List.of(CsvColumn.IDENTITY, CsvColumn.NAME, CsvColumn.LEGAL_FORM,
      CsvColumn.SITE, CsvColumn.LATITUDE, CsvColumn.LONGITUDE, CsvColumn.PERIOD_START, CsvColumn.OCCUPIED,
      CsvColumn.OCCUPIED_TARGET_GROUPS);

  /** One bidder as its cells: bidder columns, and one list of site cells per site. */
  private static final class Written {
    final String identity;
    final String name;
    final int occupied;
    final int target;
    final List<String[]> sites = new ArrayList<>();
    final Enterprise expected;

    Written(int index, Random random) {
      identity = GeneratedBidders.organisationsnummer(index);
      name = name(random);
      occupied = random.nextInt(100);
      target = occupied == 0 ? 0 : random.nextInt(occupied + 1);
      EnterpriseBuilder builder = Enterprise.builder()
          .name(name.strip())
          .identity(Organisationsnummer.parse(identity))
          .legalForm(LegalForm.EKONOMISK_FORENING)
          .workforce(Workforce.builder()
              .period(DatePeriod.ofDate(LocalDate.of(2017, 12, 1)))
              // No FTE columns: the full-time equivalents are not known.
              .addLine(WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.NONE, occupied - target))
              .addLine(WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.OTHER_DISADVANTAGED, target))
              .build());
      int siteCount = 1 + random.nextInt(3);
      for (int s = 0; s < siteCount; s++) {
        BigDecimal lat = BigDecimal.valueOf(55_000_000 + random.nextInt(14_000_000), 6);
        BigDecimal lon = BigDecimal.valueOf(11_000_000 + random.nextInt(13_000_000), 6);
        String site = "Plats " + s + " " + name(random);
        sites.add(new String[] {site, lat.toPlainString(), lon.toPlainString()});
        builder.addSite(Site.of(site.strip(), Position.ofWgs84(lat.doubleValue(), lon.doubleValue())));
      }
      expected = builder.build();
    }

    private static String name(Random random) {
      StringBuilder name = new StringBuilder("N");
      int length = random.nextInt(12);
      for (int i = 0; i < length; i++) {
        name.append(NAME_CHARACTERS.charAt(random.nextInt(NAME_CHARACTERS.length())));
      }
      return name.append('x').toString();
    }
  }

  @Test
  void everyDialectReadsBackTheBiddersWritten() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 31)).checkAssert((seed, dialect) -> {
      Random random = new Random(seed);
      boolean swedish = (dialect & 1) != 0;
      char separator = (dialect & 2) != 0 ? ';' : ',';
      boolean decimalComma = (dialect & 4) != 0;
      String newline = (dialect & 8) != 0 ? "\r\n" : "\n";
      boolean bom = (dialect & 16) != 0;
      List<Written> bidders = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        bidders.add(new Written(random.nextInt(100_000), random));
      }
      // Identities may repeat by chance: keep the first bidder of each.
      Map<String, Written> unique = new LinkedHashMap<>();
      bidders.forEach(b -> unique.putIfAbsent(b.identity, b));
      List<List<String>> rows = new ArrayList<>();
      List<Integer> cursor = new ArrayList<>();
      List<Written> pending = new ArrayList<>(unique.values());
      pending.forEach(b -> cursor.add(0));
      // Interleave the bidders' rows at random, keeping each bidder's own sites in order.
      while (!pending.isEmpty()) {
        int pick = random.nextInt(pending.size());
        Written bidder = pending.get(pick);
        String[] site = bidder.sites.get(cursor.get(pick));
        rows.add(List.of(bidder.identity, bidder.name, "ekonomisk-forening", site[0],
            decimalComma ? site[1].replace('.', ',') : site[1], decimalComma ? site[2].replace('.', ',') : site[2],
            "2017-12-01", Integer.toString(bidder.occupied), Integer.toString(bidder.target)));
        cursor.set(pick, cursor.get(pick) + 1);
        if (cursor.get(pick) == bidder.sites.size()) {
          pending.remove(pick);
          cursor.remove(pick);
        }
      }
      StringBuilder csv = new StringBuilder(bom ? "\uFEFF" : "");
      List<String> header = new ArrayList<>();
      COLUMNS.forEach(c -> header.add(c.header(swedish ? java.util.Locale.forLanguageTag("sv") : java.util.Locale.ENGLISH)));
      csv.append(line(header, separator)).append(newline);
      rows.forEach(row -> csv.append(line(row, separator)).append(newline));

      BidderCsv.Result result;
      try {
        result = BidderCsv.read("p.csv", csv.toString().getBytes(StandardCharsets.UTF_8), OPTIONS);
      } catch (InputFileException e) {
        throw new AssertionError(e.problems() + "\n" + csv, e);
      }
      assertEquals(List.of(), result.problems.stream().map(InputProblem::toString).toList(), csv.toString());
      assertEquals(rows.size(), result.rows);
      Map<String, Enterprise> read = new LinkedHashMap<>();
      result.bidders.forEach(b -> read.put(b.enterprise().getIdentity().toString(), b.enterprise()));
      Map<String, Enterprise> expected = new LinkedHashMap<>();
      unique.values().forEach(b -> expected.put(b.identity, b.expected));
      assertEquals(expected, read, csv.toString());
    });
  }

  /** Writes a CSV line, quoting a field that holds the separator, a quote or a line break. */
  private static String line(List<String> fields, char separator) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < fields.size(); i++) {
      String field = fields.get(i);
      if (i > 0) {
        line.append(separator);
      }
      if (field.indexOf(separator) >= 0 || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
        line.append('"').append(field.replace("\"", "\"\"")).append('"');
      } else {
        line.append(field);
      }
    }
    return line.toString();
  }

  /**
   * A declared percentage in hundredths, written with a decimal comma or point, reads as exactly that
   * share, unless it lies in (0, 1], where it is refused as ambiguous; never rounded.
   */
  @Test
  void aSelfDeclaredPercentageReadsExactlyOrIsRefusedAsAmbiguous() {
    qt().forAll(integers().between(0, 10_000), integers().between(0, 1)).checkAssert((hundredths, comma) -> {
      String text = BigDecimal.valueOf(hundredths, 2).toPlainString();
      String cell = comma == 1 ? text.replace('.', ',') : text;
      String csv = "identity;name;legal_form;self_declared_percentage;self_declared_document_id;"
          + "self_declared_standard_version\n769612-3459;Tumba;ekonomisk-forening;" + cell + ";R-1;ESPD-EDM 4.1.0\n";
      BidderCsv.Result result;
      try {
        result = BidderCsv.read("p.csv", csv.getBytes(StandardCharsets.UTF_8), OPTIONS);
      } catch (InputFileException e) {
        throw new AssertionError(e);
      }
      if (hundredths > 0 && hundredths <= 100) {
        assertEquals(List.of(), result.bidders, cell);
        assertEquals(true, result.problems.get(0).render(java.util.Locale.ENGLISH).contains("is ambiguous"), cell);
      } else {
        se.asf.core.enterprise.SelfDeclaredShare declared =
            result.bidders.get(0).enterprise().getSelfDeclaredShare().orElseThrow();
        assertEquals(0, declared.getDeclaredShare().orElseThrow().getFraction()
            .compareTo(BigDecimal.valueOf(hundredths, 4)), cell);
        assertEquals(java.util.Optional.of(cell), declared.getDeclaredValue());
      }
    });
  }
}
