package se.asf.json.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.BiddersReport;
import se.asf.json.base.JsonProblem;
import se.asf.json.base.JsonProblemCode;

/**
 * A corpus of hostile documents, each rejected with {@link AsfJsonException}, the expected code and
 * the exact JSON Pointer, with a Swedish and an English message that never hold a full personnummer.
 * They run in one test, in one JVM with the default heap, so a document that exhausted the stack or
 * the heap would fail it. Declared once, here, and run by each Jackson module's subclass against
 * its own {@code AsfJson}; the corpus files are under {@code hostile/} in this test jar.
 */
public abstract class HostileInputContract {
  /** The clock every reader of the corpus stands on: 2026-01-15 in UTC. */
  public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-15T00:00:00Z"), ZoneOffset.UTC);
  private static final String LINE0 = "/bidders/0/workforce/lines/0";
  private static final String POSITION = "/bidders/0/sites/0/position";
  /** A full personnummer in any common spelling: 10 or 12 digits, separator -, +, an en dash, a space or none. */
  private static final Pattern PERSONNUMMER =
      Pattern.compile("(?<![0-9])(?:[0-9]{2})?[0-9]{2}(0[1-9]|1[0-2])[0-9]{2}[-+\u2013 ]?[0-9]{4}(?![0-9])");

  /**
   * Returns the reader and writer under test, standing on {@link #CLOCK}, personnummer masked.
   *
   * @return the instance
   */
  protected abstract AsfJsonDocuments json();

  /**
   * One hostile document and what the reader must say about it.
   *
   * @param name the file name, or what the generated document is
   * @param input the document
   * @param reader which document it is read as
   * @param code the first problem's code
   * @param pointer the first problem's pointer
   */
  public record Case(String name, Supplier<InputStream> input, Reader reader, JsonProblemCode code, String pointer) {}

  /** Which document a case is read as. */
  public enum Reader {
    /** A bidders document. */
    BIDDERS,
    /** A procurement document. */
    PROCUREMENT,
    /** An assessment report. */
    ASSESSMENTS
  }

  private static Case file(String name, JsonProblemCode code, String pointer) {
    Reader reader = name.contains(".bidders.") ? Reader.BIDDERS
        : name.contains(".procurement.") ? Reader.PROCUREMENT : Reader.ASSESSMENTS;
    return new Case(name, () -> new ByteArrayInputStream(resource("hostile/" + name)), reader, code, pointer);
  }

  private static Case generated(String name, Supplier<String> text, JsonProblemCode code, String pointer) {
    return new Case(name, () -> new ByteArrayInputStream(text.get().getBytes(StandardCharsets.UTF_8)),
        Reader.BIDDERS, code, pointer);
  }

  private static String bidderWith(String name, String heads) {
    return "{\"formatVersion\": 1, \"bidders\": [{\"name\": \"" + name + "\", \"organisationNumber\": \"556987-4125\","
        + " \"legalForm\": \"aktiebolag\", \"sites\": [], \"businessActivities\": [], \"workforce\": {\"period\":"
        + " {\"start\": \"2017-12-01\", \"end\": \"2017-12-01\"}, \"lines\": [{\"form\": \"employment\", \"group\":"
        + " \"none\", \"heads\": " + heads + ", \"fullTimeEquivalents\": 1}]}}]}";
  }

  private static byte[] resource(String path) {
    try (InputStream in = HostileInputContract.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + path);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the whole corpus.
   *
   * @return every case
   */
  public static List<Case> corpus() {
    List<Case> cases = new ArrayList<>();
    // JSON syntax and tokens
    cases.add(file("nan.bidders.json", JsonProblemCode.SYNTAX, POSITION + "/lat"));
    cases.add(file("infinity.procurement.json", JsonProblemCode.SYNTAX, "/procurement/geographicRequirement/radiusMetres"));
    cases.add(file("negative-infinity.bidders.json", JsonProblemCode.SYNTAX, POSITION + "/lat"));
    cases.add(file("single-quotes.bidders.json", JsonProblemCode.SYNTAX, ""));
    cases.add(file("comment.bidders.json", JsonProblemCode.SYNTAX, ""));
    cases.add(file("trailing-comma.bidders.json", JsonProblemCode.SYNTAX, ""));
    cases.add(file("leading-zero.bidders.json", JsonProblemCode.SYNTAX, LINE0 + "/heads"));
    cases.add(file("unterminated.bidders.json", JsonProblemCode.SYNTAX, "/bidders/0/ownership/owners/0/name"));
    cases.add(file("missing-comma.bidders.json", JsonProblemCode.SYNTAX, LINE0));
    cases.add(file("duplicate-key.bidders.json", JsonProblemCode.DUPLICATE_PROPERTY, "/bidders/0/name"));
    cases.add(file("trailing-garbage.bidders.json", JsonProblemCode.TRAILING_CONTENT, ""));
    cases.add(file("trailing-document.bidders.json", JsonProblemCode.TRAILING_CONTENT, ""));
    // encoding and emptiness
    cases.add(file("empty.bidders.json", JsonProblemCode.EMPTY_DOCUMENT, ""));
    cases.add(file("whitespace-only.bidders.json", JsonProblemCode.EMPTY_DOCUMENT, ""));
    cases.add(file("bom.bidders.json", JsonProblemCode.ENCODING, ""));
    cases.add(file("utf16.bidders.json", JsonProblemCode.ENCODING, ""));
    cases.add(file("invalid-utf8.bidders.json", JsonProblemCode.ENCODING, ""));
    cases.add(file("overlong-utf8.bidders.json", JsonProblemCode.ENCODING, ""));
    cases.add(file("nul-byte.bidders.json", JsonProblemCode.ENCODING, ""));
    cases.add(file("unpaired-surrogate.bidders.json", JsonProblemCode.ENCODING, "/bidders/0/sites/0/name"));
    // document structure and types
    cases.add(file("root-array.bidders.json", JsonProblemCode.WRONG_TYPE, ""));
    cases.add(file("format-version-2.bidders.json", JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "/formatVersion"));
    cases.add(file("format-version-string.bidders.json", JsonProblemCode.WRONG_TYPE, "/formatVersion"));
    cases.add(file("format-version-missing.bidders.json", JsonProblemCode.MISSING_PROPERTY, "/formatVersion"));
    cases.add(file("content-missing.procurement.json", JsonProblemCode.MISSING_PROPERTY, "/procurement"));
    cases.add(file("unknown-field.bidders.json", JsonProblemCode.UNKNOWN_PROPERTY, "/bidders/0/website"));
    cases.add(file("missing-required.bidders.json", JsonProblemCode.MISSING_PROPERTY, "/bidders/0/legalForm"));
    cases.add(file("null-required.bidders.json", JsonProblemCode.NULL_VALUE, "/bidders/0/name"));
    cases.add(file("null-optional.bidders.json", JsonProblemCode.NULL_VALUE, "/bidders/0/purpose"));
    cases.add(file("null-element.bidders.json", JsonProblemCode.NULL_VALUE, "/bidders/0/sites/0"));
    cases.add(file("wrong-type-string-for-int.bidders.json", JsonProblemCode.WRONG_TYPE, LINE0 + "/heads"));
    cases.add(file("wrong-type-float-for-int.bidders.json", JsonProblemCode.WRONG_TYPE, LINE0 + "/heads"));
    cases.add(file("wrong-type-object-for-list.bidders.json", JsonProblemCode.WRONG_TYPE, "/bidders/0/sites"));
    cases.add(file("wrong-type-string-for-boolean.procurement.json", JsonProblemCode.WRONG_TYPE,
        "/procurement/volumesGuaranteed"));
    cases.add(file("integer-out-of-range.bidders.json", JsonProblemCode.INVALID_VALUE, LINE0 + "/heads"));
    cases.add(file("number-for-enum.bidders.json", JsonProblemCode.WRONG_TYPE, "/bidders/0/legalForm"));
    cases.add(file("unknown-enum-code.bidders.json", JsonProblemCode.UNKNOWN_CODE, "/bidders/0/legalForm"));
    cases.add(file("duplicate-code.procurement.json", JsonProblemCode.INVALID_VALUE,
        "/procurement/additionalRequirements/1"));
    // numbers
    cases.add(file("1e400-decimal.procurement.json", JsonProblemCode.LIMIT_EXCEEDED,
        "/procurement/geographicRequirement/radiusMetres"));
    cases.add(file("1e400-coordinate.bidders.json", JsonProblemCode.INVARIANT_VIOLATED, POSITION + "/lat"));
    cases.add(file("tiny-decimal.bidders.json", JsonProblemCode.LIMIT_EXCEEDED,
        "/bidders/0/workforce/lines/1/fullTimeEquivalents"));
    // asf-core invariants
    cases.add(file("negative-count.bidders.json", JsonProblemCode.INVARIANT_VIOLATED, LINE0 + "/heads"));
    cases.add(file("fte-exceeds-heads.bidders.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/bidders/0/workforce/lines/1/fullTimeEquivalents"));
    cases.add(file("share-above-one.bidders.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/bidders/0/ownership/owners/0/share"));
    cases.add(file("latitude-91.bidders.json", JsonProblemCode.INVARIANT_VIOLATED, POSITION + "/lat"));
    cases.add(file("duplicate-workforce-line.bidders.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/bidders/0/workforce/lines"));
    cases.add(file("period-ends-before-start.bidders.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/bidders/0/workforce/period/end"));
    cases.add(file("invalid-date.bidders.json", JsonProblemCode.INVALID_VALUE, "/bidders/0/workforce/period/end"));
    cases.add(file("threshold-below-30.procurement.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/procurement/shareRequirement/threshold"));
    cases.add(file("deadline-after-start.procurement.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/procurement/tenderDeadline"));
    cases.add(file("negative-period.procurement.json", JsonProblemCode.INVALID_VALUE,
        "/procurement/averagePlacementLength"));
    cases.add(file("mixed-position-forms.bidders.json", JsonProblemCode.CONFLICTING_PROPERTIES, POSITION + "/northing"));
    cases.add(file("wrong-crs.bidders.json", JsonProblemCode.INVALID_VALUE, POSITION + "/crs"));
    cases.add(file("northing-out-of-area.bidders.json", JsonProblemCode.INVARIANT_VIOLATED, POSITION + "/northing"));
    // identities
    cases.add(file("invalid-organisation-number.bidders.json", JsonProblemCode.INVALID_IDENTITY,
        "/bidders/0/organisationNumber"));
    cases.add(file("organisation-number-spaced.bidders.json", JsonProblemCode.INVALID_IDENTITY,
        "/bidders/0/organisationNumber"));
    cases.add(file("organisation-number-vat-suffix.bidders.json", JsonProblemCode.INVALID_IDENTITY,
        "/bidders/0/organisationNumber"));
    cases.add(file("personnummer-in-organisation-number.bidders.json", JsonProblemCode.INVALID_IDENTITY,
        "/bidders/0/organisationNumber"));
    for (String name : List.of("personnummer-masked-10-digit", "personnummer-12-digit-plus",
        "personnummer-10-digit-check-digit", "personnummer-plus-check-digit", "personnummer-spaced")) {
      cases.add(file(name + ".bidders.json", JsonProblemCode.INVALID_IDENTITY, "/bidders/0/personalIdentityNumber"));
    }
    cases.add(file("personnummer-masked.bidders.json", JsonProblemCode.INVALID_IDENTITY,
        "/bidders/0/personalIdentityNumber"));
    cases.add(file("personnummer-check-digit.bidders.json", JsonProblemCode.INVALID_IDENTITY,
        "/bidders/0/personalIdentityNumber"));
    cases.add(file("personnummer-future.bidders.json", JsonProblemCode.INVALID_IDENTITY,
        "/bidders/0/personalIdentityNumber"));
    cases.add(file("both-identities.bidders.json", JsonProblemCode.CONFLICTING_PROPERTIES,
        "/bidders/0/personalIdentityNumber"));
    cases.add(file("no-identity.bidders.json", JsonProblemCode.MISSING_PROPERTY, "/bidders/0/organisationNumber"));
    cases.add(file("legal-form-identity-mismatch.bidders.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/bidders/0/legalForm"));
    cases.add(file("public-body-as-aktiebolag.bidders.json", JsonProblemCode.INVARIANT_VIOLATED,
        "/bidders/0/legalForm"));
    cases.add(file("personnummer-property-name.bidders.json", JsonProblemCode.UNKNOWN_PROPERTY,
        "/bidders/0/19121212-****"));
    cases.add(file("personnummer-en-dash-property-name.bidders.json", JsonProblemCode.UNKNOWN_PROPERTY,
        "/bidders/0/19121212\u2013****"));
    cases.add(generated("a property name with terminal control sequences",
        () -> bidderWith("x", "1").replace("\"name\": \"x\"", "\"name\": \"x\", \"a\\u001b]0;title\\u0007b\": 1"),
        JsonProblemCode.UNKNOWN_PROPERTY, "/bidders/0/a\\u001B]0;title\\u0007b"));
    cases.add(generated("a property named like a personnummer with a slash",
        () -> bidderWith("x", "1").replace("\"name\": \"x\"", "\"name\": \"x\", \"19121212/1212\": 1"),
        JsonProblemCode.UNKNOWN_PROPERTY, "/bidders/0/19121212~1****"));
    for (Reader reader : Reader.values()) {
      cases.add(new Case("a document that is just null, read as " + reader,
          () -> new ByteArrayInputStream("null".getBytes(StandardCharsets.UTF_8)), reader, JsonProblemCode.WRONG_TYPE, ""));
    }
    // results
    cases.add(file("outcome-mismatch.assessments.json", JsonProblemCode.INVALID_VALUE, "/assessments/0/outcome"));
    cases.add(file("figure-value-type.assessments.json", JsonProblemCode.WRONG_TYPE,
        "/assessments/0/findings/0/figures/0/value"));
    cases.add(file("reason-outcome-mismatch.assessments.json", JsonProblemCode.INVALID_VALUE,
        "/assessments/0/findings/0/outcome"));
    cases.add(file("displayed-distance.assessments.json", JsonProblemCode.INVALID_VALUE,
        "/assessments/0/findings/0/sites/0/displayedMetres"));
    cases.add(file("figure-not-text.assessments.json", JsonProblemCode.WRONG_TYPE,
        "/assessments/0/findings/0/figures/a~1b~0c"));
    cases.add(file("message-language-missing.assessments.json", JsonProblemCode.MISSING_PROPERTY,
        "/assessments/0/findings/0/message/en"));
    cases.add(file("warning-without-position.assessments.json", JsonProblemCode.CONFLICTING_PROPERTIES,
        "/assessments/0/findings/0/sites/0/centre"));

    // generated: too large to keep as files
    cases.add(generated("10 000 [ at the top", () -> "[".repeat(10_000), JsonProblemCode.WRONG_TYPE, ""));
    cases.add(generated("10 000 [ for the bidders", () -> "{\"formatVersion\": 1, \"bidders\": " + "[".repeat(10_000),
        JsonProblemCode.WRONG_TYPE, "/bidders/0"));
    cases.add(generated("10 000 nested objects for a name",
        () -> bidderWith("x", "1").replace("\"name\": \"x\"", "\"name\": " + "{\"a\": ".repeat(10_000)),
        JsonProblemCode.WRONG_TYPE, "/bidders/0/name"));
    cases.add(generated("a 10 MB string", () -> bidderWith("x".repeat(10_000_000), "1"),
        JsonProblemCode.LIMIT_EXCEEDED, "/bidders/0/name"));
    cases.add(generated("a 5 000-digit number", () -> bidderWith("x", "9".repeat(5_000)),
        JsonProblemCode.LIMIT_EXCEEDED, LINE0 + "/heads"));
    cases.add(generated("a 2 000-character property name",
        () -> bidderWith("x", "1").replace("\"sites\"", "\"" + "s".repeat(2_000) + "\""),
        JsonProblemCode.LIMIT_EXCEEDED, "/bidders/0"));
    cases.add(generated("a 17 MiB document", () -> bidderWith("x", "1") + " ".repeat(17 * 1024 * 1024),
        JsonProblemCode.LIMIT_EXCEEDED, ""));
    cases.add(new Case("an endless stream", EndlessStream::new, Reader.BIDDERS, JsonProblemCode.LIMIT_EXCEEDED, ""));
    return cases;
  }

  @Test
  void everyHostileDocumentIsRejectedWithItsCodeAndPointer() {
    List<String> failures = new ArrayList<>();
    List<Case> corpus = corpus();
    for (Case c : corpus) {
      try {
        Object read = read(json(), c);
        failures.add(c.name() + ": accepted as " + read);
      } catch (AsfJsonException e) {
        check(c, e.getProblems(), List.of(e.getMessage(), e.getMessage(Locale.ENGLISH)), failures);
      } catch (Throwable t) { // NOPMD: a StackOverflowError or OutOfMemoryError must fail the test, not the run
        failures.add(c.name() + ": " + t);
      }
    }
    assertTrue(corpus.size() >= 30, "the corpus has at least 30 documents");
    assertEquals(List.of(), failures);
  }

  /**
   * Read whole, every hostile bidders document gives the same problem first, with the same code,
   * pointer and messages, and no bidder after a structural problem.
   */
  @Test
  void readWholeEveryHostileBiddersDocumentGivesTheSameProblem() throws Exception {
    List<String> failures = new ArrayList<>();
    for (Case c : corpus()) {
      if (c.reader() != Reader.BIDDERS) {
        continue;
      }
      BiddersReport report;
      try (InputStream in = c.input().get()) {
        report = json().readBiddersReport(in);
      }
      if (report.getProblems().isEmpty()) {
        failures.add(c.name() + ": no problem read whole");
        continue;
      }
      JsonProblem first = report.getProblems().get(0);
      if (first.getCode() != c.code() || !first.getPointer().equals(c.pointer())) {
        failures.add(c.name() + ": read whole, expected " + c.code() + " at '" + c.pointer() + "', got " + first);
      }
      check(c, report.getProblems(), List.of(), failures);
    }
    assertEquals(List.of(), failures);
  }

  /**
   * Reads a case with a reader and writer.
   *
   * @param json the reader
   * @param c the case
   * @return what was read, if anything was
   * @throws Exception whatever the reader throws
   */
  public static Object read(AsfJsonDocuments json, Case c) throws Exception {
    try (InputStream in = c.input().get()) {
      return switch (c.reader()) {
        case BIDDERS -> json.readBidders(in);
        case PROCUREMENT -> json.readProcurement(in);
        case ASSESSMENTS -> json.readAssessmentReport(in);
      };
    }
  }

  private static void check(Case c, List<JsonProblem> problems, List<String> summaries, List<String> failures) {
    JsonProblem first = problems.get(0);
    if (first.getCode() != c.code() || !first.getPointer().equals(c.pointer())) {
      failures.add(c.name() + ": expected " + c.code() + " at '" + c.pointer() + "', got " + problems);
    }
    for (JsonProblem problem : problems) {
      String sv = problem.getMessage(Locale.forLanguageTag("sv"));
      String en = problem.getMessage(Locale.ENGLISH);
      if (sv.isBlank() || en.isBlank() || sv.equals(en)) {
        failures.add(c.name() + ": messages missing or untranslated: " + sv + " / " + en);
      }
      List<String> messages = new ArrayList<>(List.of(sv, en, problem.getPointer()));
      messages.addAll(summaries);
      for (String message : messages) {
        Matcher personnummer = PERSONNUMMER.matcher(message);
        if (personnummer.find()) {
          failures.add(c.name() + ": a message or pointer shows a personnummer: " + personnummer.group());
        }
        if (message.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n')) {
          failures.add(c.name() + ": a message or pointer holds a control character: " + message);
        }
        if (message.length() > 1000) {
          failures.add(c.name() + ": a message is " + message.length() + " characters long");
        }
      }
    }
  }

  @Test
  void aFullPersonnummerInAnyMessageIsCaughtByTheCheck() {
    assertTrue(PERSONNUMMER.matcher("x 19121212-1212 y").find());
    assertTrue(PERSONNUMMER.matcher("x 121212-1212 y").find());
    assertTrue(PERSONNUMMER.matcher("x 191212121212 y").find());
    assertTrue(PERSONNUMMER.matcher("x 19121212\u20131212 y").find());
    assertTrue(!PERSONNUMMER.matcher("x 19121212-**** y").find());
    assertTrue(!PERSONNUMMER.matcher("x 556987-4125 y").find());
  }

  @Test
  void theOrganisationNumberOfTheBaseDocumentIsValidSoEachCaseBreaksOneThing() {
    try {
      json().readBidders(bidderWith("Testbolaget AB", "1"));
    } catch (AsfJsonException e) {
      fail(e.getProblems().toString());
    }
  }

  /** A stream that never ends: the reader must stop after the size limit. */
  private static final class EndlessStream extends InputStream {
    @Override
    public int read() {
      return ' ';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) ' ');
      return len;
    }
  }
}
