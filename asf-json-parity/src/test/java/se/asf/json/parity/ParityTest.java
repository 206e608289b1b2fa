package se.asf.json.parity;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.base.BiddersReport;
import se.asf.json.base.JsonProblem;
import se.asf.json.corpus.HostileInputContract;
import se.asf.rules.Assessment;
import se.asf.rules.reserved.ProcurementRules;

/** Jackson 2 and Jackson 3 give the same bytes and the same problems. */
class ParityTest {
  private static final AsfJsonDocuments J2 = se.asf.json.AsfJson.builder().clock(HostileInputContract.CLOCK)
      .enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();
  private static final AsfJsonDocuments J3 = se.asf.json.jackson3.AsfJson.builder().clock(HostileInputContract.CLOCK)
      .enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();
  private static final AsfJsonDocuments J2_MASKED = se.asf.json.AsfJson.builder().clock(HostileInputContract.CLOCK).build();
  private static final AsfJsonDocuments J3_MASKED =
      se.asf.json.jackson3.AsfJson.builder().clock(HostileInputContract.CLOCK).build();

  /** Every example document: the repository's examples/ and the ones shipped in asf-json-base. */
  private static List<Path> examples() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("../examples"), Path.of("../asf-json-base/src/main/resources/se/asf/json/examples"))) {
      try (Stream<Path> list = Files.list(dir)) {
        list.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
      }
    }
    return files;
  }

  @Test
  void everyExampleIsReadAndWrittenToTheSameBytesByBothMajors() throws IOException {
    List<Path> files = examples();
    assertTrue(files.size() >= 5, files::toString);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      String name = file.getFileName().toString();
      byte[] written2;
      byte[] written3;
      if (name.contains("bidders")) {
        List<Enterprise> read2 = J2.readBidders(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(read2, J3.readBidders(new String(bytes, StandardCharsets.UTF_8)), name);
        written2 = out(o -> J2.writeBidders(read2, o));
        written3 = out(o -> J3.writeBidders(read2, o));
      } else if (name.contains("procurement")) {
        ReservedProcurement read2 = J2.readProcurement(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(read2, J3.readProcurement(new String(bytes, StandardCharsets.UTF_8)), name);
        written2 = out(o -> J2.writeProcurement(read2, o));
        written3 = out(o -> J3.writeProcurement(read2, o));
      } else {
        Enterprise read2 = J2.readEnterprise(new String(bytes, StandardCharsets.UTF_8));
        assertEquals(read2, J3.readEnterprise(new String(bytes, StandardCharsets.UTF_8)), name);
        written2 = out(o -> J2.writeEnterprise(read2, o));
        written3 = out(o -> J3.writeEnterprise(read2, o));
      }
      assertArrayEquals(bytes, written2, name + " is canonical under Jackson 2");
      assertArrayEquals(written2, written3, name + " is written to the same bytes under Jackson 3");
    }
  }

  @Test
  void theAssessmentReportOfThePilotIsTheSameUnderBothMajors() {
    List<Enterprise> bidders = new ArrayList<>(Hbs2017Bidders.all());
    List<Assessment> assessments = bidders.stream()
        .map(bidder -> ProcurementRules.assess(Hbs2017Pilot.procurement(), bidder)).toList();
    String report2 = J2.writeAssessmentReport(assessments);
    assertEquals(report2, J3.writeAssessmentReport(assessments));
    assertEquals(J2.readAssessmentReport(report2), J3.readAssessmentReport(report2));
    assertEquals(assessments, J3.readAssessmentReport(report2));
    // Masked documents too: a sole trader's personnummer is masked the same way.
    String bidders2 = J2_MASKED.writeBidders(bidders);
    assertEquals(bidders2, J3_MASKED.writeBidders(bidders));
  }

  @Test
  void everyHostileDocumentGivesTheSameProblemsUnderBothMajors() throws Exception {
    List<String> differences = new ArrayList<>();
    int compared = 0;
    for (HostileInputContract.Case c : HostileInputContract.corpus()) {
      List<JsonProblem> problems2 = problems(J2_MASKED, c);
      List<JsonProblem> problems3 = problems(J3_MASKED, c);
      assertFalse(problems2.isEmpty(), c.name());
      if (!problems2.equals(problems3)) {
        differences.add(c.name() + ":\n  Jackson 2: " + problems2 + "\n  Jackson 3: " + problems3);
      }
      compared++;
      if (c.reader() == HostileInputContract.Reader.BIDDERS) {
        BiddersReport whole2;
        BiddersReport whole3;
        try (InputStream in2 = c.input().get(); InputStream in3 = c.input().get()) {
          whole2 = J2_MASKED.readBiddersReport(in2);
          whole3 = J3_MASKED.readBiddersReport(in3);
        }
        if (!whole2.getProblems().equals(whole3.getProblems()) || !whole2.getBidders().equals(whole3.getBidders())
            || whole2.isComplete() != whole3.isComplete()) {
          differences.add(c.name() + " read whole:\n  Jackson 2: " + whole2.getProblems() + "\n  Jackson 3: "
              + whole3.getProblems());
        }
      }
    }
    assertTrue(compared >= 80, "the whole corpus: " + compared);
    assertEquals("", String.join("\n", differences));
  }

  private static List<JsonProblem> problems(AsfJsonDocuments json, HostileInputContract.Case c) throws Exception {
    try {
      HostileInputContract.read(json, c);
      return List.of();
    } catch (AsfJsonException e) {
      return e.getProblems();
    }
  }

  @FunctionalInterface
  private interface Writing {
    void write(ByteArrayOutputStream out);
  }

  private static byte[] out(Writing writing) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writing.write(out);
    return out.toByteArray();
  }
}
