package se.asf.json.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.base.internal.Codecs;
import se.asf.json.base.internal.DocumentCodec;
import se.asf.json.base.internal.ElementProblems;
import se.asf.json.base.internal.JsonSyntax;
import se.asf.json.base.internal.JsonText;
import se.asf.json.base.internal.ParseFailure;
import se.asf.json.base.internal.Rules;
import se.asf.json.base.internal.TokenReader;
import se.asf.json.base.internal.Out;
import se.asf.json.base.internal.Scalars;
import se.asf.json.base.internal.ValueReader;
import se.asf.json.base.internal.ValueWriter;
import se.asf.json.base.internal.WireFailure;
import se.asf.rules.Assessment;

/**
 * Reads and writes the asf JSON documents, ready for untrusted input: the behaviour of
 * {@code se.asf.json.AsfJson} (Jackson 2) and {@code se.asf.json.jackson3.AsfJson} (Jackson 3),
 * which add only how Jackson is reached. Both read and write the same bytes in the same way.
 *
 * <p>Four documents, each an object with {@code "formatVersion"} and one content property: an
 * enterprise ({@code "enterprise"}), the bidders of a procurement ({@code "bidders"}), a reserved
 * procurement ({@code "procurement"}) and an assessment report ({@code "assessments"}); see the
 * JSON Schemas shipped under {@code se/asf/json/schema/} ({@link AsfDocument}).
 *
 * <p><b>Reading.</b> Every failure becomes one {@link AsfJsonException}, with the JSON Pointer of the
 * value at fault and a message in Swedish and English. The reader accepts exactly one JSON value,
 * UTF-8 without a byte-order mark, and rejects: unknown properties, repeated property names,
 * {@code null} anywhere, a JSON type where another is expected (no coercion: not {@code "1"} for
 * {@code 1}, not {@code 1} for a code), unknown codes, {@code NaN} and {@code Infinity}, comments,
 * single quotes, leading zeros, trailing commas, trailing content, and any document over these
 * limits (set on the instance's own parser factory; Jackson's global defaults are left alone):
 *
 * <ul>
 *   <li>document size {@value #MAX_DOCUMENT_BYTES} bytes (16 MiB), enforced while the input is read;
 *   <li>nesting depth {@value #MAX_NESTING_DEPTH};
 *   <li>string length {@value #MAX_STRING_LENGTH} characters (1 MiB);
 *   <li>number length {@value #MAX_NUMBER_LENGTH} characters, also for the plain (exponent-free)
 *       form of an exact decimal, so {@code 1e400} is refused where a decimal is expected;
 *   <li>property-name length {@value #MAX_NAME_LENGTH} characters.
 * </ul>
 *
 * <p>Reading stops at the first problem, except for {@link #readBiddersReport(String)}. A value that
 * breaks an asf-core invariant is reported at the attribute that broke it
 * ({@code /bidders/3/workforce/lines/0/fullTimeEquivalents}).
 *
 * <p><b>Writing</b> is canonical: properties in a fixed order, two-space indentation, {@code \n}
 * line ends, UTF-8, a final line end; so writing what was read gives the same bytes. Besides what
 * JSON requires, DEL, C1 control characters, format characters and line and paragraph separators in
 * strings are written as {@code \}{@code uXXXX} escapes, so a document shown in a terminal cannot
 * drive it. A personnummer is masked unless {@link AsfJsonFeature#WRITE_FULL_PERSONNUMMER} is
 * enabled, and a masked document cannot be read back.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it. Only the Jackson modules of
 * this library extend this class.
 */
public abstract class AsfJsonDocuments {
  /** The largest document read, in bytes: 16 MiB. */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value read, in characters: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;
  /** The longest number read, in characters; also the longest plain form of an exact decimal. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1024;

  private final AsfSettings settings;
  private final JsonSyntax syntax;
  private final DocumentCodec documents;

  /**
   * Creates the reader and writer of one Jackson major.
   *
   * @param settings the settings
   * @param syntax how that major's strict parser is opened
   */
  @SuppressWarnings("exports") // the parser hook is for this library's Jackson modules only
  protected AsfJsonDocuments(AsfSettings settings, JsonSyntax syntax) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.syntax = Objects.requireNonNull(syntax, "syntax");
    this.documents = new DocumentCodec(new Codecs(settings));
  }

  /**
   * Returns the settings this instance reads and writes with.
   *
   * @return the settings
   */
  public AsfSettings settings() {
    return settings;
  }

  // ---------------------------------------------------------------------------------------- reading

  /**
   * Reads an enterprise document, {@code {"formatVersion": 2, "enterprise": {...}}} (format 1 is still read).
   *
   * @param in the document, UTF-8; read to its end (at most {@value #MAX_DOCUMENT_BYTES} bytes) and
   *     not closed
   * @return the enterprise
   * @throws AsfJsonException if the document is not a valid enterprise document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Enterprise readEnterprise(InputStream in) {
    return read(bytes(in), AsfDocument.ENTERPRISE, documents.enterprise());
  }

  /**
   * Reads an enterprise document from text.
   *
   * @param json the document
   * @return the enterprise
   * @throws AsfJsonException if the document is not a valid enterprise document
   */
  public Enterprise readEnterprise(String json) {
    return read(bytes(json), AsfDocument.ENTERPRISE, documents.enterprise());
  }

  /**
   * Reads a bidders document, {@code {"formatVersion": 2, "bidders": [...]}} (format 1 is still read).
   *
   * @param in the document, UTF-8; read to its end and not closed
   * @return the bidders, in order
   * @throws AsfJsonException if the document is not a valid bidders document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public List<Enterprise> readBidders(InputStream in) {
    return read(bytes(in), AsfDocument.BIDDERS, documents.bidders(null));
  }

  /**
   * Reads a bidders document from text.
   *
   * @param json the document
   * @return the bidders, in order
   * @throws AsfJsonException if the document is not a valid bidders document
   */
  public List<Enterprise> readBidders(String json) {
    return read(bytes(json), AsfDocument.BIDDERS, documents.bidders(null));
  }

  /**
   * Reads a bidders document whole: every bidder that can be read, and the problems of every one
   * that cannot, in one pass (see {@link BiddersReport} for the bound and for what ends the
   * reading early). It throws for no problem of the document.
   *
   * @param in the document, UTF-8; read to its end and not closed
   * @return the bidders read and the problems
   * @throws UncheckedIOException if the stream cannot be read
   */
  public BiddersReport readBiddersReport(InputStream in) {
    return biddersReport(bytes(in));
  }

  /**
   * Reads a bidders document whole, from text.
   *
   * @param json the document
   * @return the bidders read and the problems
   */
  public BiddersReport readBiddersReport(String json) {
    return biddersReport(bytes(json));
  }

  private BiddersReport biddersReport(byte[] bytes) {
    ElementProblems collector = new ElementProblems(BiddersReport.MAX_REFUSED_BIDDERS);
    List<JsonProblem> structural = List.of();
    try {
      read(bytes, AsfDocument.BIDDERS, documents.bidders(collector));
    } catch (AsfJsonException e) {
      structural = e.getProblems();
    }
    List<JsonProblem> problems = new ArrayList<>();
    for (WireFailure refused : collector.refused()) {
      problems.addAll(ProblemReports.from(refused));
    }
    problems.addAll(structural);
    return new BiddersReport(collector.accepted(), problems, collector.seen(),
        structural.isEmpty() && !collector.truncated());
  }

  /**
   * Reads a reserved-procurement document, {@code {"formatVersion": 2, "procurement": {...}}} (format 1 is still read).
   *
   * @param in the document, UTF-8; read to its end and not closed
   * @return the procurement
   * @throws AsfJsonException if the document is not a valid procurement document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReservedProcurement readProcurement(InputStream in) {
    return read(bytes(in), AsfDocument.PROCUREMENT, documents.procurement());
  }

  /**
   * Reads a reserved-procurement document from text.
   *
   * @param json the document
   * @return the procurement
   * @throws AsfJsonException if the document is not a valid procurement document
   */
  public ReservedProcurement readProcurement(String json) {
    return read(bytes(json), AsfDocument.PROCUREMENT, documents.procurement());
  }

  /**
   * Reads an assessment-report document, {@code {"formatVersion": 2, "assessments": [...]}}; format
   * 1 reports are read too. Needs asf-rules.
   *
   * @param in the document, UTF-8; read to its end and not closed
   * @return the assessments, in order
   * @throws AsfJsonException if the document is not a valid assessment report
   * @throws UncheckedIOException if the stream cannot be read
   * @throws IllegalStateException if asf-rules is not present
   */
  public List<Assessment> readAssessmentReport(InputStream in) {
    ValueReader<List<Assessment>> content = Scalars.listOf(assessmentCodec());
    return read(bytes(in), AsfDocument.ASSESSMENT_REPORT, content);
  }

  /**
   * Reads an assessment-report document from text. Needs asf-rules.
   *
   * @param json the document
   * @return the assessments, in order
   * @throws AsfJsonException if the document is not a valid assessment report
   * @throws IllegalStateException if asf-rules is not present
   */
  public List<Assessment> readAssessmentReport(String json) {
    ValueReader<List<Assessment>> content = Scalars.listOf(assessmentCodec());
    return read(bytes(json), AsfDocument.ASSESSMENT_REPORT, content);
  }

  // -------------------------------------------------------------------------------------- streaming

  /**
   * Reads a bidders document one bidder at a time, at most {@link BidderStream#DEFAULT_MAX_BIDDERS}
   * bidders; see {@link BidderStream} for the limits and problems.
   *
   * @param in the document, UTF-8; closed when the stream is
   * @return the bidders, as they are read
   */
  public BidderStream streamBidders(InputStream in) {
    return streamBidders(in, BidderStream.DEFAULT_MAX_BIDDERS);
  }

  /**
   * Reads a bidders document one bidder at a time, at most {@code maxBidders} bidders.
   *
   * @param in the document, UTF-8; closed when the stream is
   * @param maxBidders the most bidders read; the item after them ends the stream with a problem
   * @return the bidders, as they are read
   */
  public BidderStream streamBidders(InputStream in, long maxBidders) {
    return new BidderStream(in, false, maxBidders, syntax, this::streamedBidder);
  }

  /**
   * Reads JSON Lines, one enterprise object per line (as an element of a bidders document's
   * {@code bidders} array), one at a time, at most {@link BidderStream#DEFAULT_MAX_BIDDERS}.
   *
   * @param in the lines, UTF-8; closed when the stream is
   * @return the bidders, as they are read
   */
  public BidderStream streamBidderLines(InputStream in) {
    return streamBidderLines(in, BidderStream.DEFAULT_MAX_BIDDERS);
  }

  /**
   * Reads JSON Lines one enterprise at a time, at most {@code maxBidders} of them.
   *
   * @param in the lines, UTF-8; closed when the stream is
   * @param maxBidders the most bidders read; the item after them ends the stream with a problem
   * @return the bidders, as they are read
   */
  public BidderStream streamBidderLines(InputStream in, long maxBidders) {
    return new BidderStream(in, true, maxBidders, syntax, this::streamedBidder);
  }

  /** Reads one bidder of a stream: its bytes, checked as a document of their own. */
  private Enterprise streamedBidder(byte[] bytes) throws IOException {
    preflight(bytes);
    TokenReader in = syntax.open(bytes);
    in.next();
    Enterprise bidder = documents.enterprise().read(in);
    try {
      if (in.next() != null) {
        throw trailing();
      }
    } catch (ParseFailure e) {
      throw trailing();
    }
    return bidder;
  }

  /**
   * Returns a writer of an assessment-report document, format 3, that takes one assessment at a time
   * and writes the same bytes as {@link #writeAssessmentReport(List)}. Needs asf-rules.
   *
   * @param out the stream; the start of the document is written at once; not closed
   * @return the writer; close it to end the document
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalStateException if asf-rules is not present
   */
  public AssessmentReportWriter assessmentReportWriter(OutputStream out) {
    return new AssessmentReportWriter(out, false, assessmentText(assessmentCodec()));
  }

  /**
   * Returns a writer of assessments as JSON Lines: each one on a line of its own, as an element of a
   * report's {@code assessments} array. Needs asf-rules.
   *
   * @param out the stream; not closed
   * @return the writer
   * @throws IllegalStateException if asf-rules is not present
   */
  public AssessmentReportWriter assessmentLinesWriter(OutputStream out) {
    return new AssessmentReportWriter(out, true, assessmentText(assessmentCodec()));
  }

  /** The canonical text of one assessment, as an element of a report's array. */
  private static Function<Assessment, byte[]> assessmentText(ValueWriter<Assessment> writer) {
    return assessment -> {
      JsonText text = new JsonText();
      try {
        writer.write(text, assessment);
      } catch (WireFailure e) {
        throw new AsfJsonException(ProblemReports.from(text.pointer(), e.getCause()).subList(0, 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return text.toBytes();
    };
  }

  // ---------------------------------------------------------------------------------------- writing

  /**
   * Writes an enterprise document.
   *
   * @param enterprise the enterprise
   * @return the canonical document
   * @throws AsfJsonException if a value cannot be written so that it reads back
   */
  public String writeEnterprise(Enterprise enterprise) {
    return text(write(AsfDocument.ENTERPRISE, documents.enterprise(), enterprise));
  }

  /**
   * Writes an enterprise document to a stream, all or nothing.
   *
   * @param enterprise the enterprise
   * @param out the stream; not closed
   * @throws AsfJsonException if a value cannot be written; nothing is written then
   * @throws UncheckedIOException if the stream fails
   */
  public void writeEnterprise(Enterprise enterprise, OutputStream out) {
    copy(write(AsfDocument.ENTERPRISE, documents.enterprise(), enterprise), out);
  }

  /**
   * Writes a bidders document.
   *
   * @param bidders the bidders, in order
   * @return the canonical document
   * @throws AsfJsonException if a value cannot be written
   */
  public String writeBidders(List<Enterprise> bidders) {
    return text(write(AsfDocument.BIDDERS, Out.list(documents.enterprise()), List.copyOf(bidders)));
  }

  /**
   * Writes a bidders document to a stream, all or nothing.
   *
   * @param bidders the bidders, in order
   * @param out the stream; not closed
   * @throws AsfJsonException if a value cannot be written; nothing is written then
   * @throws UncheckedIOException if the stream fails
   */
  public void writeBidders(List<Enterprise> bidders, OutputStream out) {
    copy(write(AsfDocument.BIDDERS, Out.list(documents.enterprise()), List.copyOf(bidders)), out);
  }

  /**
   * Writes a reserved-procurement document.
   *
   * @param procurement the procurement
   * @return the canonical document
   * @throws AsfJsonException if a value cannot be written
   */
  public String writeProcurement(ReservedProcurement procurement) {
    return text(write(AsfDocument.PROCUREMENT, documents.procurement(), procurement));
  }

  /**
   * Writes a reserved-procurement document to a stream, all or nothing.
   *
   * @param procurement the procurement
   * @param out the stream; not closed
   * @throws AsfJsonException if a value cannot be written; nothing is written then
   * @throws UncheckedIOException if the stream fails
   */
  public void writeProcurement(ReservedProcurement procurement, OutputStream out) {
    copy(write(AsfDocument.PROCUREMENT, documents.procurement(), procurement), out);
  }

  /**
   * Writes an assessment-report document, format 2. Needs asf-rules.
   *
   * @param assessments the assessments, in order
   * @return the canonical document
   * @throws AsfJsonException if a value cannot be written
   * @throws IllegalStateException if asf-rules is not present
   */
  public String writeAssessmentReport(List<Assessment> assessments) {
    return text(write(AsfDocument.ASSESSMENT_REPORT, Out.list(assessmentCodec()), List.copyOf(assessments)));
  }

  /**
   * Writes an assessment-report document to a stream, all or nothing. Needs asf-rules.
   *
   * @param assessments the assessments, in order
   * @param out the stream; not closed
   * @throws AsfJsonException if a value cannot be written; nothing is written then
   * @throws UncheckedIOException if the stream fails
   * @throws IllegalStateException if asf-rules is not present
   */
  public void writeAssessmentReport(List<Assessment> assessments, OutputStream out) {
    copy(write(AsfDocument.ASSESSMENT_REPORT, Out.list(assessmentCodec()), List.copyOf(assessments)), out);
  }

  // ------------------------------------------------------------------------------------- internals

  private <D> D read(byte[] bytes, AsfDocument kind, ValueReader<D> content) {
    preflight(bytes);
    try {
      TokenReader in = syntax.open(bytes);
      D document = documents.read(in, kind, content);
      try {
        if (in.next() != null) {
          throw trailing();
        }
      } catch (ParseFailure e) {
        throw trailing();
      }
      return document;
    } catch (WireFailure e) {
      throw new AsfJsonException(ProblemReports.from(e));
    } catch (ParseFailure e) {
      throw new AsfJsonException(ProblemReports.from(e));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static AsfJsonException trailing() {
    return ProblemReports.exception("", JsonProblemCode.TRAILING_CONTENT, "problem.trailing");
  }

  /**
   * Reads a stream to its end, or to one byte past the bound, which {@link #preflight} then refuses: every
   * document read passes through it.
   */
  private static byte[] bytes(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      // A stream that tells its length (a file's, an array's) is read straight into an array of that size;
      // one that tells nothing, or more than the bound, is read as one longer than it told.
      int known = Math.min(Math.max(in.available(), 0), MAX_DOCUMENT_BYTES);
      byte[] bytes = new byte[known];
      int read = in.readNBytes(bytes, 0, known);
      if (read < known) {
        return Arrays.copyOf(bytes, read);
      }
      int next = in.read();
      if (next < 0) {
        return bytes;
      }
      // Longer than it told: the rest up to one byte past the bound.
      byte[] rest = in.readNBytes(MAX_DOCUMENT_BYTES - known);
      byte[] whole = Arrays.copyOf(bytes, known + 1 + rest.length);
      whole[known] = (byte) next;
      System.arraycopy(rest, 0, whole, known + 1, rest.length);
      return whole;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    if (Scalars.hasUnpairedSurrogate(json)) {
      throw ProblemReports.exception("", JsonProblemCode.ENCODING, "problem.unpaired-surrogate");
    }
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static AsfJsonException tooLarge() {
    return ProblemReports.exception("", JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-document",
        Integer.toString(MAX_DOCUMENT_BYTES));
  }

  /** Reads eight bytes of a document as one {@code long}. */
  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** Checks what the parser would otherwise guess at or accept: size, BOM, UTF-8, NUL bytes, emptiness. */
  static void preflight(byte[] bytes) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    // The byte-order marks of UTF-8, UTF-16 BE and UTF-16 LE, as Latin-1 reads them.
    String start = new String(bytes, 0, Math.min(3, bytes.length), StandardCharsets.ISO_8859_1);
    if (start.startsWith("\u00EF\u00BB\u00BF") || start.startsWith("\u00FE\u00FF")
        || start.startsWith("\u00FF\u00FE")) {
      throw ProblemReports.exception("", JsonProblemCode.ENCODING, "problem.bom");
    }
    // One pass: a malformed sequence is reported at once, a NUL byte only once the whole document is
    // known to be well-formed UTF-8, as the encoding is checked first. Leading white space is skipped
    // first; a document that is nothing else is empty.
    int i = 0;
    while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\t' || bytes[i] == '\n' || bytes[i] == '\r')) {
      i++;
    }
    if (i == bytes.length) {
      throw ProblemReports.exception("", JsonProblemCode.EMPTY_DOCUMENT, "problem.empty");
    }
    int nul = -1;
    // The loop ends only where the words or the bytes reach the end; i never passes it.
    for (;; i++) {
      // Eight bytes at a time while they are all ASCII and none is NUL: no byte of the word, nor of the word
      // less 0x01 in every byte, has its high bit set.
      while (i + Long.BYTES <= bytes.length) {
        long word = (long) LONGS.get(bytes, i);
        if (((word | (word - 0x0101010101010101L)) & 0x8080808080808080L) != 0) {
          break;
        }
        i += Long.BYTES;
      }
      if (i == bytes.length) {
        break;
      }
      byte b = bytes[i];
      if (b > 0) {
        continue;
      }
      if (b == 0) {
        nul = nul < 0 ? i : nul;
        continue;
      }
      int length = utf8Sequence(bytes, i);
      if (length == 0) {
        throw ProblemReports.exception("", JsonProblemCode.ENCODING, "problem.utf8", Integer.toString(i));
      }
      i += length - 1;
    }
    if (nul >= 0) {
      throw ProblemReports.exception("", JsonProblemCode.ENCODING, "problem.nul", Integer.toString(nul));
    }
  }

  /**
   * Returns the length of the well-formed UTF-8 sequence of two to four bytes that starts at {@code i}
   * (The Unicode Standard, table 3-7: no overlong form, no surrogate, nothing above U+10FFFF), or 0 if
   * none starts there.
   */
  static int utf8Sequence(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    int length;
    int low = 0x80;
    int high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      low = lead == 0xE0 ? 0xA0 : 0x80;
      high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      low = lead == 0xF0 ? 0x90 : 0x80;
      high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int second = bytes[i + 1] & 0xFF;
    if (second < low || second > high) {
      return 0;
    }
    for (int k = 2; k < length; k++) {
      int next = bytes[i + k] & 0xFF;
      if (next < 0x80 || next > 0xBF) {
        return 0;
      }
    }
    return length;
  }

  private <C> byte[] write(AsfDocument kind, ValueWriter<C> content, C value) {
    JsonText text = new JsonText();
    try {
      documents.write(text, kind, content, value);
    } catch (WireFailure e) {
      throw new AsfJsonException(ProblemReports.from(text.pointer(), e.getCause()).subList(0, 1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toBytes();
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void copy(byte[] bytes, OutputStream out) {
    try {
      out.write(bytes);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the reader and writer of one assessment, which every entry point for assessment reports takes
   * first: assessment reports need asf-rules, an optional dependency.
   */
  private Codecs.Declared<Assessment> assessmentCodec() {
    if (!Rules.PRESENT) {
      throw new IllegalStateException("assessment reports need asf-rules (se.asf:asf-rules) on the class path");
    }
    return documents.assessment();
  }
}
