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

  // ------------------------------------------------------------------ the document around the bidders

  private static final String SYNTAX_MESSAGE = "The document is not well-formed JSON (line %d, column %d).";

  /** The one problem that ends a stream that read no bidder, with its pointer and English message. */
  private void endsWith(String document, JsonProblemCode code, String pointer, String message) {
    JsonProblem problem = only(json().streamBidders(bytes(document)));
    assertEquals(code, problem.getCode(), document);
    assertEquals(pointer, problem.getPointer(), document);
    assertEquals(message, problem.getMessage(Locale.ENGLISH), document);
  }

  /** Broken JSON in the document around the bidders, at the first occurrence of {@code at} on line 1. */
  private void brokenAt(String document, String at) {
    int column = document.indexOf(at) + (at.startsWith(" ") ? 2 : 1);
    endsWith(document, JsonProblemCode.SYNTAX, "", String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, column));
  }

  @Test
  void aMissingPropertyOfTheDocumentIsNamed() {
    String missingVersion = "The required property \"formatVersion\" is missing.";
    endsWith("{}", JsonProblemCode.MISSING_PROPERTY, "/formatVersion", missingVersion);
    endsWith("{ \n }", JsonProblemCode.MISSING_PROPERTY, "/formatVersion", missingVersion);
    endsWith("{\"bidders\": []}", JsonProblemCode.MISSING_PROPERTY, "/formatVersion", missingVersion);
    endsWith("{\"formatVersion\": 2}", JsonProblemCode.MISSING_PROPERTY, "/bidders",
        "The required property \"bidders\" is missing.");
  }

  @Test
  void brokenJsonAroundTheBiddersIsNamedByItsLineAndColumn() {
    brokenAt("{\"formatVersion\": 2 \"bidders\": []}", "\"bidders\"");
    brokenAt("{formatVersion: 2, \"bidders\": []}", "formatVersion");
    brokenAt("{\"formatVersion\" 2, \"bidders\": []}", "2");
    brokenAt("{\"formatVersion\": , \"bidders\": []}", ",");
    brokenAt("{\"formatVersion\": }", "}");
    brokenAt("{\"formatVersion\": ]}", "]");
    brokenAt("{\"formatVersion\": :}", " :}");
    brokenAt("{\"formatVersion\": 2, \"bidders\": [], }", "}");
    brokenAt("{\"formatVersion\": 2\t\"bidders\": []}", "\"bidders\"");
    brokenAt("{\"formatVersion\": 2\r\"bidders\": []}", "\"bidders\"");
    endsWith("{\"formatVersion\": 2\n\"bidders\": []}", JsonProblemCode.SYNTAX, "",
        String.format(Locale.ROOT, SYNTAX_MESSAGE, 2, 1));
    // The input ends where a value should start.
    endsWith("{\"formatVersion\": ", JsonProblemCode.SYNTAX, "", String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, 19));
    endsWith("{\"formatVersion\": 2, \"bidders\": [", JsonProblemCode.SYNTAX, "/bidders/0",
        String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, 34));
    // The input ends inside a name or a value.
    endsWith("{\"formatVer", JsonProblemCode.SYNTAX, "", String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, 12));
    endsWith("{\"formatVersion\": \"2", JsonProblemCode.SYNTAX, "",
        String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, 21));
  }

  @Test
  void theColumnCountsCharactersNotBytes() {
    // A bidder without its required properties is refused on its own; the x after it ends the stream.
    String document = "{\"formatVersion\": 2, \"bidders\": [{\"name\": \"Åsa Ängsö €\"} x]}";
    List<StreamedBidder> items = all(json().streamBidders(bytes(document)));
    assertEquals(2, items.size());
    assertFalse(items.get(0).endsStream());
    assertFalse(items.get(0).isRead());
    JsonProblem problem = items.get(1).getProblems().get(0);
    assertTrue(items.get(1).endsStream());
    assertEquals("/bidders/1", problem.getPointer());
    assertEquals(String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, document.indexOf('x') + 1),
        problem.getMessage(Locale.ENGLISH));
  }

  @Test
  void brokenJsonInsideABidderIsPlacedInTheWholeInput() {
    // On the bidder's first line the parser's column is counted from where the bidder starts.
    String sameLine = "{\"formatVersion\": 2, \"bidders\": [{\"name\" \"x\"}]}";
    StreamedBidder broken = all(json().streamBidders(bytes(sameLine))).get(0);
    assertTrue(broken.endsStream());
    assertEquals(String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, sameLine.indexOf("\"x\"") + 1),
        broken.getProblems().get(0).getMessage(Locale.ENGLISH));
    // On its later lines the parser's own column is the column.
    String laterLine = "{\"formatVersion\": 2, \"bidders\": [{\n  \"name\" \"x\"}]}";
    broken = all(json().streamBidders(bytes(laterLine))).get(0);
    assertEquals(1, broken.getLine());
    assertEquals(String.format(Locale.ROOT, SYNTAX_MESSAGE, 2, 10), broken.getProblems().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void theFormatVersionIsCheckedWhereItStands() {
    endsWith("{\"formatVersion\": 0, \"bidders\": []}", JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "/formatVersion",
        "The format version 0 is not supported; this library reads versions 1 to 2.");
    endsWith("{\"formatVersion\": 3, \"bidders\": []}", JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "/formatVersion",
        "The format version 3 is not supported; this library reads versions 1 to 2.");
    endsWith("{\"formatVersion\": [], \"bidders\": []}", JsonProblemCode.WRONG_TYPE, "/formatVersion",
        "Expected an integer, found an array.");
    endsWith("{\"formatVersion\": 2, \"bidders\": {}}", JsonProblemCode.WRONG_TYPE, "/bidders",
        "Expected an array, found an object.");
    endsWith("{\"bidders\": [], \"bidders\": []}", JsonProblemCode.DUPLICATE_PROPERTY, "/bidders",
        "The property \"bidders\" appears more than once.");
    JsonProblem leadingZero = only(json().streamBidders(bytes("{\"formatVersion\": 01, \"bidders\": []}")));
    assertEquals(JsonProblemCode.SYNTAX, leadingZero.getCode());
    assertEquals("/formatVersion", leadingZero.getPointer());
    // Versions 1 and 2 are read, given before or after the bidders, after any whitespace JSON allows.
    String first = line(example().get(0));
    String second = line(example().get(1));
    for (String document : List.of(
        "{\"formatVersion\": 1,\"bidders\": [" + first + "]}",
        "{\"bidders\": [" + first + ", " + second + "], \"formatVersion\": 2}",
        "{\t\"formatVersion\"\r\n:\t2\t,\n\"bidders\"\r:[\n" + first + "\t,\r\n" + second + "\n]\t}\r\n",
        "{\"formatVersion\":2\n,\"bidders\":[" + first + "," + second + "]}",
        "{\"formatVersion\":2\r,\"bidders\":[" + first + "," + second + "]}")) {
      List<StreamedBidder> items = all(json().streamBidders(bytes(document)));
      assertEquals(example().subList(0, items.size()), read(items), document);
      assertTrue(items.size() >= 1, document);
    }
    List<StreamedBidder> spread = all(json().streamBidders(bytes(
        "{\t\"formatVersion\"\r\n:\t2\t,\n\"bidders\"\r:[\n" + first + "\t,\r\n" + second + "\n]\t}\r\n")));
    assertEquals(List.of(4L, 5L), spread.stream().map(StreamedBidder::getLine).toList());
  }

  @Test
  void aDocumentThatIsNotAnObjectSaysWhatItIs() {
    endsWith("\"\u00e5\"", JsonProblemCode.WRONG_TYPE, "", "Expected an object, found a string.");
    assertEquals("", only(json().streamBidders(bytes("tru"))).getPointer());
    assertTrue(only(json().streamBidders(bytes("tru"))).getMessage(Locale.ENGLISH).startsWith(
        "The document is not well-formed JSON (line 1, column "));
    byte[] latin1 = {'"', (byte) 0xE5, '"'};
    JsonProblem encoding = only(json().streamBidders(new ByteArrayInputStream(latin1)));
    assertEquals(JsonProblemCode.ENCODING, encoding.getCode());
    assertEquals("The document is not valid UTF-8 (at byte 1).", encoding.getMessage(Locale.ENGLISH));
    endsWith("\u0000{\"formatVersion\": 2, \"bidders\": []}", JsonProblemCode.ENCODING, "",
        "The document holds a NUL byte (at byte 0); it is not UTF-8 JSON.");
    endsWith("{\"formatVersion\": 2, \"bidders\": []}\u0000", JsonProblemCode.TRAILING_CONTENT, "",
        "Something follows the document's top-level value.");
  }

  @Test
  void aByteOrderMarkIsReportedWhateverFollowsIt() {
    // Even when what follows could never be cut out (a run longer than a bidder may be).
    byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
    for (byte[] mark : marks) {
      byte[] input = new byte[mark.length + BidderStream.MAX_BIDDER_BYTES + 1];
      java.util.Arrays.fill(input, (byte) 'x');
      System.arraycopy(mark, 0, input, 0, mark.length);
      JsonProblem problem = only(json().streamBidders(new ByteArrayInputStream(input)));
      assertEquals(JsonProblemCode.ENCODING, problem.getCode());
      assertEquals("The document starts with a byte-order mark; send UTF-8 without one.",
          problem.getMessage(Locale.ENGLISH));
    }
  }

  @Test
  void aNameWithoutItsColonEndsTheStreamThereEvenBeforeAnotherName() {
    brokenAt("{\"formatVersion\" \"bidders\": []}", "\"bidders\"");
    brokenAt("{\"bidders\" \"formatVersion\": 2}", "\"formatVersion\"");
  }

  @Test
  void brokenJsonInANameOrInTheFormatVersionIsPlacedInTheWholeInput() {
    // The bad escape's x stands at column 5, also on line 2 after a space; the version's x at column 20.
    endsWith("{\"a\\x\": 1}", JsonProblemCode.SYNTAX, "", String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, 5));
    endsWith("{\n \"a\\x\": 1}", JsonProblemCode.SYNTAX, "", String.format(Locale.ROOT, SYNTAX_MESSAGE, 2, 5));
    endsWith("{\"formatVersion\": 2x, \"bidders\": []}", JsonProblemCode.SYNTAX, "/formatVersion",
        String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, 20));
  }

  @Test
  void aNulByteInAScalarElementIsThatElementsProblem() {
    List<StreamedBidder> items = all(json().streamBidders(bytes("{\"formatVersion\": 2, \"bidders\": [1\u0000]}")));
    assertEquals(1, items.size(), items.toString());
    assertFalse(items.get(0).endsStream());
    assertEquals(JsonProblemCode.ENCODING, items.get(0).getProblems().get(0).getCode());
    assertEquals("/bidders/0", items.get(0).getProblems().get(0).getPointer());
  }

  @Test
  void aLongPropertyNameEndsTheStream() {
    endsWith("{\"" + "n".repeat(7000) + "\": 1}", JsonProblemCode.LIMIT_EXCEEDED, "",
        "A property name is longer than 1024 characters.");
    JsonProblem escape = only(json().streamBidders(bytes("{\"a\\x\": 1}")));
    assertEquals(JsonProblemCode.SYNTAX, escape.getCode());
    assertEquals("", escape.getPointer());
  }

  @Test
  void everyBrokenElementIsNamedByItsIndex() {
    String first = line(example().get(0));
    for (String after : List.of(",]}", "}]}", ":]}")) {
      String document = "{\"formatVersion\": 2, \"bidders\": [" + after;
      endsWith(document, JsonProblemCode.SYNTAX, "/bidders/0",
          String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, document.indexOf('[') + 2));
    }
    String trailingComma = "{\"formatVersion\": 2, \"bidders\": [" + first + ",]}";
    try (BidderStream stream = json().streamBidders(bytes(trailingComma))) {
      List<StreamedBidder> items = new ArrayList<>();
      stream.forEachRemaining(items::add);
      assertEquals(2, items.size());
      assertEquals(1, stream.getBiddersMet());
      JsonProblem problem = items.get(1).getProblems().get(0);
      assertEquals("/bidders/1", problem.getPointer());
      assertEquals(String.format(Locale.ROOT, SYNTAX_MESSAGE, 1, trailingComma.lastIndexOf(']') + 1),
          problem.getMessage(Locale.ENGLISH));
    }
    // A value that is no object is a problem of its element, and the reading goes on.
    List<StreamedBidder> items = all(json().streamBidders(bytes(
        "{\"formatVersion\": 2, \"bidders\": [2, \u0000, " + first + "]}")));
    assertEquals(3, items.size());
    assertEquals(List.of(example().get(0)), read(items));
    JsonProblem number = items.get(0).getProblems().get(0);
    assertEquals(JsonProblemCode.WRONG_TYPE, number.getCode());
    assertEquals("/bidders/0", number.getPointer());
    assertEquals("Expected an object, found an integer.", number.getMessage(Locale.ENGLISH));
    JsonProblem nul = items.get(1).getProblems().get(0);
    assertEquals(JsonProblemCode.ENCODING, nul.getCode());
    assertEquals("/bidders/1", nul.getPointer());
    assertFalse(items.get(1).endsStream());
  }

  @Test
  void aBidderIsCutOutWhateverItsStringsHold() {
    Enterprise odd = Enterprise.builder().from(example().get(0)).name("Kafé \"{[\" [a\\b] {c} ,:").build();
    String document = "{\"formatVersion\": 2, \"bidders\": [" + line(odd) + "," + line(example().get(1)) + "]}";
    assertEquals(List.of(odd, example().get(1)), read(all(json().streamBidders(bytes(document)))));
    assertEquals(List.of(odd, example().get(1)),
        read(all(json().streamBidderLines(bytes(line(odd) + "\n" + line(example().get(1)) + "\n")))));
  }

  @Test
  void asMuchWhitespaceAsABidderMayHoldIsSkipped() {
    String spaces = "{\"formatVersion\": 2, \"bidders\": [" + line(example().get(0)) + ","
        + " ".repeat(BidderStream.MAX_BIDDER_BYTES) + line(example().get(1)) + "]}";
    assertEquals(example().subList(0, 2), read(all(json().streamBidders(bytes(spaces)))));
  }

  // ---------------------------------------------------------------------------------- the iterator

  /** An input that remembers being closed. */
  private static final class Input extends ByteArrayInputStream {
    boolean closed;

    Input(String text) {
      super(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
      closed = true;
    }
  }

  @Test
  void theStreamIsAnIteratorThatEndsAndClosesItsInput() {
    Input input = new Input(resource(EXAMPLE));
    BidderStream stream = json().streamBidders(input);
    List<StreamedBidder> items = new ArrayList<>();
    stream.forEachRemaining(items::add);
    assertEquals(9, stream.getBiddersMet());
    assertFalse(stream.hasNext());
    assertThrows(java.util.NoSuchElementException.class, stream::next);
    assertFalse(input.closed);
    stream.close();
    assertTrue(input.closed);
    assertEquals(example(), read(items));

    Input streamed = new Input(resource(EXAMPLE));
    try (java.util.stream.Stream<StreamedBidder> bidders = json().streamBidders(streamed).stream()) {
      assertEquals(example(), read(bidders.toList()));
    }
    assertTrue(streamed.closed);
  }

  @Test
  void aBoundOfNoBiddersEndsTheStreamAtTheFirst() {
    List<StreamedBidder> items = all(json().streamBidders(bytes(resource(EXAMPLE)), 0));
    assertEquals(1, items.size());
    JsonProblem problem = items.get(0).getProblems().get(0);
    assertEquals("/bidders/0", problem.getPointer());
    assertEquals("The stream holds more than 0 bidders; the reader's bound can be raised.",
        problem.getMessage(Locale.ENGLISH));
    List<StreamedBidder> lines = all(json().streamBidderLines(bytes(lines(example())), 0));
    assertEquals(1, lines.size());
    assertEquals("", lines.get(0).getProblems().get(0).getPointer());
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, lines.get(0).getProblems().get(0).getCode());
    assertTrue(all(json().streamBidderLines(bytes(""), 0)).isEmpty());
  }

  @Test
  void anItemSaysWhatItIs() {
    String document = "{\"formatVersion\": 2, \"bidders\": [\n" + line(example().get(0)) + ",\n{\"colour\": 1}\n x]}";
    List<StreamedBidder> items = all(json().streamBidders(bytes(document)));
    assertEquals("StreamedBidder[index=0, line=2, read]", items.get(0).toString());
    assertEquals("StreamedBidder[index=1, line=3, " + items.get(1).getProblems() + "]", items.get(1).toString());
    assertEquals("StreamedBidder[index=2, line=4, " + items.get(2).getProblems() + ", ends stream]",
        items.get(2).toString());
  }

  @Test
  void aNulByteInALineIsThatLinesProblem() {
    String first = line(example().get(0));
    String second = line(example().get(1));
    for (String broken : List.of("\u0000" + first, first.substring(0, 20) + "\u0000" + first.substring(20))) {
      List<StreamedBidder> items = all(json().streamBidderLines(bytes(broken + "\n" + second + "\n")));
      assertEquals(2, items.size(), broken);
      assertEquals(JsonProblemCode.ENCODING, items.get(0).getProblems().get(0).getCode());
      assertFalse(items.get(0).endsStream());
      assertEquals(List.of(example().get(1)), read(items));
      assertEquals(2, items.get(1).getLine());
    }
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
  void aClosedReportTakesNoMoreAndEndsOnce() {
    List<Assessment> assessments = assessments();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AssessmentReportWriter writer = json().assessmentReportWriter(out);
    writer.write(assessments.get(0));
    writer.close();
    writer.close();
    assertThrows(IllegalStateException.class, () -> writer.write(assessments.get(1)));
    assertEquals(json().writeAssessmentReport(assessments.subList(0, 1)), out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void eachAssessmentReachesTheStreamAsItIsWritten() {
    List<Assessment> assessments = assessments();
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    java.io.BufferedOutputStream out = new java.io.BufferedOutputStream(sink, 1 << 20);
    AssessmentReportWriter writer = json().assessmentReportWriter(out);
    assertTrue(sink.toString(StandardCharsets.UTF_8).startsWith("{\n  \"formatVersion\": 3,"));
    writer.write(assessments.get(0));
    String report = json().writeAssessmentReport(assessments.subList(0, 1));
    assertEquals(report.substring(0, report.lastIndexOf("\n  ]")), sink.toString(StandardCharsets.UTF_8));
    writer.close();
    assertEquals(report, sink.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream lineSink = new ByteArrayOutputStream();
    AssessmentReportWriter lines = json().assessmentLinesWriter(new java.io.BufferedOutputStream(lineSink, 1 << 20));
    lines.write(assessments.get(0));
    assertTrue(lineSink.toString(StandardCharsets.UTF_8).endsWith("}\n"));
  }

  @Test
  void aLineKeepsTheSpacesQuotesAndBackslashesOfItsStrings() {
    Assessment odd = Assessment.builder().from(assessments().get(0))
        .subjectName("Kaf\u00e9 \"Tre  Ord\"  \\ [a] {b}").build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (AssessmentReportWriter writer = json().assessmentLinesWriter(out)) {
      writer.write(odd);
    }
    String line = out.toString(StandardCharsets.UTF_8);
    assertTrue(line.startsWith("{\"subjectName\":\"Kaf\u00e9 \\\"Tre  Ord\\\"  \\\\ [a] {b}\",\""), line);
    String report = "{\"formatVersion\": 3, \"assessments\": [" + line + "]}";
    assertEquals(json().writeAssessmentReport(List.of(odd)),
        json().writeAssessmentReport(json().readAssessmentReport(report)));
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
