package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;

/**
 * A bidders CSV read as a stream ({@link BidderCsv#stream}): chunk by chunk, cut only between two
 * bidders, the same bidders as the file read whole; a bidder whose rows do not stand together, and a
 * file-wide problem after the first chunk, are reported without losing the bidders before them.
 */
class BidderCsvStreamTest {
  private static final BidderCsv.Options OPTIONS = new BidderCsv.Options(LocalDate.of(2026, 11, 23), true);

  private static byte[] bundled() throws IOException {
    return Files.readAllBytes(Path.of(AssessCommandTest.CSV));
  }

  private static List<BidderCsv.Result> chunks(byte[] csv, int chunkRows) throws InputFileException {
    List<BidderCsv.Result> chunks = new ArrayList<>();
    BidderCsv.stream("b.csv", new ByteArrayInputStream(csv), OPTIONS, chunkRows, chunks::add);
    return chunks;
  }

  private static List<Enterprise> enterprises(List<BidderCsv.Result> chunks) {
    return chunks.stream().flatMap(c -> c.bidders.stream()).map(Bidder::enterprise).toList();
  }

  private static List<String> problems(List<BidderCsv.Result> chunks) {
    return chunks.stream().flatMap(c -> c.problems.stream()).map(p -> p.render(Locale.ENGLISH)).toList();
  }

  @Test
  void chunksAreCutBetweenBiddersAndGiveTheBiddersOfTheWholeFile() throws Exception {
    byte[] csv = bundled();
    BidderCsv.Result whole = BidderCsv.read("b.csv", csv, OPTIONS);
    List<BidderCsv.Result> chunks = chunks(csv, 1);
    assertEquals(whole.bidders.size(), chunks.size(), "one bidder a chunk: the two rows of the first stay together");
    assertEquals(whole.bidders.stream().map(Bidder::enterprise).toList(), enterprises(chunks));
    assertEquals(List.of(), problems(chunks));
    assertEquals(whole.rows, chunks.stream().mapToInt(c -> c.rows).sum());
    assertEquals(whole.bidders.stream().map(Bidder::enterprise).toList(), enterprises(chunks(csv, 1000)));
  }

  @Test
  void aBidderWhoseRowsAreApartIsReportedInItsLaterChunk() throws Exception {
    List<String> lines = new ArrayList<>(List.of(new String(bundled(), StandardCharsets.UTF_8).split("\n")));
    // The first bidder's second site moved to the end: two chunks apart.
    lines.add(lines.remove(2));
    List<BidderCsv.Result> chunks = chunks((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), 1);
    List<String> problems = problems(chunks);
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(problems.get(0).startsWith("b.csv:" + lines.size() + ": The bidder 769612-3459 was met before"),
        problems.get(0));
    assertEquals(BidderCsv.read("b.csv", bundled(), OPTIONS).bidders.size(), enterprises(chunks).size());
  }

  @Test
  void aFileWideProblemAfterTheFirstChunkEndsTheReadingAfterTheBiddersBeforeIt() throws Exception {
    List<String> lines = new ArrayList<>(List.of(new String(bundled(), StandardCharsets.UTF_8).split("\n")));
    // Blank lines past what the reader reads ahead, so that the first bidders are read before the NUL.
    int at = 4;
    for (int i = 0; i < 20_000; i++) {
      lines.add(at, "");
    }
    int nul = at + 20_000;
    lines.set(nul, lines.get(nul).replaceFirst(";", ";\u0000"));
    List<BidderCsv.Result> chunks = chunks((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), 1);
    assertEquals(List.of("b.csv:" + (nul + 1) + ": The line holds a NUL byte; this is not a text file."), problems(chunks));
    // The first bidder's chunk was handed over when the second bidder's row came; that row, whose
    // bidder could have had more rows after the NUL, is not.
    List<Enterprise> before = BidderCsv.read("b.csv", bundled(), OPTIONS).bidders.stream()
        .map(Bidder::enterprise).toList().subList(0, 1);
    assertEquals(before, enterprises(chunks));
  }

  @Test
  void aFileRefusedBeforeItsFirstBidderIsRefusedWhole() {
    assertThrows(InputFileException.class, () -> chunks("namn;okänd\nx;y\n".getBytes(StandardCharsets.UTF_8), 1));
    assertThrows(InputFileException.class, () -> chunks(new byte[] {(byte) 0xFF, (byte) 0xFE, 'a'}, 1));
    assertThrows(InputFileException.class, () -> chunks(new byte[0], 1));
  }
}
