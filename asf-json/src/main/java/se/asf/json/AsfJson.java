package se.asf.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.deser.AsfDeserializers;
import se.asf.json.ser.AsfSerializers;
import se.asf.json.wire.WireProblem;
import se.asf.json.wire.Documents.AssessmentReportDocument;
import se.asf.json.wire.ElementProblems;
import se.asf.json.wire.Documents.BiddersDocument;
import se.asf.json.wire.Documents.EnterpriseDocument;
import se.asf.json.wire.Documents.ProcurementDocument;
import se.asf.rules.Assessment;

/**
 * Reads and writes the asf JSON documents, ready for untrusted input, with no Jackson to configure.
 *
 * <pre>{@code
 * AsfJson json = AsfJson.create();
 * List<Enterprise> bidders = json.readBidders(request.getInputStream());   // or throws AsfJsonException
 * String report = json.writeAssessmentReport(assessments);
 * }</pre>
 *
 * <p>Four documents, each an object with {@code "formatVersion": 1} and one content property: an
 * enterprise ({@code "enterprise"}), the bidders of a procurement ({@code "bidders"}), a reserved
 * procurement ({@code "procurement"}) and an assessment report ({@code "assessments"}). The wire
 * format is that of {@link AsfModule}; see the JSON Schemas shipped under
 * {@code se/asf/json/schema/}.
 *
 * <p><b>Reading.</b> Every failure becomes one {@link AsfJsonException}, with the JSON Pointer of the
 * value at fault and a message in Swedish and English. The reader accepts exactly one JSON value,
 * UTF-8 without a byte-order mark, and rejects: unknown properties, repeated property names,
 * {@code null} anywhere, a JSON type where another is expected (no coercion: not {@code "1"} for
 * {@code 1}, not {@code 1} for a code), unknown codes, {@code NaN} and {@code Infinity}, comments,
 * single quotes, leading zeros, trailing commas, trailing content, and any document over these
 * limits (set on this class's own {@code JsonFactory}; Jackson's global defaults are left alone):
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
 * <p>Reading stops at the first problem. A value that breaks an asf-core invariant is reported at
 * the attribute that broke it ({@code /bidders/3/workforce/lines/0/fullTimeEquivalents}).
 *
 * <p><b>Writing</b> is canonical: properties in a fixed order, two-space indentation, {@code \n}
 * line ends, UTF-8, a final line end; so writing what was read gives the same bytes. Besides what
 * JSON requires, DEL, C1 control characters, format characters and line and paragraph separators in
 * strings are written as {@code \}{@code uXXXX} escapes, so a document shown in a terminal cannot
 * drive it. A personnummer
 * is masked unless {@link AsfJsonFeature#WRITE_FULL_PERSONNUMMER} is enabled, and a masked document
 * cannot be read back.
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 */
public final class AsfJson {
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

  private final AsfModule module;
  private final JsonFactory factory;
  private final ObjectMapper mapper;
  private final ObjectWriter writer;

  private AsfJson(AsfModule module) {
    this.module = module;
    this.factory = strictFactory();
    SimpleModule documents = new SimpleModule("asf-documents", module.version());
    documents.setSerializers(new AsfSerializers(module.settings()).documents());
    documents.setDeserializers(new AsfDeserializers(module.settings()).documents());
    this.mapper = strictMapper(factory, module, documents);
    this.writer = mapper.writer(canonicalPrettyPrinter()).with(new VisibleEscapes());
  }

  /**
   * Creates a reader and writer with the default settings: the system clock, personnummer masked.
   *
   * @return the instance
   */
  public static AsfJson create() {
    return builder().build();
  }

  /**
   * Returns a builder, to set the clock or the features.
   *
   * @return a builder with the default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the module this instance reads and writes with.
   *
   * @return the module
   */
  public AsfModule module() {
    return module;
  }

  /**
   * Returns a new {@code ObjectMapper} configured as this instance's reader is (the strict
   * features, the limits and the module), for frameworks that need a Jackson mapper. The checks
   * made before parsing (byte-order mark, UTF-8, document size) and after it (trailing content)
   * belong to this class's read methods, not to the mapper.
   *
   * @return a new mapper, which the caller may change
   */
  public ObjectMapper newObjectMapper() {
    return strictMapper(strictFactory(), module);
  }

  // ---------------------------------------------------------------------------------------- reading

  /**
   * Reads an enterprise document, {@code {"formatVersion": 1, "enterprise": {...}}}.
   *
   * @param in the document, UTF-8; read to its end (at most {@value #MAX_DOCUMENT_BYTES} bytes) and
   *     not closed
   * @return the enterprise
   * @throws AsfJsonException if the document is not a valid enterprise document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Enterprise readEnterprise(InputStream in) {
    return read(bytes(in), EnterpriseDocument.class).enterprise();
  }

  /**
   * Reads an enterprise document from text.
   *
   * @param json the document
   * @return the enterprise
   * @throws AsfJsonException if the document is not a valid enterprise document
   */
  public Enterprise readEnterprise(String json) {
    return read(bytes(json), EnterpriseDocument.class).enterprise();
  }

  /**
   * Reads a bidders document, {@code {"formatVersion": 1, "bidders": [...]}}.
   *
   * @param in the document, UTF-8; read to its end and not closed
   * @return the bidders, in order
   * @throws AsfJsonException if the document is not a valid bidders document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public List<Enterprise> readBidders(InputStream in) {
    return read(bytes(in), BiddersDocument.class).bidders();
  }

  /**
   * Reads a bidders document from text.
   *
   * @param json the document
   * @return the bidders, in order
   * @throws AsfJsonException if the document is not a valid bidders document
   */
  public List<Enterprise> readBidders(String json) {
    return read(bytes(json), BiddersDocument.class).bidders();
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
    byte[] bytes;
    try {
      bytes = bytes(in);
    } catch (AsfJsonException e) {
      return new BiddersReport(List.of(), e.getProblems(), 0, false);
    }
    return biddersReport(bytes);
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
      read(bytes, BiddersDocument.class, collector);
    } catch (AsfJsonException e) {
      structural = e.getProblems();
    }
    List<JsonProblem> problems = new ArrayList<>();
    for (JsonMappingException refused : collector.refused()) {
      problems.addAll(ProblemReports.fromMapping(refused));
    }
    problems.addAll(structural);
    List<BiddersReport.Bidder> bidders = new ArrayList<>();
    for (Object[] accepted : collector.accepted()) {
      bidders.add(new BiddersReport.Bidder((Integer) accepted[0], (Enterprise) accepted[1]));
    }
    return new BiddersReport(bidders, problems, collector.seen(), structural.isEmpty() && !collector.truncated());
  }

  /**
   * Reads a reserved-procurement document, {@code {"formatVersion": 1, "procurement": {...}}}.
   *
   * @param in the document, UTF-8; read to its end and not closed
   * @return the procurement
   * @throws AsfJsonException if the document is not a valid procurement document
   * @throws UncheckedIOException if the stream cannot be read
   */
  public ReservedProcurement readProcurement(InputStream in) {
    return read(bytes(in), ProcurementDocument.class).procurement();
  }

  /**
   * Reads a reserved-procurement document from text.
   *
   * @param json the document
   * @return the procurement
   * @throws AsfJsonException if the document is not a valid procurement document
   */
  public ReservedProcurement readProcurement(String json) {
    return read(bytes(json), ProcurementDocument.class).procurement();
  }

  /**
   * Reads an assessment-report document, {@code {"formatVersion": 1, "assessments": [...]}}.
   *
   * @param in the document, UTF-8; read to its end and not closed
   * @return the assessments, in order
   * @throws AsfJsonException if the document is not a valid assessment report
   * @throws UncheckedIOException if the stream cannot be read
   */
  public List<Assessment> readAssessmentReport(InputStream in) {
    requireRules();
    return read(bytes(in), AssessmentReportDocument.class).assessments();
  }

  /**
   * Reads an assessment-report document from text.
   *
   * @param json the document
   * @return the assessments, in order
   * @throws AsfJsonException if the document is not a valid assessment report
   */
  public List<Assessment> readAssessmentReport(String json) {
    requireRules();
    return read(bytes(json), AssessmentReportDocument.class).assessments();
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
    return text(write(new EnterpriseDocument(enterprise)));
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
    copy(write(new EnterpriseDocument(enterprise)), out);
  }

  /**
   * Writes a bidders document.
   *
   * @param bidders the bidders, in order
   * @return the canonical document
   * @throws AsfJsonException if a value cannot be written
   */
  public String writeBidders(List<Enterprise> bidders) {
    return text(write(new BiddersDocument(bidders)));
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
    copy(write(new BiddersDocument(bidders)), out);
  }

  /**
   * Writes a reserved-procurement document.
   *
   * @param procurement the procurement
   * @return the canonical document
   * @throws AsfJsonException if a value cannot be written
   */
  public String writeProcurement(ReservedProcurement procurement) {
    return text(write(new ProcurementDocument(procurement)));
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
    copy(write(new ProcurementDocument(procurement)), out);
  }

  /**
   * Writes an assessment-report document.
   *
   * @param assessments the assessments, in order
   * @return the canonical document
   * @throws AsfJsonException if a value cannot be written
   */
  public String writeAssessmentReport(List<Assessment> assessments) {
    requireRules();
    return text(write(new AssessmentReportDocument(assessments)));
  }

  /**
   * Writes an assessment-report document to a stream, all or nothing.
   *
   * @param assessments the assessments, in order
   * @param out the stream; not closed
   * @throws AsfJsonException if a value cannot be written; nothing is written then
   * @throws UncheckedIOException if the stream fails
   */
  public void writeAssessmentReport(List<Assessment> assessments, OutputStream out) {
    requireRules();
    copy(write(new AssessmentReportDocument(assessments)), out);
  }

  // ------------------------------------------------------------------------------------- internals

  private <D> D read(byte[] bytes, Class<D> type) {
    return read(bytes, type, null);
  }

  private <D> D read(byte[] bytes, Class<D> type, ElementProblems collector) {
    preflight(bytes);
    ObjectReader reader = mapper.readerFor(type);
    if (collector != null) {
      reader = reader.withAttribute(ElementProblems.ATTRIBUTE, collector);
    }
    try (JsonParser p = factory.createParser(bytes)) {
      D document;
      try {
        // FAIL_ON_TRAILING_TOKENS makes Jackson look past the value; what it finds there is reported
        // as trailing content, whatever exception it raised.
        document = reader.readValue(p);
        if (document == null) {
          // A document that is just null: Jackson hands back null without asking a deserializer.
          throw ProblemReports.exception(ProblemReports.problem("", JsonProblemCode.WRONG_TYPE,
              "problem.wrong-type", new WireProblem.Term("type.object"), new WireProblem.Term("type.null")));
        }
        if (p.nextToken() != null) {
          throw trailing();
        }
      } catch (JsonMappingException e) {
        throw afterValue(p) ? trailing() : new AsfJsonException(ProblemReports.fromMapping(e));
      } catch (JsonProcessingException e) {
        throw afterValue(p) ? trailing() : ProblemReports.exception(ProblemReports.fromParser(e, p));
      } catch (RuntimeException e) {
        if (e instanceof AsfJsonException asfJsonException) {
          throw asfJsonException;
        }
        throw ProblemReports.exception(ProblemReports.problem(
            ProblemReports.pointer(p.getParsingContext()), JsonProblemCode.INVALID_VALUE, "problem.invalid"));
      }
      return document;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tells whether the parser has gone past the document's one top-level value. */
  private static boolean afterValue(JsonParser p) {
    JsonStreamContext root = p.getParsingContext();
    while (root != null && root.getParent() != null) {
      root = root.getParent();
    }
    return root != null && root.getEntryCount() > 1;
  }

  private static AsfJsonException trailing() {
    return ProblemReports.exception(ProblemReports.problem("", JsonProblemCode.TRAILING_CONTENT, "problem.trailing"));
  }

  private static byte[] bytes(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      byte[] bytes = in.readNBytes(MAX_DOCUMENT_BYTES + 1);
      if (bytes.length > MAX_DOCUMENT_BYTES) {
        throw tooLarge();
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] bytes(String json) {
    Objects.requireNonNull(json, "json");
    if (json.length() > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    try {
      ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .encode(CharBuffer.wrap(json));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      return bytes;
    } catch (CharacterCodingException e) {
      throw ProblemReports.exception(
          ProblemReports.problem("", JsonProblemCode.ENCODING, "problem.unpaired-surrogate"));
    }
  }

  private static AsfJsonException tooLarge() {
    return ProblemReports.exception(ProblemReports.problem("", JsonProblemCode.LIMIT_EXCEEDED,
        "problem.limit-document", Integer.toString(MAX_DOCUMENT_BYTES)));
  }

  /** Checks what the parser would otherwise guess at or accept: size, BOM, UTF-8, NUL bytes, emptiness. */
  private static void preflight(byte[] bytes) {
    if (bytes.length > MAX_DOCUMENT_BYTES) {
      throw tooLarge();
    }
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF) || startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw ProblemReports.exception(ProblemReports.problem("", JsonProblemCode.ENCODING, "problem.bom"));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(8192);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        throw ProblemReports.exception(ProblemReports.problem("", JsonProblemCode.ENCODING, "problem.utf8",
            Integer.toString(in.position())));
      }
      out.clear();
      if (result.isUnderflow()) {
        break;
      }
    }
    boolean blank = true;
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == 0) {
        throw ProblemReports.exception(ProblemReports.problem("", JsonProblemCode.ENCODING, "problem.nul",
            Integer.toString(i)));
      }
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        blank = false;
      }
    }
    if (blank) {
      throw ProblemReports.exception(ProblemReports.problem("", JsonProblemCode.EMPTY_DOCUMENT, "problem.empty"));
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private byte[] write(Object document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = factory.createGenerator(out, JsonEncoding.UTF8)) {
      try {
        writer.writeValue(g, document);
      } catch (JsonMappingException e) {
        throw new AsfJsonException(List.of(writeProblem(e, ProblemReports.pointer(g.getOutputContext()))));
      } catch (JsonProcessingException e) {
        throw ProblemReports.exception(ProblemReports.problem(ProblemReports.pointer(g.getOutputContext()),
            JsonProblemCode.INVALID_VALUE, "problem.unwritable"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  private static JsonProblem writeProblem(JsonMappingException e, String pointer) {
    List<JsonProblem> problems = ProblemReports.fromMapping(e);
    JsonProblem first = problems.get(0);
    return JsonProblem.of(pointer, first.getCode(), first.getMessage(java.util.Locale.forLanguageTag("sv")),
        first.getMessage(java.util.Locale.ENGLISH));
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

  /** The one JsonFactory of this instance: strict features and the limits, set explicitly. */
  private static JsonFactory strictFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(MAX_DOCUMENT_BYTES)
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .maxNumberLength(MAX_NUMBER_LENGTH)
            .maxNameLength(MAX_NAME_LENGTH)
            .build())
        .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.IGNORE_UNDEFINED)
        .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .disable(JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .enable(JsonWriteFeature.QUOTE_FIELD_NAMES)
        .disable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
        .disable(JsonWriteFeature.WRITE_NUMBERS_AS_STRINGS)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .disable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .disable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .enable(StreamWriteFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /** A mapper with every strictness feature set explicitly: the defaults differ between Jackson 2 and 3. */
  private static ObjectMapper strictMapper(JsonFactory factory, SimpleModule... modules) {
    return JsonMapper.builder(factory)
        .addModules(modules)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_INVALID_SUBTYPE)
        .enable(DeserializationFeature.FAIL_ON_IGNORED_PROPERTIES)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
        .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
        .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.READ_ENUMS_USING_TO_STRING)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfigDefaults(config -> {
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            config.setCoercion(shape, CoercionAction.Fail);
          }
          config.setAcceptBlankAsEmpty(false);
        })
        .deactivateDefaultTyping()
        .disable(SerializationFeature.INDENT_OUTPUT)
        .disable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
        .build();
  }

  /** Two-space indentation, {@code \n} line ends, {@code "name": value}, {@code []} and {@code {}}. */
  private static DefaultPrettyPrinter canonicalPrettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    Separators separators = Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");
    return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
  }

  /** Builds an {@link AsfJson}. */
  public static final class Builder {
    private final AsfModule.Builder module = AsfModule.builder();

    private Builder() {}

    /**
     * Sets the clock a personnummer is validated against.
     *
     * @param clock the clock; the system clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      module.clock(clock);
      return this;
    }

    /**
     * Sets the languages a finding's message is written in.
     *
     * @param languages at least one language; Swedish and English by default
     * @return this builder
     */
    public Builder messageLanguages(Locale... languages) {
      module.messageLanguages(languages);
      return this;
    }

    /**
     * Enables features.
     *
     * @param features the features
     * @return this builder
     */
    public Builder enable(AsfJsonFeature... features) {
      module.enable(features);
      return this;
    }

    /**
     * Disables features.
     *
     * @param features the features
     * @return this builder
     */
    public Builder disable(AsfJsonFeature... features) {
      module.disable(features);
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return the instance
     */
    public AsfJson build() {
      return new AsfJson(module.build());
    }
  }

  /** Assessment reports need asf-rules, an optional dependency of asf-json. */
  private static void requireRules() {
    if (!se.asf.json.wire.Rules.PRESENT) {
      throw new IllegalStateException("assessment reports need asf-rules (se.asf:asf-rules) on the class path");
    }
  }
}
