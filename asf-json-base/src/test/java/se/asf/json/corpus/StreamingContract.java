package se.asf.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AssessmentReportWriter;
import se.asf.json.base.BidderStream;
import se.asf.json.base.JsonProblem;
import se.asf.json.base.JsonProblemCode;
import se.asf.json.base.StreamedBidder;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/**
 * Bidders read one at a time from a bidders document and from JSON Lines, and assessment reports
 * written one assessment at a time: the same values as the whole-document API, the earlier bidders
 * handed over before a problem midway, problems that name the line and the pointer, the limits, and a
 * report that stays well-formed when the run feeding it fails. Run by each Jackson module's subclass.
 */
public abstract class StreamingContract {
  private static final String EXAMPLE = "se/asf/json/examples/hbs-2017-bidders.json";

  /**
   * Returns the reader and writer under test, standing on {@link HostileInputContract#CLOCK},
   * personnummer written in full (so that the example's sole trader reads back).
   *
   * @return the instance
   */
  protected abstract AsfJsonDocuments json();

  private static String resource(String path) {
    try (InputStream in = StreamingContract.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream bytes(String text) {
    return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
  }

  private List<StreamedBidder> all(BidderStream stream) {
    try (stream) {
      List<StreamedBidder> items = new ArrayList<>();
      stream.forEachRemaining(items::add);
      return items;
    }
  }

  private List<Enterprise> example() {
    return json().readBidders(resource(EXAMPLE));
  }

  /** One bidder as a line of JSON Lines: its object in a bidders document, without the layout. */
  private String line(Enterprise bidder) {
    String document = json().writeBidders(List.of(bidder));
    String element = document.substring(document.indexOf('[') + 1, document.lastIndexOf(']')).strip();
    return element.replaceAll("\n *", "");
  }

  private String lines(List<Enterprise> bidders) {
    return bidders.stream().map(this::line).collect(Collectors.joining("\n", "", "\n"));
  }

  private static List<Enterprise> read(List<StreamedBidder> items) {
    return items.stream().filter(StreamedBidder::isRead).map(item -> item.getEnterprise().orElseThrow()).toList();
  }

  // ------------------------------------------------------------------------------------ documents

  @Test
  void aStreamedDocumentGivesTheBiddersReadingItWholeGives() {
    List<StreamedBidder> items = all(json().streamBidders(bytes(resource(EXAMPLE))));
    assertEquals(9, items.size());
    assertEquals(example(), read(items));
    for (int i = 0; i < items.size(); i++) {
      assertEquals(i, items.get(i).getIndex());
      assertTrue(items.get(i).getProblems().isEmpty());
    }
    // The first bidder's object starts on line 4 of the canonical document.
    assertEquals(4, items.get(0).getLine());
  }

  @Test
  void aFormatOneDocumentIsStreamedToo() {
    List<StreamedBidder> items = all(json().streamBidders(bytes(resource("v1/hbs-2017-bidders.json"))));
    assertEquals(example(), read(items));
  }

  /** A bidders document with one bidder per line, from line 2 on. */
  private String document(List<String> bidders) {
    return "{\"formatVersion\": 2, \"bidders\": [\n" + String.join(",\n", bidders) + "\n]}\n";
  }

  @Test
  void aBidderWithAProblemMidwayIsReportedAndTheOthersAreRead() {
    List<String> bidders = new ArrayList<>(example().subList(0, 3).stream().map(this::line).toList());
    bidders.set(1, bidders.get(1).replaceFirst("\\{", "{\"colour\": \"blue\", "));
    List<StreamedBidder> items = all(json().streamBidders(bytes(document(bidders))));
    assertEquals(3, items.size());
    assertEquals(List.of(example().get(0), example().get(2)), read(items));
    StreamedBidder refused = items.get(1);
    assertFalse(refused.isRead());
    assertFalse(refused.endsStream());
    assertEquals(1, refused.getIndex());
    assertEquals(3, refused.getLine());
    assertEquals(JsonProblemCode.UNKNOWN_PROPERTY, refused.getProblems().get(0).getCode());
    assertEquals("/bidders/1/colour", refused.getProblems().get(0).getPointer());
  }

  @Test
  void brokenJsonMidwayEndsTheStreamAfterTheEarlierBiddersNamingItsLine() {
    List<String> bidders = new ArrayList<>(example().subList(0, 4).stream().map(this::line).toList());
    bidders.set(2, bidders.get(2).replaceFirst("\"name\": ", "\"name\" "));
    List<StreamedBidder> items = all(json().streamBidders(bytes(document(bidders))));
    assertEquals(example().subList(0, 2), read(items));
    assertEquals(3, items.size());
    StreamedBidder last = items.get(2);
    assertTrue(last.endsStream());
    assertEquals(4, last.getLine());
    JsonProblem problem = last.getProblems().get(0);
    assertEquals(JsonProblemCode.SYNTAX, problem.getCode());
    assertTrue(problem.getPointer().startsWith("/bidders/2"), problem.getPointer());
    assertTrue(problem.getMessage(Locale.ENGLISH).contains("(line 4, column 9)"), problem.getMessage(Locale.ENGLISH));
    assertTrue(problem.getMessage(Locale.forLanguageTag("sv")).contains("rad 4,"));
  }

  @Test
  void brokenJsonBetweenBiddersEndsTheStreamWithItsLineAndColumn() {
    String document = "{\"formatVersion\": 2, \"bidders\": [\n" + line(example().get(0)) + "\n" + line(example().get(1))
        + "\n]}";
    List<StreamedBidder> items = all(json().streamBidders(bytes(document)));
    assertEquals(2, items.size());
    assertEquals(example().subList(0, 1), read(items));
    assertTrue(items.get(1).endsStream());
    JsonProblem problem = items.get(1).getProblems().get(0);
    assertEquals(JsonProblemCode.SYNTAX, problem.getCode());
    assertEquals("/bidders/1", problem.getPointer());
    assertTrue(problem.getMessage(Locale.ENGLISH).contains("(line 3, column 1)"), problem.getMessage(Locale.ENGLISH));
  }

  @Test
  void aDocumentThatIsNotABiddersDocumentEndsTheStreamAtOnce() {
    assertEquals(JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, only(json().streamBidders(
        bytes("{\"formatVersion\": 9, \"bidders\": []}"))).getCode());
    assertEquals("/formatVersion", only(json().streamBidders(bytes("{\"formatVersion\": 9, \"bidders\": []}")))
        .getPointer());
    assertEquals(JsonProblemCode.UNKNOWN_PROPERTY, only(json().streamBidders(
        bytes("{\"formatVersion\": 2, \"bids\": []}"))).getCode());
    assertEquals(JsonProblemCode.WRONG_TYPE, only(json().streamBidders(bytes("[]"))).getCode());
    assertEquals(JsonProblemCode.WRONG_TYPE, only(json().streamBidders(
        bytes("{\"formatVersion\": 2, \"bidders\": {}}"))).getCode());
    assertEquals(JsonProblemCode.NULL_VALUE, only(json().streamBidders(
        bytes("{\"formatVersion\": 2, \"bidders\": null}"))).getCode());
    assertEquals(JsonProblemCode.MISSING_PROPERTY, only(json().streamBidders(bytes("{\"bidders\": []}"))).getCode());
    assertEquals(JsonProblemCode.DUPLICATE_PROPERTY, only(json().streamBidders(
        bytes("{\"formatVersion\": 2, \"formatVersion\": 2, \"bidders\": []}"))).getCode());
    assertEquals(JsonProblemCode.TRAILING_CONTENT, only(json().streamBidders(
        bytes("{\"formatVersion\": 2, \"bidders\": []} {}"))).getCode());
    assertEquals(JsonProblemCode.EMPTY_DOCUMENT, only(json().streamBidders(bytes(" \n"))).getCode());
    assertEquals(JsonProblemCode.ENCODING, only(json().streamBidders(
        bytes("\uFEFF{\"formatVersion\": 2, \"bidders\": []}"))).getCode());
    assertEquals(JsonProblemCode.SYNTAX, only(json().streamBidders(
        bytes("{\"formatVersion\": 2, \"bidders\": [{},]}"))).getCode());
    assertTrue(all(json().streamBidders(bytes("{\"formatVersion\": 2, \"bidders\": []}"))).isEmpty());
  }

  private JsonProblem only(BidderStream stream) {
    List<StreamedBidder> items = all(stream);
    StreamedBidder last = items.get(items.size() - 1);
    assertTrue(last.endsStream(), items.toString());
    assertTrue(read(items).isEmpty());
    return last.getProblems().get(0);
  }

  // ------------------------------------------------------------------------------------ JSON Lines

  @Test
  void jsonLinesGiveTheBiddersOfTheDocument() {
    List<StreamedBidder> items = all(json().streamBidderLines(bytes(lines(example()))));
    assertEquals(example(), read(items));
    for (int i = 0; i < items.size(); i++) {
      assertEquals(i + 1, items.get(i).getLine());
    }
  }

  @Test
  void aBrokenLineIsReportedWithItsLineAndTheNextLinesAreRead() {
    List<String> lines = new ArrayList<>(List.of(lines(example().subList(0, 4)).split("\n")));
    lines.set(2, lines.get(2).substring(0, 40));
    lines.set(1, lines.get(1).replaceFirst("\\{", "{\"colour\": \"blue\", "));
    List<StreamedBidder> items = all(json().streamBidderLines(bytes(String.join("\r\n", lines))));
    assertEquals(4, items.size());
    assertEquals(List.of(example().get(0), example().get(3)), read(items));
    assertEquals(2, items.get(1).getLine());
    assertEquals("/colour", items.get(1).getProblems().get(0).getPointer());
    assertEquals(3, items.get(2).getLine());
    assertEquals(JsonProblemCode.SYNTAX, items.get(2).getProblems().get(0).getCode());
    assertTrue(items.get(2).getProblems().get(0).getMessage(Locale.ENGLISH).contains("line 3,"));
    assertFalse(items.get(2).endsStream());
    assertEquals(4, items.get(3).getLine());
  }

  @Test
  void aBlankLineAndABidderWithTwoValuesAreProblemsOfTheirLines() {
    String text = line(example().get(0)) + "\n\n" + line(example().get(1)) + " {}\n" + line(example().get(2));
    List<StreamedBidder> items = all(json().streamBidderLines(bytes(text)));
    assertEquals(4, items.size());
    assertEquals(JsonProblemCode.EMPTY_DOCUMENT, items.get(1).getProblems().get(0).getCode());
    assertEquals(JsonProblemCode.TRAILING_CONTENT, items.get(2).getProblems().get(0).getCode());
    assertEquals(List.of(example().get(0), example().get(2)), read(items));
  }

  // ---------------------------------------------------------------------------------- hostile input

  @Test
  void everyHostileBiddersDocumentIsRefusedAsTheWholeDocumentReaderRefusesIt() throws IOException {
    List<String> different = new ArrayList<>();
    int cases = 0;
    for (HostileInputContract.Case hostile : HostileInputContract.corpus()) {
      if (hostile.reader() != HostileInputContract.Reader.BIDDERS) {
        continue;
      }
      cases++;
      List<StreamedBidder> items;
      try (InputStream in = hostile.input().get()) {
        items = all(json().streamBidders(in));
      }
      // What follows the bidders (trailing content, too much whitespace) is met after they were handed over.
      assertTrue(read(items).isEmpty() || hostile.pointer().isEmpty(), hostile.name());
      assertFalse(items.get(items.size() - 1).isRead(), hostile.name());
      List<JsonProblem> problems = items.stream().flatMap(i -> i.getProblems().stream()).toList();
      assertFalse(problems.isEmpty(), hostile.name());
      // The same code, and a pointer on the same path as the whole reader's: an unterminated value is
      // found in the bidder's bytes before they are parsed, so it names the bidder, and so does an
      // encoding problem, which the whole reader finds in the whole document. Nesting that never closes is broken JSON to the stream, which cuts the value out
      // first, where the whole reader first meets a value of the wrong type.
      boolean neverCloses = hostile.name().startsWith("10 000");
      JsonProblem first = problems.get(0);
      if (neverCloses ? first.getCode() != JsonProblemCode.SYNTAX
          : first.getCode() != hostile.code() || !(hostile.pointer().startsWith(first.getPointer())
              || first.getPointer().startsWith(hostile.pointer()))) {
        different.add(hostile.name() + ": " + problems.get(0) + " (whole: " + hostile.code() + " at "
            + hostile.pointer() + ")");
      }
    }
    assertTrue(cases > 50, "cases: " + cases);
    assertEquals(List.of(), different);
  }

  // ---------------------------------------------------------------------------------------- limits

  @Test
  void theWholeStreamIsBoundedByACountTheCallerSets() {
    List<StreamedBidder> items = all(json().streamBidders(bytes(json().writeBidders(example().subList(0, 3))), 2));
    assertEquals(example().subList(0, 2), read(items));
    assertEquals(3, items.size());
    assertTrue(items.get(2).endsStream());
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, items.get(2).getProblems().get(0).getCode());
    assertEquals("/bidders/2", items.get(2).getProblems().get(0).getPointer());
    assertEquals(example().subList(0, 3),
        read(all(json().streamBidders(bytes(json().writeBidders(example().subList(0, 3))), 3))));

    List<StreamedBidder> lines = all(json().streamBidderLines(bytes(lines(example().subList(0, 3))), 1));
    assertEquals(2, lines.size());
    assertTrue(lines.get(1).endsStream());
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, lines.get(1).getProblems().get(0).getCode());
    assertEquals(2, lines.get(1).getLine());
    assertThrows(IllegalArgumentException.class, () -> json().streamBidders(bytes("{}"), -1));
  }

  @Test
  void eachBidderHasTheStrictReadersLimitsAndTheNextIsReadAfterOne() {
    String long_ = "{\"name\": \"" + "x".repeat(AsfJsonDocuments.MAX_STRING_LENGTH + 1) + "\"}";
    String text = long_ + "\n" + line(example().get(0)) + "\n";
    List<StreamedBidder> items = all(json().streamBidderLines(bytes(text)));
    assertEquals(2, items.size());
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, items.get(0).getProblems().get(0).getCode());
    assertFalse(items.get(0).endsStream());
    assertEquals(example().subList(0, 1), read(items));

    String document = "{\"formatVersion\": 2, \"bidders\": [" + long_ + ", " + line(example().get(1)) + "]}";
    List<StreamedBidder> inDocument = all(json().streamBidders(bytes(document)));
    assertEquals(2, inDocument.size());
    assertEquals("/bidders/0/name", inDocument.get(0).getProblems().get(0).getPointer());
    assertEquals(example().subList(1, 2), read(inDocument));
  }

  @Test
  void aBidderOverTheSizeLimitOrEndlessWhitespaceEndsTheStream() {
    String big = "{" + " ".repeat(BidderStream.MAX_BIDDER_BYTES) + "}";
    List<StreamedBidder> items = all(json().streamBidderLines(bytes(line(example().get(0)) + "\n" + big + "\n"
        + line(example().get(1)) + "\n")));
    assertEquals(2, items.size());
    assertEquals(example().subList(0, 1), read(items));
    assertTrue(items.get(1).endsStream());
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, items.get(1).getProblems().get(0).getCode());
    assertTrue(items.get(1).getProblems().get(0).getMessage(Locale.ENGLISH)
        .contains(Integer.toString(BidderStream.MAX_BIDDER_BYTES)));

    String document = "{\"formatVersion\": 2, \"bidders\": [" + line(example().get(0)) + ", " + big + ", "
        + line(example().get(1)) + "]}";
    List<StreamedBidder> inDocument = all(json().streamBidders(bytes(document)));
    assertEquals(example().subList(0, 1), read(inDocument));
    assertEquals("/bidders/1", inDocument.get(1).getProblems().get(0).getPointer());
    assertTrue(inDocument.get(1).endsStream());

    String spaces = "{\"formatVersion\": 2, \"bidders\": [" + line(example().get(0)) + ","
        + " ".repeat(BidderStream.MAX_BIDDER_BYTES + 1) + line(example().get(1)) + "]}";
    List<StreamedBidder> spaced = all(json().streamBidders(bytes(spaces)));
    assertEquals(example().subList(0, 1), read(spaced));
    assertTrue(spaced.get(1).endsStream());
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, spaced.get(1).getProblems().get(0).getCode());
  }

  // --------------------------------------------------------------------------------------- writing

  private List<Assessment> assessments() {
    ReservedProcurement procurement = json().readProcurement(resource("se/asf/json/examples/hbs-2017-pilot.procurement.json"));
    RuleSet rules = ProcurementRules.forProcurement(procurement);
    return example().stream().map(b -> rules.assess(b, procurement.getTenderDeadline())).toList();
  }

  @Test
  void aStreamedReportIsTheDocumentWrittenWhole() {
    List<Assessment> assessments = assessments();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AssessmentReportWriter writer = json().assessmentReportWriter(out)) {
      assessments.forEach(writer::write);
      assertEquals(assessments.size(), writer.getWritten());
    }
    assertEquals(json().writeAssessmentReport(assessments), out.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream empty = new ByteArrayOutputStream();
    json().assessmentReportWriter(empty).close();
    assertEquals(json().writeAssessmentReport(List.of()), empty.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aReportStaysWellFormedWhenTheRunFeedingItFailsHalfway() {
    List<Assessment> assessments = assessments();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RuntimeException failure = assertThrows(IllegalStateException.class, () -> {
      try (AssessmentReportWriter writer = json().assessmentReportWriter(out)) {
        writer.write(assessments.get(0));
        writer.write(assessments.get(1));
        throw new IllegalStateException("the input failed");
      }
    });
    assertEquals("the input failed", failure.getMessage());
    String written = out.toString(StandardCharsets.UTF_8);
    assertEquals(json().writeAssessmentReport(assessments.subList(0, 2)), written);
    assertEquals(2, json().readAssessmentReport(written).size());
  }

  @Test
  void assessmentLinesAreOneElementOfTheReportPerLine() {
    List<Assessment> assessments = assessments();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AssessmentReportWriter writer = json().assessmentLinesWriter(out)) {
      assessments.forEach(writer::write);
    }
    String text = out.toString(StandardCharsets.UTF_8);
    List<String> lines = List.of(text.split("\n"));
    assertEquals(assessments.size(), lines.size());
    assertTrue(text.endsWith("}\n"));
    for (String line : lines) {
      assertTrue(line.startsWith("{\"subjectName\":"), line);
    }
    String report = "{\"formatVersion\": 3, \"assessments\": [" + String.join(",", lines) + "]}";
    assertEquals(json().writeAssessmentReport(assessments),
        json().writeAssessmentReport(json().readAssessmentReport(report)));
  }
}
