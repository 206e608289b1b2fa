package se.asf.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.asf.core.DatePeriod;
import se.asf.core.InvariantViolationException;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EnterpriseBuilder;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.ProfitPolicyBuilder;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.enterprise.PurposeEvidenceBuilder;
import se.asf.core.enterprise.DeclarationDocument;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.enterprise.SelfDeclaredShareBuilder;
import se.asf.core.Share;
import se.asf.core.enterprise.Site;
import se.asf.core.enterprise.SiteBuilder;
import se.asf.core.geo.Position;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.core.text.SafeText;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;

/**
 * Reads bidders from a CSV file: one row per bidder and site, as an e-procurement system or a
 * spreadsheet exports them. Parsing is Jackson's CSV data format; this class checks the file, maps
 * the columns ({@link CsvColumn}) and builds one {@link Enterprise} per bidder.
 *
 * <p>The file as a whole is refused ({@link InputFileException}) when it cannot be trusted: larger
 * than {@value #MAX_FILE_BYTES} bytes, a line longer than {@value #MAX_LINE_BYTES} bytes, not UTF-8
 * (a UTF-8 byte-order mark is accepted; UTF-16 is not), empty, malformed quoting, or a header with
 * unknown, repeated or missing columns. Otherwise each bidder stands alone: a bidder with a bad row
 * is skipped whole, with every problem and every skipped line listed, and the others are read. A
 * bidder is never built from part of its rows, because a missing site would change its assessment.
 *
 * <p>Numbers are exact: whole numbers are digits only; decimals take {@code .} or {@code ,} as the
 * decimal separator, with no thousands separator and no exponent, and are kept as {@code BigDecimal}
 * (coordinates become doubles only when the position is built). Nothing is rounded.
 */
final class BidderCsv {
  /**
   * The largest file read, in bytes: 64 MiB, some 300 000 bidders. The bound is on memory as much as
   * on input: the bidders, their assessments and the report are all held at once.
   */
  static final int MAX_FILE_BYTES = 64 * 1024 * 1024;
  /** The longest line read, in bytes. */
  static final int MAX_LINE_BYTES = 65_536;
  /** The most unknown header names listed one by one. */
  private static final int MAX_LISTED = 10;


  /** What was read: the bidders in file order, every problem, and the count of data rows. */
  static final class Result {
    final List<Bidder> bidders;
    final List<InputProblem> problems;
    final int rows;
    final int skippedRows;

    Result(List<Bidder> bidders, List<InputProblem> problems, int rows, int skippedRows) {
      this.bidders = List.copyOf(bidders);
      this.problems = List.copyOf(problems);
      this.rows = rows;
      this.skippedRows = skippedRows;
    }
  }

  /** What the reader needs from the procurement. */
  static final class Options {
    final LocalDate referenceDate;
    final boolean totalsSuffice;

    /**
     * @param referenceDate the date against which a 10-digit personnummer's century is resolved
     * @param totalsSuffice whether counts in total and in the target groups, without engagement forms
     *     or particular groups, are enough to judge the procurement's share requirement
     */
    Options(LocalDate referenceDate, boolean totalsSuffice) {
      this.referenceDate = referenceDate;
      this.totalsSuffice = totalsSuffice;
    }
  }

  private final String file;
  private final Options options;
  private final List<InputProblem> problems = new ArrayList<>();
  private final Map<CsvColumn, String> headers = new EnumMap<>(CsvColumn.class);

  private BidderCsv(String file, Options options) {
    this.file = file;
    this.options = options;
  }

  /**
   * Reads a bidders CSV.
   *
   * @param file the file's name, as problems should show it
   * @param bytes the file's content
   * @param options what the reader needs from the procurement
   * @return the bidders and the problems of the rows that were skipped
   * @throws InputFileException if the file as a whole cannot be used
   */
  static Result read(String file, byte[] bytes, Options options) throws InputFileException {
    return new BidderCsv(file, options).read(bytes);
  }

  /**
   * Reads a bidders CSV of any size as a stream: the rows are grouped into bidders chunk by chunk,
   * each chunk at least {@code chunkRows} rows long and cut only between two rows whose identity
   * cells differ, and each chunk's bidders and problems go to {@code chunk} before the next is read.
   * A bidder's rows must therefore stand together, as exports write them: a bidder met again in a
   * later chunk is reported and skipped there (its earlier rows were assessed as they were). The
   * file-wide checks of {@link #read} apply as the file is read; a file-wide problem met after the
   * header ends the reading, after the chunks before it.
   *
   * @throws InputFileException if the file as a whole cannot be used; after the first chunk, such a
   *     problem is handed over as the last chunk's instead
   */
  static void stream(String file, InputStream in, Options options, int chunkRows,
      java.util.function.Consumer<Result> chunk) throws InputFileException {
    new BidderCsv(file, options).stream(in, chunkRows, chunk);
  }

  private void stream(InputStream raw, int chunkRows, java.util.function.Consumer<Result> chunk)
      throws InputFileException {
    LineChecks in = new LineChecks(new java.io.BufferedInputStream(raw, 1 << 16));
    char separator;
    try {
      separator = in.start();
    } catch (Refused e) {
      throw fileProblem(e.key);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    List<CsvColumn> header = null;
    List<Row> rows = new ArrayList<>();
    Seen seen = new Seen();
    boolean delivered = false;
    int total = 0;
    try (CsvParser parser = open(new java.io.InputStreamReader(in, decoder), separator)) {
      int identity = -1;
      String last = null;
      try {
        start(parser);
        for (Row row = nextRow(parser); row != null; row = nextRow(parser)) {
          List<String> cells = row.cells;
          if (header == null) {
            header = header(cells, separator, row.line);
            identity = header.indexOf(CsvColumn.IDENTITY);
            continue;
          }
          if (blank(cells)) {
            continue;
          }
          String key = identity < cells.size() ? CsvShapes.lettersAndDigitsOf(cells.get(identity)) : "";
          if (rows.size() >= chunkRows && !key.equals(last)) {
            total += rows.size();
            chunk.accept(apart(bidders(header, rows), seen));
            delivered = true;
            problems.clear();
            rows = new ArrayList<>();
          }
          last = key;
          rows.add(row);
        }
      } catch (JsonProcessingException e) {
        throw malformed(parser, e);
      } catch (java.nio.charset.CharacterCodingException e) {
        throw lineProblem(in.line, "csv.notUtf8");
      } catch (Refused e) {
        throw lineProblem(e.line, e.key, e.arguments);
      }
    } catch (InputFileException e) {
      if (!delivered) {
        throw e;
      }
      // The chunks before it are reported; the rows read since, and the rest of the file, are not.
      chunk.accept(new Result(List.of(), e.problems(), rows.size(), rows.size()));
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      throw fileProblem("csv.empty");
    }
    if (!rows.isEmpty() || !delivered) {
      chunk.accept(apart(bidders(header, rows), seen));
    }
  }

  /** Skips a bidder met in an earlier chunk too: its rows did not stand together. */
  private Result apart(Result result, Seen seen) {
    List<Bidder> kept = new ArrayList<>();
    List<InputProblem> found = new ArrayList<>(result.problems);
    int skipped = result.skippedRows;
    for (Bidder bidder : result.bidders) {
      if (seen.add(ReportOutput.identityKey(bidder.enterprise().getIdentity()))) {
        kept.add(bidder);
      } else {
        skipped += bidder.rowCount();
        found.add(bidder.problem(file, InputProblem.message("csv.apart", bidder.enterprise().getIdentity())));
      }
    }
    return new Result(kept, found, result.rows, skipped);
  }

  /**
   * The identities of the bidders delivered, as 64-bit hashes (FNV-1a) in an open-addressing table:
   * about 16 bytes a bidder, so a register of millions fits. Two identities with the same hash would
   * make the second one reported as met before; with 64 bits that is not expected below billions.
   */
  private static final class Seen {
    private long[] table = new long[1 << 16];
    private int size;

    boolean add(String key) {
      long hash = 0xcbf29ce484222325L;
      for (int i = 0; i < key.length(); i++) {
        hash = (hash ^ key.charAt(i)) * 0x100000001b3L;
      }
      hash = hash == 0 ? 1 : hash;
      if (size * 2 >= table.length) {
        long[] old = table;
        table = new long[old.length * 2];
        size = 0;
        for (long h : old) {
          if (h != 0) {
            insert(h);
          }
        }
      }
      return insert(hash);
    }

    private boolean insert(long hash) {
      int mask = table.length - 1;
      for (int i = (int) (hash ^ (hash >>> 32)) & mask; ; i = (i + 1) & mask) {
        if (table[i] == 0) {
          table[i] = hash;
          size++;
          return true;
        }
        if (table[i] == hash) {
          return false;
        }
      }
    }
  }

  /** A problem of a streamed file, on a line (0 for the file as a whole). */
  private static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;
    final long line;
    final String key;
    final transient Object[] arguments;

    Refused(long line, String key, Object... arguments) {
      super(key);
      this.line = line;
      this.key = key;
      this.arguments = arguments;
    }
  }

  /**
   * The byte-level checks of a streamed file: the byte order mark, the separator from the header
   * line, NUL bytes and the line length, with the line counted as the bytes pass.
   */
  private static final class LineChecks extends java.io.FilterInputStream {
    long line = 1;
    private int column;

    LineChecks(java.io.BufferedInputStream in) {
      super(in);
    }

    /** Skips a UTF-8 byte order mark, refuses UTF-16, and chooses the separator from the header line. */
    char start() throws IOException {
      in.mark(3);
      byte[] mark = in.readNBytes(3);
      if (mark.length >= 2 && ((mark[0] & 0xFF) == 0xFE && (mark[1] & 0xFF) == 0xFF
          || (mark[0] & 0xFF) == 0xFF && (mark[1] & 0xFF) == 0xFE)) {
        throw new Refused(0, "csv.utf16");
      }
      if (!(mark.length == 3 && (mark[0] & 0xFF) == 0xEF && (mark[1] & 0xFF) == 0xBB && (mark[2] & 0xFF) == 0xBF)) {
        in.reset();
      }
      in.mark(MAX_LINE_BYTES + 1);
      byte[] first = in.readNBytes(MAX_LINE_BYTES + 1);
      in.reset();
      int end = 0;
      while (end < first.length && first[end] != '\n') {
        end++;
      }
      return separator(new String(first, 0, end, StandardCharsets.UTF_8));
    }

    @Override
    public int read() throws IOException {
      int b = in.read();
      if (b >= 0) {
        check((byte) b);
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = in.read(bytes, offset, length);
      for (int i = offset; i < offset + n; i++) {
        check(bytes[i]);
      }
      return n;
    }

    private void check(byte b) throws Refused {
      if (b == '\n') {
        line++;
        column = 0;
      } else if (column++ >= MAX_LINE_BYTES) {
        throw new Refused(line, "csv.lineTooLong", MAX_LINE_BYTES);
      } else if (b == 0) {
        throw new Refused(line, "csv.nul");
      }
    }
  }

  // ------------------------------------------------------------------------------------------ file

  private Result read(byte[] bytes) throws InputFileException {
    String text = decode(bytes);
    if (text.isBlank()) {
      throw fileProblem("csv.empty");
    }
    char separator = separator(text);
    List<Row> rows = new ArrayList<>();
    List<CsvColumn> header = null;
    try (CsvParser parser = open(new StringReader(text), separator)) {
      try {
        start(parser);
        for (Row row = nextRow(parser); row != null; row = nextRow(parser)) {
          if (header == null) {
            header = header(row.cells, separator, row.line);
          } else if (!blank(row.cells)) {
            rows.add(row);
          }
        }
      } catch (JsonProcessingException e) {
        throw malformed(parser, e);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (header == null) {
      throw fileProblem("csv.empty");
    }
    return bidders(header, rows);
  }

  /** Opens a parser of CSV text with the file's separator: each row an array of strings, nothing trimmed. */
  private static CsvParser open(java.io.Reader text, char separator) throws IOException {
    CsvFactory factory = CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_LINE_BYTES).build())
        .build();
    CsvParser parser = factory.createParser(text);
    parser.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator).withQuoteChar('"').withoutEscapeChar());
    parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    parser.disable(CsvParser.Feature.TRIM_SPACES);
    parser.disable(CsvParser.Feature.ALLOW_COMMENTS);
    return parser;
  }

  /** Moves into the rows; a file without any is empty. */
  private void start(CsvParser parser) throws IOException, InputFileException {
    if (parser.nextToken() != JsonToken.START_ARRAY) {
      throw fileProblem("csv.empty");
    }
  }

  /** Reads the next row with the line it starts on, or returns {@code null} after the last. */
  private Row nextRow(CsvParser parser) throws IOException, InputFileException {
    JsonToken token = parser.nextToken();
    if (token != JsonToken.START_ARRAY) {
      if (token != JsonToken.END_ARRAY) {
        throw lineProblem(parser.currentLocation().getLineNr(), "csv.malformed", "");
      }
      return null;
    }
    // A row's START_ARRAY is located where the previous row ended; its first value is on its line.
    long line = -1;
    List<String> cells = new ArrayList<>();
    while (parser.nextToken() == JsonToken.VALUE_STRING) {
      if (line < 0) {
        line = parser.currentTokenLocation().getLineNr();
      }
      cells.add(parser.getText());
    }
    return new Row(line, cells);
  }

  /** The problem of malformed CSV, at its line; a limit exceeded carries none, the parser's is where it stopped. */
  private InputFileException malformed(CsvParser parser, JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    long line = location != null && location.getLineNr() > 0
        ? location.getLineNr() : parser.currentLocation().getLineNr();
    return new InputFileException(InputProblem.ofLine(file, line, null,
        InputProblem.message("csv.malformed", e.getOriginalMessage())));
  }

  /** Decodes strict UTF-8, after checking the size, the byte-order mark and the length of every line. */
  private String decode(byte[] bytes) throws InputFileException {
    if (bytes.length > MAX_FILE_BYTES) {
      throw fileProblem("csv.tooLarge", MAX_FILE_BYTES);
    }
    int start = 0;
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      start = 3;
    } else if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
        || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
      throw fileProblem("csv.utf16");
    }
    long line = 1;
    int lineStart = start;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      } else if (i - lineStart >= MAX_LINE_BYTES) {
        throw lineProblem(line, "csv.lineTooLong", MAX_LINE_BYTES);
      } else if (bytes[i] == 0) {
        throw lineProblem(line, "csv.nul");
      }
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (result.isError()) {
      long bad = 1;
      for (int i = start; i < in.position(); i++) {
        if (bytes[i] == '\n') {
          bad++;
        }
      }
      throw lineProblem(bad, "csv.notUtf8");
    }
    decoder.flush(out);
    out.flip();
    return out.toString();
  }

  /**
   * Chooses the separator from the header line: {@code ;} or {@code ,}, whichever splits it into more
   * known column names ({@code ;} on a tie, as Swedish spreadsheets write it).
   */
  private static char separator(String text) {
    int end = text.indexOf('\n');
    String first = end < 0 ? text : text.substring(0, end);
    return known(first, ';') >= known(first, ',') ? ';' : ',';
  }

  private static int known(String header, char separator) {
    int count = 0;
    for (String name : header.split(Pattern.quote(String.valueOf(separator)), -1)) {
      if (CsvColumn.forHeader(name.replace("\"", "")).isPresent()) {
        count++;
      }
    }
    return count;
  }

  private List<CsvColumn> header(List<String> cells, char separator, long line) throws InputFileException {
    List<CsvColumn> columns = new ArrayList<>();
    List<InputProblem> found = new ArrayList<>();
    if (blank(cells)) {
      throw new InputFileException(InputProblem.ofLine(file, line, null, InputProblem.message("csv.blankHeader")));
    }
    int unknown = 0;
    for (String cell : cells) {
      Optional<CsvColumn> column = CsvColumn.forHeader(cell);
      if (column.isEmpty() && cell.isBlank()) {
        found.add(InputProblem.ofLine(file, line, null, InputProblem.message("csv.emptyColumn", columns.size() + 1)));
      } else if (column.isEmpty() && ++unknown > MAX_LISTED) {
        // Counted, and summed up below rather than listed one by one.
      } else if (column.isEmpty()) {
        String shown = shown(cell);
        found.add(InputProblem.ofLine(file, line, null, cell.contains("\t")
            ? InputProblem.message("csv.tabs", shown) : InputProblem.message("csv.unknownColumn", shown)));
      } else if (columns.contains(column.get())) {
        found.add(InputProblem.ofLine(file, line, null, InputProblem.message("csv.repeatedColumn", cell.strip())));
      } else {
        headers.put(column.get(), cell.strip());
      }
      columns.add(column.orElse(null));
    }
    if (unknown > MAX_LISTED) {
      found.add(InputProblem.ofLine(file, line, null, InputProblem.message("csv.moreUnknown", unknown - MAX_LISTED)));
    }
    List<CsvColumn> missing = new ArrayList<>();
    for (CsvColumn column : CsvColumn.values()) {
      if (column.isRequired() && !columns.contains(column)) {
        missing.add(column);
      }
    }
    if (!missing.isEmpty()) {
      found.add(InputProblem.ofLine(file, line, null, locale -> new CliMessages(locale).get("csv.missingColumns",
          missing.stream().map(c -> c.header(locale)).collect(Collectors.joining(", ")), separator)));
    }
    if (!options.totalsSuffice && (columns.contains(CsvColumn.OCCUPIED)
        || columns.contains(CsvColumn.OCCUPIED_TARGET_GROUPS))) {
      found.add(InputProblem.ofLine(file, line, null, InputProblem.message("csv.totalsInsufficient")));
    }
    if (!found.isEmpty()) {
      throw new InputFileException(found);
    }
    return columns;
  }

  private static boolean blank(List<String> cells) {
    return cells.stream().allMatch(String::isBlank);
  }

  // ------------------------------------------------------------------------------------------ rows

  /** One data row: its line and its cells. */
  private static final class Row {
    final long line;
    final List<String> cells;
    final Map<CsvColumn, String> values = new EnumMap<>(CsvColumn.class);

    Row(long line, List<String> cells) {
      this.line = line;
      this.cells = cells;
    }

    String get(CsvColumn column) {
      return values.get(column);
    }
  }

  /** A value and the line it came from. */
  private static final class Sourced {
    final String value;
    final long line;

    Sourced(String value, long line) {
      this.value = value;
      this.line = line;
    }
  }

  /** The rows of one bidder. */
  private static final class Group {
    final SupplierIdentity identity;
    final List<Row> rows = new ArrayList<>();
    final Map<CsvColumn, Sourced> values = new EnumMap<>(CsvColumn.class);
    boolean bad;

    Group(SupplierIdentity identity) {
      this.identity = identity;
    }

    List<Long> lines() {
      return rows.stream().map(r -> r.line).collect(Collectors.toList());
    }
  }

  private Result bidders(List<CsvColumn> header, List<Row> rows) {
    Map<String, Group> groups = new LinkedHashMap<>();
    Map<String, Long> namesWithoutIdentity = new LinkedHashMap<>();
    int skipped = 0;
    for (Row row : rows) {
      boolean aligned = row.cells.size() == header.size();
      if (!aligned) {
        problems.add(InputProblem.ofLine(file, row.line, null,
            InputProblem.message("csv.fieldCount", row.cells.size(), header.size())));
      }
      // A misaligned row's cells may sit under the wrong columns: its identity is used only when it
      // parses, to skip its bidder whole, and nothing else of it is read.
      for (int i = 0; i < Math.min(header.size(), row.cells.size()); i++) {
        String value = row.cells.get(i).strip();
        if (!value.isEmpty() && header.get(i) != null) {
          row.values.put(header.get(i), value);
        }
      }
      Identified identified = identify(row, aligned);
      if (identified.identity == null && aligned && row.get(CsvColumn.NAME) != null) {
        // A row whose bidder cannot be identified may still belong to a bidder of the same name.
        namesWithoutIdentity.putIfAbsent(row.get(CsvColumn.NAME), row.line);
      }
      if (identified.key == null) {
        problems.add(InputProblem.ofLine(file, row.line, null, InputProblem.message("csv.rowSkipped")));
        skipped++;
        continue;
      }
      Group group = groups.computeIfAbsent(identified.key, k -> new Group(identified.identity));
      group.rows.add(row);
      if (!aligned || identified.identity == null) {
        group.bad = true;
        continue;
      }
      for (CsvColumn column : header) {
        // The identity is compared by its canonical form, the grouping key, never as text.
        if (column == null || !column.isBidderLevel() || column == CsvColumn.IDENTITY) {
          continue;
        }
        String value = row.get(column);
        if (value == null) {
          continue;
        }
        Sourced earlier = group.values.get(column);
        if (earlier == null) {
          group.values.put(column, new Sourced(value, row.line));
        } else if (!earlier.value.equals(value)) {
          problem(row.line, column, "csv.conflict", shown(value), shown(earlier.value), earlier.line);
          group.bad = true;
        }
      }
    }
    List<Bidder> bidders = new ArrayList<>();
    for (Group group : groups.values()) {
      Sourced name = group.values.get(CsvColumn.NAME);
      if (!group.bad && name != null && namesWithoutIdentity.containsKey(name.value)) {
        problem(group.rows.get(0).line, null, "csv.nameWithoutIdentity", namesWithoutIdentity.get(name.value));
        group.bad = true;
      }
      int before = problems.size();
      Enterprise enterprise = group.bad ? null : build(group);
      if (enterprise != null && problems.size() == before) {
        bidders.add(Bidder.fromCsv(enterprise, group.lines()));
      } else {
        List<Long> lines = group.lines();
        skipped += lines.size();
        String lineList = InputProblem.list(lines);
        problems.add(InputProblem.ofLine(file, lines.get(0), null, group.identity == null
            ? InputProblem.message("csv.rowsSkipped", lineList)
            : InputProblem.message("csv.bidderSkipped", group.identity.toString(), lineList)));
      }
    }
    problems.sort(Comparator.comparingLong(InputProblem::line));
    return new Result(bidders, problems, rows.size(), skipped);
  }

  /** A row's identity and grouping key; the key of an invalid identity groups the rows that share it. */
  private static final class Identified {
    final SupplierIdentity identity;
    final String key;

    Identified(SupplierIdentity identity, String key) {
      this.identity = identity;
      this.key = key;
    }
  }

  /**
   * Identifies a row's bidder, whatever the spelling: an organisation number or a personnummer in any
   * of their forms (the two cannot be confused: an organisation number's digits 3–4 are at least 20).
   * An invalid identity is reported, masked, and keyed by its digits, so that all rows carrying it are
   * skipped together. Never echoes a personnummer.
   */
  private Identified identify(Row row, boolean aligned) {
    String text = row.get(CsvColumn.IDENTITY);
    if (text == null) {
      if (aligned) {
        problem(row.line, CsvColumn.IDENTITY, "csv.required");
      }
      return new Identified(null, null);
    }
    if (text.indexOf(':') >= 0) {
      return identifyForeign(row, aligned, text);
    }
    IdentityNumberFormatException organisationError;
    try {
      Organisationsnummer number = Organisationsnummer.parse(text);
      return new Identified(number, ReportOutput.identityKey(number));
    } catch (IdentityNumberFormatException e) {
      organisationError = e;
    }
    try {
      Personnummer number = Personnummer.parse(text, options.referenceDate);
      return new Identified(number, ReportOutput.identityKey(number));
    } catch (IdentityNumberFormatException personError) {
      if (!aligned) {
        return new Identified(null, null);
      }
      boolean soleTrader = "enskild-firma".equalsIgnoreCase(row.get(CsvColumn.LEGAL_FORM));
      IdentityNumberFormatException e = soleTrader ? personError : organisationError;
      String masked = e.getMaskedInput();
      List<IdentityViolation> violations = e.getViolations();
      problems.add(InputProblem.ofLine(file, row.line, columnName(CsvColumn.IDENTITY), locale ->
          new CliMessages(locale).get(soleTrader ? "csv.personnummer" : "csv.orgnr", masked,
              violations.stream().map(v -> v.getMessage(locale)).collect(Collectors.joining(" ")))));
      String digits = CsvShapes.digitsOf(text);
      return new Identified(null, digits.isEmpty() ? null : "x" + digits);
    }
  }

  /**
   * A foreign identifier, {@code COUNTRY:SCHEME:VALUE} as asf-core's {@link ForeignIdentifier#parse}
   * reads it; an invalid one is reported with asf-core's masked input, never echoed.
   */
  private Identified identifyForeign(Row row, boolean aligned, String text) {
    try {
      ForeignIdentifier identifier = ForeignIdentifier.parse(text);
      return new Identified(identifier, ReportOutput.identityKey(identifier));
    } catch (IdentityNumberFormatException e) {
      if (!aligned) {
        return new Identified(null, null);
      }
      String masked = e.getMaskedInput();
      List<IdentityViolation> violations = e.getViolations();
      problems.add(InputProblem.ofLine(file, row.line, columnName(CsvColumn.IDENTITY), locale ->
          new CliMessages(locale).get("csv.foreignIdentifier", masked,
              violations.stream().map(v -> v.getMessage(locale)).collect(Collectors.joining(" ")))));
      String digits = CsvShapes.digitsOf(text);
      return new Identified(null, digits.isEmpty() ? null : "x" + digits);
    }
  }

  /**
   * A cell's text as a message may show it ({@link SafeText#echo}): at most 40 characters, control
   * characters escaped, and the last digits of anything as long as an identity number masked, in
   * case one stands in the wrong column.
   */
  private static String shown(String text) {
    return SafeText.echo(text);
  }

  // ---------------------------------------------------------------------------------------- bidder

  /** Builds a bidder from its rows, or returns null after recording every problem found. */
  private Enterprise build(Group group) {
    Row first = group.rows.get(0);
    EnterpriseBuilder builder = Enterprise.builder().identity(group.identity);
    String name = text(group, CsvColumn.NAME, true);
    LegalForm form = code(group, CsvColumn.LEGAL_FORM, Codes.LEGAL_FORM, true);
    if (name != null) {
      builder.name(name);
    }
    if (form != null) {
      builder.legalForm(form);
    }
    String unit = text(group, CsvColumn.UNIT, false);
    if (unit != null) {
      builder.unit(unit);
    }
    Map<String, Long> siteLines = new LinkedHashMap<>();
    for (Row row : group.rows) {
      Site site = site(row);
      if (site == null) {
        continue;
      }
      Long earlier = siteLines.putIfAbsent(site.getName(), row.line);
      if (earlier != null) {
        problem(row.line, CsvColumn.SITE, "csv.siteRepeated", shown(site.getName()), earlier);
      } else {
        builder.addSite(site);
      }
    }
    workforce(group).ifPresent(builder::workforce);
    purpose(group).ifPresent(builder::purpose);
    ParticipationMechanism mechanism = code(group, CsvColumn.PARTICIPATION, Codes.PARTICIPATION, false);
    if (mechanism != null) {
      builder.participation(ParticipationEvidence.builder().mechanism(mechanism).build());
    }
    profit(group).ifPresent(builder::profitPolicy);
    selfDeclaration(group).ifPresent(builder::selfDeclaredShare);
    if (name == null || form == null) {
      return null;
    }
    try {
      return builder.build();
    } catch (InvariantViolationException e) {
      problems.add(InputProblem.ofLine(file, first.line, null, e::getMessage));
      return null;
    }
  }

  private Site site(Row row) {
    String name = row.get(CsvColumn.SITE);
    BigDecimal lat = decimal(row.line, CsvColumn.LATITUDE, row.get(CsvColumn.LATITUDE));
    BigDecimal lon = decimal(row.line, CsvColumn.LONGITUDE, row.get(CsvColumn.LONGITUDE));
    BigDecimal north = decimal(row.line, CsvColumn.NORTHING, row.get(CsvColumn.NORTHING));
    BigDecimal east = decimal(row.line, CsvColumn.EASTING, row.get(CsvColumn.EASTING));
    String address = row.get(CsvColumn.ADDRESS);
    boolean wgs = has(row, CsvColumn.LATITUDE) || has(row, CsvColumn.LONGITUDE);
    boolean grid = has(row, CsvColumn.NORTHING) || has(row, CsvColumn.EASTING);
    if (name == null) {
      if (wgs || grid || address != null) {
        problem(row.line, CsvColumn.SITE, "csv.siteName");
      }
      return null;
    }
    SiteBuilder site = Site.builder().name(name);
    if (address != null) {
      site.address(address);
    }
    try {
      if (wgs && grid) {
        problem(row.line, null, "csv.twoPositions");
        return null;
      } else if (wgs) {
        if (!pair(row, CsvColumn.LATITUDE, CsvColumn.LONGITUDE) || lat == null || lon == null) {
          return null;
        }
        site.position(Position.ofWgs84(lat.doubleValue(), lon.doubleValue()));
      } else if (grid) {
        if (!pair(row, CsvColumn.NORTHING, CsvColumn.EASTING) || north == null || east == null) {
          return null;
        }
        site.position(Position.ofSweref99Tm(north.doubleValue(), east.doubleValue()));
      }
      return site.build();
    } catch (InvariantViolationException e) {
      CsvColumn column = positionColumn(e.getAttribute());
      problems.add(InputProblem.ofLine(file, row.line, column == null ? null : columnName(column), e::getMessage));
      return null;
    }
  }

  /** The column of a position's attribute named by an invariant, or null. */
  private static CsvColumn positionColumn(String attribute) {
    switch (attribute) {
      case "latitude":
        return CsvColumn.LATITUDE;
      case "longitude":
        return CsvColumn.LONGITUDE;
      case "northing":
        return CsvColumn.NORTHING;
      case "easting":
        return CsvColumn.EASTING;
      default:
        return null;
    }
  }

  private boolean pair(Row row, CsvColumn a, CsvColumn b) {
    if (has(row, a) && has(row, b)) {
      return true;
    }
    CsvColumn missing = has(row, a) ? b : a;
    problem(row.line, missing, "csv.pair", columnName(a), columnName(b));
    return false;
  }

  private static boolean has(Row row, CsvColumn column) {
    return row.get(column) != null;
  }

  private Optional<Workforce> workforce(Group group) {
    boolean any = group.values.containsKey(CsvColumn.OCCUPIED) || group.values.containsKey(CsvColumn.OCCUPIED_TARGET_GROUPS)
        || group.values.containsKey(CsvColumn.OCCUPIED_FTE) || group.values.containsKey(CsvColumn.OCCUPIED_TARGET_GROUPS_FTE)
        || group.values.containsKey(CsvColumn.PERIOD_START) || group.values.containsKey(CsvColumn.PERIOD_END);
    if (!any) {
      return Optional.empty();
    }
    int before = problems.size();
    Integer occupied = whole(group, CsvColumn.OCCUPIED);
    Integer target = whole(group, CsvColumn.OCCUPIED_TARGET_GROUPS);
    LocalDate start = date(group, CsvColumn.PERIOD_START, true);
    LocalDate end = date(group, CsvColumn.PERIOD_END, false);
    // An empty FTE cell is unknown, never zero and never the heads: the line is built without FTE.
    BigDecimal fte = group.values.containsKey(CsvColumn.OCCUPIED_FTE) ? amount(group, CsvColumn.OCCUPIED_FTE) : null;
    BigDecimal targetFte = group.values.containsKey(CsvColumn.OCCUPIED_TARGET_GROUPS_FTE)
        ? amount(group, CsvColumn.OCCUPIED_TARGET_GROUPS_FTE) : null;
    if (problems.size() != before) {
      return Optional.empty();
    }
    if (target > occupied) {
      problem(group.values.get(CsvColumn.OCCUPIED_TARGET_GROUPS).line, CsvColumn.OCCUPIED_TARGET_GROUPS,
          "csv.targetExceeds", target, occupied);
      return Optional.empty();
    }
    if (fte != null && targetFte != null && targetFte.compareTo(fte) > 0) {
      problem(group.values.get(CsvColumn.OCCUPIED_TARGET_GROUPS_FTE).line, CsvColumn.OCCUPIED_TARGET_GROUPS_FTE,
          "csv.targetExceeds", targetFte.toPlainString(), fte.toPlainString());
      return Optional.empty();
    }
    if (targetFte != null && targetFte.compareTo(BigDecimal.valueOf(target)) > 0) {
      problem(group.values.get(CsvColumn.OCCUPIED_TARGET_GROUPS_FTE).line, CsvColumn.OCCUPIED_TARGET_GROUPS_FTE,
          "csv.fteExceeds", targetFte.toPlainString(), target);
      return Optional.empty();
    }
    BigDecimal othersFte = fte != null && targetFte != null ? fte.subtract(targetFte) : null;
    if (fte != null && (othersFte != null ? othersFte.compareTo(BigDecimal.valueOf(occupied - target))
        : fte.compareTo(BigDecimal.valueOf(occupied))) > 0) {
      problem(group.values.get(CsvColumn.OCCUPIED_FTE).line, CsvColumn.OCCUPIED_FTE, "csv.fteExceeds",
          fte.toPlainString(), occupied);
      return Optional.empty();
    }
    try {
      int others = occupied - target;
      // Without both FTE cells, the others' FTE are unknown: a total cannot be split.
      WorkforceLine othersLine = othersFte == null
          ? WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.NONE, others)
          : WorkforceLine.of(EngagementForm.OTHER, TargetGroup.NONE, others, othersFte);
      WorkforceLine targetLine = targetFte == null
          ? WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.OTHER_DISADVANTAGED, target)
          : WorkforceLine.of(EngagementForm.OTHER, TargetGroup.OTHER_DISADVANTAGED, target, targetFte);
      return Optional.of(Workforce.builder()
          .period(end == null ? DatePeriod.ofDate(start) : DatePeriod.of(start, end))
          .addLine(othersLine)
          .addLine(targetLine)
          .build());
    } catch (InvariantViolationException e) {
      problems.add(InputProblem.ofLine(file, group.values.get(CsvColumn.OCCUPIED).line, null, e::getMessage));
      return Optional.empty();
    }
  }

  private Optional<PurposeEvidence> purpose(Group group) {
    if (!group.values.containsKey(CsvColumn.PURPOSE_SOURCE) && !group.values.containsKey(CsvColumn.INTEGRATION_PURPOSE)
        && !group.values.containsKey(CsvColumn.PURPOSE_DOCUMENT)) {
      return Optional.empty();
    }
    EvidenceSource source = code(group, CsvColumn.PURPOSE_SOURCE, Codes.EVIDENCE_SOURCE, true);
    Boolean integration = yesNo(group, CsvColumn.INTEGRATION_PURPOSE);
    if (source == null || integration == null) {
      return Optional.empty();
    }
    PurposeEvidenceBuilder purpose = PurposeEvidence.builder().source(source).integrationOverarching(integration);
    String document = text(group, CsvColumn.PURPOSE_DOCUMENT, false);
    if (document != null) {
      purpose.document(DocumentReference.of(document));
    }
    return Optional.of(purpose.build());
  }

  private Optional<ProfitPolicy> profit(Group group) {
    DistributionRule rule = code(group, CsvColumn.DISTRIBUTION_RULE, Codes.DISTRIBUTION_RULE, false);
    boolean figures = group.values.containsKey(CsvColumn.FISCAL_YEAR) || group.values.containsKey(CsvColumn.REINVESTED)
        || group.values.containsKey(CsvColumn.DISTRIBUTED);
    if (rule == null && !figures) {
      return Optional.empty();
    }
    ProfitPolicyBuilder policy = ProfitPolicy.builder();
    if (rule != null) {
      policy.statutesClause(DistributionClause.of(rule));
    }
    if (figures) {
      int before = problems.size();
      Sourced yearText = required(group, CsvColumn.FISCAL_YEAR);
      BigDecimal reinvested = amount(group, CsvColumn.REINVESTED);
      BigDecimal distributed = amount(group, CsvColumn.DISTRIBUTED);
      if (yearText != null && !CsvShapes.isYear(yearText.value)) {
        problem(yearText.line, CsvColumn.FISCAL_YEAR, "csv.year", shown(yearText.value));
      }
      if (problems.size() != before) {
        return Optional.empty();
      }
      try {
        policy.addFiscalYear(FiscalYear.builder()
            .year(Year.of(Integer.parseInt(yearText.value)))
            .reinvested(reinvested)
            .distributed(distributed)
            .build());
      } catch (InvariantViolationException e) {
        problems.add(InputProblem.ofLine(file, yearText.line, null, e::getMessage));
        return Optional.empty();
      }
    }
    return Optional.of(policy.build());
  }

  /** The self-declaration columns, in the order a problem about the whole declaration lists them. */
  private static final List<CsvColumn> SELF_DECLARATION = List.of(CsvColumn.SELF_DECLARED_INDICATOR,
      CsvColumn.SELF_DECLARED_PERCENTAGE, CsvColumn.SELF_DECLARED_CATEGORIES, CsvColumn.SELF_DECLARED_DOCUMENT_ID,
      CsvColumn.SELF_DECLARED_STANDARD_VERSION);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The answers of the bidder's ESPD response to the criterion "Economic operator is a sheltered
   * workshop", transcribed: the percentage is read in per cent, as the ESPD reader reads it, and a
   * value it would find ambiguous (in (0, 1]: a fraction or per cent?) is a problem here, where
   * the person who typed it can write it in per cent. The source document's ID and version are
   * required, as a self-declaration always names its source.
   */
  private Optional<SelfDeclaredShare> selfDeclaration(Group group) {
    if (SELF_DECLARATION.stream().noneMatch(group.values::containsKey)) {
      return Optional.empty();
    }
    int before = problems.size();
    SelfDeclaredShareBuilder declaration = SelfDeclaredShare.builder().document(DeclarationDocument.ESPD_RESPONSE);
    if (group.values.containsKey(CsvColumn.SELF_DECLARED_INDICATOR)) {
      declaration.indicator(Optional.ofNullable(yesNo(group, CsvColumn.SELF_DECLARED_INDICATOR)));
    }
    Sourced percentage = group.values.get(CsvColumn.SELF_DECLARED_PERCENTAGE);
    if (percentage != null) {
      BigDecimal value = decimal(percentage.line, CsvColumn.SELF_DECLARED_PERCENTAGE, percentage.value);
      if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
        problem(percentage.line, CsvColumn.SELF_DECLARED_PERCENTAGE, "csv.percentRange", shown(percentage.value));
      } else if (value != null && value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0) {
        problem(percentage.line, CsvColumn.SELF_DECLARED_PERCENTAGE, "csv.percentAmbiguous", shown(percentage.value));
      } else if (value != null) {
        declaration.declaredValue(percentage.value).declaredShare(Share.ofPercent(value));
      }
    }
    String categories = text(group, CsvColumn.SELF_DECLARED_CATEGORIES, false);
    if (categories != null) {
      declaration.categories(categories);
    }
    String documentId = text(group, CsvColumn.SELF_DECLARED_DOCUMENT_ID, true);
    String version = text(group, CsvColumn.SELF_DECLARED_STANDARD_VERSION, true);
    if (problems.size() != before) {
      return Optional.empty();
    }
    try {
      return Optional.of(declaration.documentId(documentId).standardVersion(version).build());
    } catch (InvariantViolationException e) {
      problems.add(InputProblem.ofLine(file, group.rows.get(0).line, null, e::getMessage));
      return Optional.empty();
    }
  }

  // ----------------------------------------------------------------------------------------- cells

  private Sourced required(Group group, CsvColumn column) {
    Sourced value = group.values.get(column);
    if (value == null) {
      problem(group.rows.get(0).line, column, "csv.required");
    }
    return value;
  }

  private String text(Group group, CsvColumn column, boolean required) {
    Sourced value = required ? required(group, column) : group.values.get(column);
    return value == null ? null : value.value;
  }

  private <E extends Enum<E>> E code(Group group, CsvColumn column, Codes<E> codes, boolean required) {
    Sourced value = required ? required(group, column) : group.values.get(column);
    if (value == null) {
      return null;
    }
    E constant = codes.get(value.value);
    if (constant == null) {
      problem(value.line, column, "csv.code", shown(value.value), codes.list());
    }
    return constant;
  }

  private Integer whole(Group group, CsvColumn column) {
    Sourced value = required(group, column);
    if (value == null) {
      return null;
    }
    if (!CsvShapes.isWhole(value.value)) {
      problem(value.line, column, "csv.whole", shown(value.value));
      return null;
    }
    return Integer.valueOf(value.value);
  }

  private BigDecimal decimal(Group group, CsvColumn column) {
    Sourced value = required(group, column);
    return value == null ? null : decimal(value.line, column, value.value);
  }

  private BigDecimal decimal(long line, CsvColumn column, String text) {
    if (text == null) {
      return null;
    }
    if (!CsvShapes.isDecimal(text)) {
      problem(line, column, "csv.decimal", shown(text));
      return null;
    }
    return new BigDecimal(text.replace(',', '.'));
  }

  /** A required decimal that may not be negative: full-time equivalents, amounts of money. */
  private BigDecimal amount(Group group, CsvColumn column) {
    BigDecimal amount = decimal(group, column);
    if (amount != null && amount.signum() < 0) {
      problem(group.values.get(column).line, column, "csv.negative", shown(group.values.get(column).value));
      return null;
    }
    return amount;
  }

  private LocalDate date(Group group, CsvColumn column, boolean required) {
    Sourced value = required ? required(group, column) : group.values.get(column);
    if (value == null) {
      return null;
    }
    LocalDate date = CsvShapes.date(value.value);
    if (date == null) {
      problem(value.line, column, "csv.date", shown(value.value));
    }
    return date;
  }

  private Boolean yesNo(Group group, CsvColumn column) {
    Sourced value = required(group, column);
    if (value == null) {
      return null;
    }
    switch (value.value.toLowerCase(Locale.ROOT)) {
      case "ja":
      case "yes":
        return Boolean.TRUE;
      case "nej":
      case "no":
        return Boolean.FALSE;
      default:
        problem(value.line, column, "csv.yesNo", shown(value.value));
        return null;
    }
  }

  // -------------------------------------------------------------------------------------- problems

  private void problem(long line, CsvColumn column, String key, Object... arguments) {
    problems.add(InputProblem.ofLine(file, line, column == null ? null : columnName(column),
        InputProblem.message(key, arguments)));
  }

  /**
   * Names a column as the file's header names it; a column the file lacks by both its names, as
   * {@code sysselsatta/occupied}.
   */
  private String columnName(CsvColumn column) {
    String header = headers.get(column);
    return header != null ? header : column.header(Locale.forLanguageTag("sv")) + "/" + column.header(Locale.ENGLISH);
  }

  private InputFileException fileProblem(String key, Object... arguments) {
    return new InputFileException(InputProblem.ofFile(file, InputProblem.message(key, arguments)));
  }

  private InputFileException lineProblem(long line, String key, Object... arguments) {
    return new InputFileException(InputProblem.ofLine(file, line, null, InputProblem.message(key, arguments)));
  }
}
