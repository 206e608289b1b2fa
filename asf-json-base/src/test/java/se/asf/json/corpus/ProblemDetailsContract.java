package se.asf.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.identity.IdentityProblem;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.JsonProblem;
import se.asf.json.base.JsonProblemCode;

/**
 * What a problem of a refused document says about itself (its pointer, message in each language, text
 * form and equality), and where the whole-document reader draws its lines: the byte-order marks, UTF-8
 * checked to the last byte, the document limit to the byte, and a written document flushed to its
 * stream. Run by each Jackson module's subclass.
 */
public abstract class ProblemDetailsContract {
  private static final String EXAMPLE = "se/asf/json/examples/hbs-2017-bidders.json";
  private static final String EMPTY = "{\"formatVersion\": 2, \"bidders\": []}";

  /**
   * Returns the reader and writer under test, standing on {@link HostileInputContract#CLOCK},
   * personnummer written in full.
   *
   * @return the instance
   */
  protected abstract AsfJsonDocuments json();

  private static String resource(String path) {
    try (InputStream in = ProblemDetailsContract.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<JsonProblem> problems(Executable read) {
    return assertThrows(AsfJsonException.class, read).getProblems();
  }

  private List<JsonProblem> problems(String document) {
    return problems(() -> json().readBidders(document));
  }

  private List<JsonProblem> problems(byte[] document) {
    return problems(() -> json().readBidders(new ByteArrayInputStream(document)));
  }

  private static String bidderWith(String property) {
    return "{\"formatVersion\": 2, \"bidders\": [{" + property + ": 1}]}";
  }

  // ------------------------------------------------------------------------------------ a problem

  @Test
  void aProblemShowsItsPointerCodeAndEnglishMessage() {
    assertEquals("(document): TRAILING_CONTENT: Something follows the document's top-level value.",
        problems(EMPTY + " 1").get(0).toString());
    assertEquals("/formatVersion: MISSING_PROPERTY: The required property \"formatVersion\" is missing.",
        problems("{\"bidders\": []}").get(0).toString());
  }

  @Test
  void aProblemSpeaksEnglishToAnyEnglishLocaleAndSwedishToEveryOther() {
    JsonProblem problem = problems(EMPTY + " 1").get(0);
    String english = "Something follows the document's top-level value.";
    String swedish = "Något följer efter dokumentets värde på översta nivån.";
    assertEquals(english, problem.getMessage(Locale.ENGLISH));
    assertEquals(english, problem.getMessage(Locale.UK));
    assertEquals(english, problem.getMessage(Locale.forLanguageTag("en-SE")));
    assertEquals(swedish, problem.getMessage(Locale.forLanguageTag("sv-SE")));
    assertEquals(swedish, problem.getMessage(Locale.GERMAN));
    assertEquals(swedish, problem.getMessage(Locale.ROOT));
  }

  @Test
  void problemsAreEqualWhenTheySayTheSameAboutTheSamePlace() {
    String colour = "{\"formatVersion\": 2, \"bidders\": [{\"colour\": 1}, {\"colour\": 1}]}";
    List<JsonProblem> first = json().readBiddersReport(colour).getProblems();
    List<JsonProblem> again = json().readBiddersReport(colour).getProblems();
    assertEquals(2, first.size());
    assertEquals(first, again);
    assertEquals(first.get(0).hashCode(), again.get(0).hashCode());
    // The same message at another place.
    assertEquals("/bidders/0/colour", first.get(0).getPointer());
    assertEquals("/bidders/1/colour", first.get(1).getPointer());
    assertEquals(first.get(0).getMessage(Locale.ENGLISH), first.get(1).getMessage(Locale.ENGLISH));
    assertNotEquals(first.get(0), first.get(1));
    assertNotEquals(first.get(0).hashCode(), first.get(1).hashCode());
    // Another message at the same place.
    JsonProblem other = problems("{\"formatVersion\": 2, \"bidders\": [{\"colour\": \"blue\"}]}").get(0);
    assertEquals(first.get(0), other);
    assertNotEquals(first.get(0), problems("{\"formatVersion\": 2, \"bidders\": [{\"shade\": 1}]}").get(0));
    assertFalse(first.get(0).equals(first.get(0).toString()));
    assertFalse(first.get(0).equals(null));
  }

  @Test
  void aProblemWithAnIdentityNumberCarriesWhatIsWrongWithIt() {
    String document = resource(EXAMPLE).replaceFirst("\"organisationNumber\": \"[0-9-]+\"",
        "\"organisationNumber\": \"556016-0681\"");
    JsonProblem problem = problems(document).get(0);
    assertEquals(JsonProblemCode.INVALID_IDENTITY, problem.getCode());
    assertEquals(IdentityProblem.CHECK_DIGIT, problem.getIdentityProblem().orElseThrow());
    assertTrue(problem.getInvariant().isEmpty());
    JsonProblem trailing = problems(EMPTY + " 1").get(0);
    assertTrue(trailing.getIdentityProblem().isEmpty());
    assertTrue(trailing.getInvariant().isEmpty());
  }

  @Test
  void aPropertyNameInAPointerIsEscapedAndMasked() {
    assertEquals("/bidders/0/a~1b~0c", problems(bidderWith("\"a/b~c\"")).get(0).getPointer());
    assertEquals("/bidders/0/", problems(bidderWith("\"\"")).get(0).getPointer());
    assertEquals("/bidders/0/0a", problems(bidderWith("\"0a\"")).get(0).getPointer());
    assertEquals("/bidders/0/9:", problems(bidderWith("\"9:\"")).get(0).getPointer());
    // A name of digits only is no index: a personnummer there is masked like any other name.
    for (String number : List.of("198112189876", "8112189876", "19811218-9876")) {
      JsonProblem problem = problems(bidderWith("\"" + number + "\"")).get(0);
      assertEquals(JsonProblemCode.UNKNOWN_PROPERTY, problem.getCode());
      assertTrue(problem.getPointer().startsWith("/bidders/0/"), problem.getPointer());
      assertFalse(problem.getPointer().contains("9876"), problem.getPointer());
      assertFalse(problem.toString().contains("9876"), problem.toString());
    }
  }

  // ------------------------------------------------------------------------------------ values

  private JsonProblem firstProblemWith(String from, String to) {
    String example = resource(EXAMPLE);
    assertTrue(example.contains(from), from);
    return problems(example.replace(from, to)).get(0);
  }

  @Test
  void aPersonnummerIsRefusedWithWhatIsWrongWithItsSpelling() {
    JsonProblem masked = firstProblemWith("\"19121212-1212\"", "\"19121212-****\"");
    assertEquals(JsonProblemCode.INVALID_IDENTITY, masked.getCode());
    assertEquals("The personnummer \"19121212-****\" is masked and cannot be read; the sender must write it in full.",
        masked.getMessage(Locale.ENGLISH));
    JsonProblem form = firstProblemWith("\"19121212-1212\"", "\"1912-12-12\"");
    assertEquals(JsonProblemCode.INVALID_IDENTITY, form.getCode());
    assertEquals("The personnummer \"1912-12-12\" is not written as YYYYMMDD-NNNN, YYMMDD-NNNN or YYMMDD+NNNN"
        + " (the separator may be left out).", form.getMessage(Locale.ENGLISH));
  }

  @Test
  void aCodeMustBeAString() {
    JsonProblem problem = firstProblemWith("\"legalForm\": \"ekonomisk-forening\"", "\"legalForm\": 7");
    assertEquals(JsonProblemCode.WRONG_TYPE, problem.getCode());
    assertEquals("/bidders/0/legalForm", problem.getPointer());
    assertEquals("Expected a code (a string), found an integer.", problem.getMessage(Locale.ENGLISH));
  }

  @Test
  void aPositionInBothFormsIsNamedByItsFirstGridProperty() {
    String wgs84 = "\"lat\": 59.1995,\n            \"lon\": 17.8331";
    String position = "/bidders/0/sites/0/position";
    for (String[] grid : new String[][] {{"\"easting\": 670283.427", "/easting"},
        {"\"crs\": \"EPSG:3006\"", "/crs"}, {"\"northing\": 6570144.081, \"crs\": \"EPSG:3006\"", "/northing"}}) {
      JsonProblem problem = firstProblemWith(wgs84, wgs84 + ", " + grid[0]);
      assertEquals(JsonProblemCode.CONFLICTING_PROPERTIES, problem.getCode());
      assertEquals(position + grid[1], problem.getPointer());
      assertEquals("A position is either WGS 84 (lat, lon) or SWEREF 99 TM (northing, easting, crs), not both.",
          problem.getMessage(Locale.ENGLISH));
    }
    JsonProblem crs = firstProblemWith("\"crs\": \"EPSG:3006\"", "\"crs\": \"EPSG:4326\"");
    assertEquals(JsonProblemCode.INVALID_VALUE, crs.getCode());
    assertTrue(crs.getPointer().endsWith("/position/crs"), crs.getPointer());
    assertEquals("The reference system must be \"EPSG:3006\".", crs.getMessage(Locale.ENGLISH));
  }

  @Test
  void aFormatVersionBelowTheFirstIsNotSupported() {
    for (String version : List.of("0", "-1")) {
      JsonProblem problem = problems("{\"formatVersion\": " + version + ", \"bidders\": []}").get(0);
      assertEquals(JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, problem.getCode());
      assertEquals("/formatVersion", problem.getPointer());
      assertEquals("The format version " + version + " is not supported; this library reads versions 1 to 2.",
          problem.getMessage(Locale.ENGLISH));
    }
  }

  @Test
  void aBiddersReportNamesANullBidderAndBiddersThatAreNoArray() {
    String bidder = BIDDER.substring(BIDDER.indexOf("[{") + 1, BIDDER.lastIndexOf(']'));
    se.asf.json.base.BiddersReport report = json().readBiddersReport(
        "{\"formatVersion\": 2, \"bidders\": [null, " + bidder + "]}");
    assertEquals(1, report.getBidders().size());
    assertEquals(JsonProblemCode.NULL_VALUE, report.getProblems().get(0).getCode());
    assertEquals("/bidders/0", report.getProblems().get(0).getPointer());
    JsonProblem object = json().readBiddersReport("{\"formatVersion\": 2, \"bidders\": {}}").getProblems().get(0);
    assertEquals(JsonProblemCode.WRONG_TYPE, object.getCode());
    assertEquals("/bidders", object.getPointer());
    assertEquals("Expected an array, found an object.", object.getMessage(Locale.ENGLISH));
  }

  // ---------------------------------------------------------------------------- parser problems

  private static final String BIDDER = "{\"formatVersion\": 2, \"bidders\": [{\"name\": \"x\", \"organisationNumber\":"
      + " \"556987-4125\", \"legalForm\": \"aktiebolag\", \"sites\": [], \"businessActivities\": []}]}";

  private JsonProblem parsed(String from, String to) {
    assertTrue(BIDDER.contains(from), from);
    return problems(BIDDER.replace(from, to)).get(0);
  }

  @Test
  void eachLimitOfTheParserIsNamedWithItsFigure() {
    JsonProblem string = parsed("\"x\"", "\"" + "x".repeat(AsfJsonDocuments.MAX_STRING_LENGTH + 1) + "\"");
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, string.getCode());
    assertEquals("/bidders/0/name", string.getPointer());
    assertEquals("A string is longer than 1048576 characters.", string.getMessage(Locale.ENGLISH));
    JsonProblem number = parsed("\"x\"", "1" + "0".repeat(AsfJsonDocuments.MAX_NUMBER_LENGTH));
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, number.getCode());
    assertEquals("/bidders/0/name", number.getPointer());
    assertEquals("A number is longer than 100 characters.", number.getMessage(Locale.ENGLISH));
    // In a name the parser has not reached the value yet: the problem is the enclosing object's.
    JsonProblem name = parsed("\"sites\"", "\"" + "s".repeat(AsfJsonDocuments.MAX_NAME_LENGTH + 1) + "\"");
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, name.getCode());
    assertEquals("/bidders/0", name.getPointer());
    assertEquals("A property name is longer than 1024 characters.", name.getMessage(Locale.ENGLISH));
  }

  @Test
  void aRepeatedNameIsNamedWhereItIsRepeated() {
    JsonProblem problem = parsed("\"sites\": []", "\"sites\": [], \"name\": \"y\"");
    assertEquals(JsonProblemCode.DUPLICATE_PROPERTY, problem.getCode());
    assertEquals("/bidders/0/name", problem.getPointer());
    assertEquals("The property \"name\" appears more than once.", problem.getMessage(Locale.ENGLISH));
  }

  @Test
  void brokenJsonIsNamedByTheValueBeingReadOrTheObjectAroundIt() {
    // After a name, and after a string (whose text the parser may still hold unread): that value.
    assertEquals("/bidders/0/name", parsed("\"name\": \"x\"", "\"name\" \"x\"").getPointer());
    assertEquals("/bidders/0/name", parsed("\"x\", ", "\"x\" ").getPointer());
    // After a value read whole, before the next name: the object around it.
    JsonProblem afterArray = parsed("\"sites\": [], ", "\"sites\": [] ");
    assertEquals(JsonProblemCode.SYNTAX, afterArray.getCode());
    assertEquals("/bidders/0", afterArray.getPointer());
    assertEquals("The document is not well-formed JSON (line 1, column "
        + (BIDDER.indexOf("\"businessActivities\"") + 1 - 1) + ").", afterArray.getMessage(Locale.ENGLISH));
  }

  // ------------------------------------------------------------------------- the document's bytes

  @Test
  void everyByteOrderMarkIsRefusedAsOne() {
    byte[] document = EMPTY.getBytes(StandardCharsets.UTF_8);
    byte[][] marks = {{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xFF, (byte) 0xFE}};
    for (byte[] mark : marks) {
      byte[] marked = new byte[mark.length + document.length];
      System.arraycopy(mark, 0, marked, 0, mark.length);
      System.arraycopy(document, 0, marked, mark.length, document.length);
      JsonProblem problem = problems(marked).get(0);
      assertEquals(JsonProblemCode.ENCODING, problem.getCode());
      assertEquals("", problem.getPointer());
      assertEquals("The document starts with a byte-order mark; send UTF-8 without one.",
          problem.getMessage(Locale.ENGLISH));
    }
  }

  @Test
  void utf8IsCheckedToTheLastByte() {
    // Far past the first buffer of a decoder: a Latin-1 byte in a string near the end.
    String padding = " ".repeat(100_000);
    byte[] start = ("{\"formatVersion\": 2," + padding + "\"bidders\": [{\"name\": \"").getBytes(StandardCharsets.UTF_8);
    byte[] end = "\"}]}".getBytes(StandardCharsets.UTF_8);
    byte[] document = new byte[start.length + 1 + end.length];
    System.arraycopy(start, 0, document, 0, start.length);
    document[start.length] = (byte) 0xE5;
    System.arraycopy(end, 0, document, start.length + 1, end.length);
    JsonProblem problem = problems(document).get(0);
    assertEquals(JsonProblemCode.ENCODING, problem.getCode());
    assertEquals("The document is not valid UTF-8 (at byte " + start.length + ").", problem.getMessage(Locale.ENGLISH));
  }

  @Test
  void aDocumentOfExactlyTheLimitIsReadAndOneByteMoreIsNot() {
    int limit = AsfJsonDocuments.MAX_DOCUMENT_BYTES;
    byte[] document = new byte[limit];
    Arrays.fill(document, (byte) ' ');
    byte[] empty = EMPTY.getBytes(StandardCharsets.UTF_8);
    System.arraycopy(empty, 0, document, 0, empty.length);
    assertEquals(List.of(), json().readBidders(new ByteArrayInputStream(document)));
    assertEquals(List.of(), json().readBidders(new String(document, StandardCharsets.US_ASCII)));

    String tooLarge = "The document is larger than 16777216 bytes.";
    byte[] over = Arrays.copyOf(document, limit + 1);
    over[limit] = ' ';
    JsonProblem fromStream = problems(over).get(0);
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, fromStream.getCode());
    assertEquals("", fromStream.getPointer());
    assertEquals(tooLarge, fromStream.getMessage(Locale.ENGLISH));
    // Text over the limit is refused for its size before anything in it is looked at.
    String text = new String(over, StandardCharsets.US_ASCII).replaceFirst("\\[", "[\"\uD800\"");
    assertEquals(limit + 1 + 3, text.length());
    JsonProblem fromText = problems(text).get(0);
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, fromText.getCode());
    assertEquals(tooLarge, fromText.getMessage(Locale.ENGLISH));
    assertEquals(JsonProblemCode.ENCODING, problems(EMPTY.replace("[", "[\"\uD800\"")).get(0).getCode());
  }

  // ------------------------------------------------------------------------------------- writing

  @Test
  void aValueThatCannotBeWrittenIsNamedByItsIndexAndPath() {
    List<Enterprise> bidders = json().readBidders(resource(EXAMPLE));
    Enterprise farFuture = bidders.get(1).toBuilder().workforce(se.asf.core.workforce.Workforce.builder()
        .period(se.asf.core.DatePeriod.ofDate(java.time.LocalDate.of(10_000, 1, 1))).build()).build();
    AsfJsonException e = assertThrows(AsfJsonException.class,
        () -> json().writeBidders(List.of(bidders.get(0), farFuture, bidders.get(2))));
    assertEquals("/bidders/1/workforce/period/start", e.getProblems().get(0).getPointer());
    assertEquals("The date +10000-01-01 cannot be written: the format has the years 0000 to 9999.",
        e.getProblems().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void theFirstAndLastYearsOfTheFormatAreWrittenAndTheYearBeforeIsNot() {
    Enterprise bidder = json().readBidders(resource(EXAMPLE)).get(1);
    for (java.time.LocalDate date : List.of(java.time.LocalDate.of(0, 1, 1), java.time.LocalDate.of(9999, 12, 31))) {
      String written = json().writeEnterprise(bidder.toBuilder().workforce(se.asf.core.workforce.Workforce.builder()
          .period(se.asf.core.DatePeriod.ofDate(date)).build()).build());
      assertTrue(written.contains("\"start\": \"" + date + "\""), written);
    }
    Enterprise yearBefore = bidder.toBuilder().workforce(se.asf.core.workforce.Workforce.builder()
        .period(se.asf.core.DatePeriod.ofDate(java.time.LocalDate.of(-1, 12, 31))).build()).build();
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> json().writeEnterprise(yearBefore));
    assertEquals("/enterprise/workforce/period/start", e.getProblems().get(0).getPointer());
    assertEquals("The date -0001-12-31 cannot be written: the format has the years 0000 to 9999.",
        e.getProblems().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void aDecimalOfExactlyTheNumberLimitIsReadAndWrittenBack() {
    // 0. and 98 digits: 100 characters, the longest number read.
    String longest = "0." + "3".repeat(98);
    assertEquals(AsfJsonDocuments.MAX_NUMBER_LENGTH, longest.length());
    String document = resource(EXAMPLE).replaceFirst("\"share\": 1\n", "\"share\": " + longest + "\n");
    List<Enterprise> bidders = json().readBidders(document);
    assertTrue(json().writeBidders(bidders).contains("\"share\": " + longest + "\n"));
  }

  @Test
  void controlCharactersFromDelOnAreWrittenAsEscapes() {
    Enterprise bidder = json().readBidders(resource(EXAMPLE)).get(0);
    String written = json().writeEnterprise(bidder.toBuilder().name("A\u007F\u0080\u009F\u00A0\u00E5B").build());
    assertTrue(written.contains("\"name\": \"A\\u007F\\u0080\\u009F\u00A0\u00E5B\""), written);
  }

  @Test
  void aDocumentWrittenToAStreamIsFlushed() {
    List<Enterprise> bidders = json().readBidders(resource(EXAMPLE));
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    json().writeBidders(bidders, new BufferedOutputStream(sink, 1 << 20));
    assertEquals(json().writeBidders(bidders), sink.toString(StandardCharsets.UTF_8));

    ByteArrayOutputStream one = new ByteArrayOutputStream();
    json().writeEnterprise(bidders.get(0), new BufferedOutputStream(one, 1 << 20));
    assertEquals(json().writeEnterprise(bidders.get(0)), one.toString(StandardCharsets.UTF_8));
  }
}
