package se.asf.json.base;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.base.internal.DocumentCodec;
import se.asf.json.base.internal.JsonSyntax;
import se.asf.json.base.internal.ParseFailure;
import se.asf.json.base.internal.Problems;
import se.asf.json.base.internal.Scalars;
import se.asf.json.base.internal.Token;
import se.asf.json.base.internal.TokenReader;
import se.asf.json.base.internal.WireFailure;
import se.asf.json.base.internal.WireProblem;

/**
 * Reads bidders one at a time, from a bidders document ({@code {"formatVersion": 2, "bidders": [...]}},
 * format 1 too) or from JSON Lines (one enterprise object per line), and hands each one over, read or
 * with its problems, before it reads the next ({@link AsfJsonDocuments#streamBidders(InputStream)},
 * {@link AsfJsonDocuments#streamBidderLines(InputStream)}).
 *
 * <p><b>Memory</b> is bounded by the largest bidder, not by the input: each bidder's bytes are cut out
 * of the input and read as a document of their own, with every check and every limit of the strict
 * reader ({@link AsfJsonDocuments}): the nesting, string, number and name limits, UTF-8 without NUL
 * bytes, no unknown or repeated property, no {@code null}; a bidder over one of them is reported and
 * the reading goes on. A bidder (or a line) over {@value #MAX_BIDDER_BYTES} bytes, or a run of more
 * whitespace than that, ends the stream with a {@link JsonProblemCode#LIMIT_EXCEEDED} problem: past
 * it nothing could be found without reading on without end. The whole stream is bounded by a count
 * of bidders, {@value #DEFAULT_MAX_BIDDERS} unless the caller gives
 * another; the item after the last one allowed ends the stream with a
 * {@link JsonProblemCode#LIMIT_EXCEEDED} problem.
 *
 * <p><b>Problems.</b> A bidder with problems is an item with its problems and the reading goes on,
 * except that broken JSON in a bidders document ends it: the stream's last item then
 * {@linkplain StreamedBidder#endsStream() ends the stream} and says where (its line, and a syntax
 * message with the line and column in the whole input). In JSON Lines every line stands alone, so
 * only a bound or a failing input ends the stream. In a bidders document the {@code formatVersion}
 * is checked where it stands: canonical documents give it first; one given after the bidders is
 * checked after they were handed over.
 *
 * <p>Not thread-safe. {@link #close()} closes the input.
 */
public final class BidderStream implements Iterator<StreamedBidder>, Closeable {
  /** The bidders a stream reads unless the caller sets another bound: 2 000 000, more than Sweden's register. */
  public static final long DEFAULT_MAX_BIDDERS = 2_000_000L;
  /** The largest bidder read, in bytes: the strict reader's document limit, 16 MiB. */
  public static final int MAX_BIDDER_BYTES = AsfJsonDocuments.MAX_DOCUMENT_BYTES;

  /** Reads one bidder's bytes as a document of its own. */
  @FunctionalInterface
  interface Reading {
    Enterprise bidder(byte[] bytes) throws IOException;
  }

  private enum State { START, MEMBERS, AFTER_MEMBER, ELEMENTS, AFTER_ELEMENT, END, DONE }

  private final Input input;
  private final boolean lines;
  private final long maxBidders;
  private final JsonSyntax syntax;
  private final Reading reading;
  private State state = State.START;
  private StreamedBidder next;
  private long met;
  private boolean version;
  private boolean bidders;

  BidderStream(InputStream in, boolean lines, long maxBidders, JsonSyntax syntax, Reading reading) {
    if (maxBidders < 0) {
      throw new IllegalArgumentException("maxBidders < 0: " + maxBidders);
    }
    this.input = new Input(Objects.requireNonNull(in, "in"));
    this.lines = lines;
    this.maxBidders = maxBidders;
    this.syntax = syntax;
    this.reading = reading;
  }

  @Override
  public boolean hasNext() {
    if (next == null && state != State.DONE) {
      try {
        next = lines ? nextLine() : nextInDocument();
      } catch (Overlong e) {
        // Nothing past it can be found without reading on without end: the stream ends here.
        next = end(input.line, ProblemReports.exception(pointerHere(), JsonProblemCode.LIMIT_EXCEEDED,
            e.key, Integer.toString(MAX_BIDDER_BYTES)).getProblems());
      } catch (IOException e) {
        state = State.DONE;
        throw new UncheckedIOException(e);
      }
      if (next == null || next.endsStream()) {
        state = State.DONE;
      }
    }
    return next != null;
  }

  @Override
  public StreamedBidder next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    StreamedBidder item = next;
    next = null;
    return item;
  }

  /**
   * Returns the rest of the items as a sequential stream; closing it closes this reader.
   *
   * @return the stream
   */
  public Stream<StreamedBidder> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL),
        false).onClose(this::close);
  }

  /**
   * Returns how many bidders were met so far, read or not.
   *
   * @return the count
   */
  public long getBiddersMet() {
    return met;
  }

  /**
   * Stops the reading and closes the input.
   *
   * @throws UncheckedIOException if the input cannot be closed
   */
  @Override
  public void close() {
    state = State.DONE;
    next = null;
    try {
      input.in.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ------------------------------------------------------------------------------------ JSON Lines

  private StreamedBidder nextLine() throws IOException {
    if (input.peek() < 0) {
      return null;
    }
    long line = input.line;
    if (met >= maxBidders) {
      return end(line, ProblemReports.exception("", JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-bidders",
          Long.toString(maxBidders)).getProblems());
    }
    Slice slice = input.line();
    return bidder(slice, line, 1, "");
  }

  // ------------------------------------------------------------------------------ bidders document

  private StreamedBidder nextInDocument() throws IOException {
    while (true) {
      switch (state) {
        case START -> {
          if (input.startsWithByteOrderMark()) {
            return end(ProblemReports.exception("", JsonProblemCode.ENCODING, "problem.bom"));
          }
          int c = input.skipWhitespace();
          if (c < 0) {
            return end(ProblemReports.exception("", JsonProblemCode.EMPTY_DOCUMENT, "problem.empty"));
          }
          if (c != '{') {
            return end(notThere("", "type.object"));
          }
          input.read();
          state = State.MEMBERS;
          if (input.skipWhitespace() == '}') {
            input.read();
            state = State.END;
          }
        }
        case MEMBERS -> {
          StreamedBidder problem = member();
          if (problem != null) {
            return problem;
          }
        }
        case AFTER_MEMBER -> {
          int c = input.skipWhitespace();
          if (c == ',') {
            input.read();
            state = State.MEMBERS;
          } else if (c == '}') {
            input.read();
            state = State.END;
          } else {
            return syntax();
          }
        }
        case ELEMENTS -> {
          int c = input.skipWhitespace();
          if (c == ']' && met == 0) {
            input.read();
            state = State.AFTER_MEMBER;
            continue;
          }
          if (met >= maxBidders) {
            return end(input.line, ProblemReports.exception("/bidders/" + met, JsonProblemCode.LIMIT_EXCEEDED,
                "problem.limit-bidders", Long.toString(maxBidders)).getProblems());
          }
          if (!Input.startsValue(c)) {
            return syntax();
          }
          long line = input.line;
          long column = input.column + 1;
          Slice slice = input.value(MAX_BIDDER_BYTES);
          if (slice == null) {
            return syntax();
          }
          state = State.AFTER_ELEMENT;
          return bidder(slice, line, column, "/bidders/" + met);
        }
        case AFTER_ELEMENT -> {
          int c = input.skipWhitespace();
          if (c != ',' && c != ']') {
            return syntax();
          }
          input.read();
          state = c == ',' ? State.ELEMENTS : State.AFTER_MEMBER;
        }
        case END -> {
          if (input.skipWhitespace() >= 0) {
            return end(ProblemReports.exception("", JsonProblemCode.TRAILING_CONTENT, "problem.trailing"));
          }
          if (!version || !bidders) {
            String missing = version ? "bidders" : DocumentCodec.FORMAT_VERSION_PROPERTY;
            return end(ProblemReports.exception("/" + missing, JsonProblemCode.MISSING_PROPERTY, "problem.missing",
                missing));
          }
          return null;
        }
        default -> {
          return null;
        }
      }
    }
  }

  /** Reads one property of the document; returns a problem that ends the stream, or null. */
  private StreamedBidder member() throws IOException {
    if (input.skipWhitespace() != '"') {
      return syntax();
    }
    long nameLine = input.line;
    long nameColumn = input.column + 1;
    Slice nameSlice;
    try {
      nameSlice = input.value(AsfJsonDocuments.MAX_NAME_LENGTH * 6 + 2);
    } catch (Overlong e) {
      return end(ProblemReports.exception("", JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-name",
          Integer.toString(AsfJsonDocuments.MAX_NAME_LENGTH)));
    }
    if (nameSlice == null) {
      return syntax();
    }
    String name;
    try {
      TokenReader reader = syntax.open(nameSlice.bytes);
      reader.next();
      name = reader.text();
    } catch (ParseFailure e) {
      return end(ProblemReports.from(new ParseFailure(e.pointer(), placed(e.problem(), nameLine, nameColumn))));
    }
    if (input.skipWhitespace() != ':') {
      return syntax();
    }
    input.read();
    int c = input.skipWhitespace();
    if (!Input.startsValue(c)) {
      return syntax();
    }
    boolean isVersion = DocumentCodec.FORMAT_VERSION_PROPERTY.equals(name);
    if (!isVersion && !"bidders".equals(name)) {
      return end(ProblemReports.from(Problems.fail(JsonProblemCode.UNKNOWN_PROPERTY, "problem.unknown-property",
          se.asf.json.base.internal.SafeText.echo(name), DocumentCodec.FORMAT_VERSION_PROPERTY + ", bidders").under(name)));
    }
    if (isVersion ? version : bidders) {
      return end(ProblemReports.from(Problems.fail(JsonProblemCode.DUPLICATE_PROPERTY, "problem.duplicate-property",
          se.asf.json.base.internal.SafeText.echo(name)).under(name)));
    }
    if (!isVersion && c == '[') {
      input.read();
      bidders = true;
      state = State.ELEMENTS;
      return null;
    }
    long valueLine = input.line;
    long valueColumn = input.column + 1;
    Slice value = input.value(MAX_BIDDER_BYTES);
    if (value == null) {
      return syntax();
    }
    try {
      TokenReader reader = syntax.open(value.bytes);
      if (reader.next() == Token.NULL) {
        throw Problems.fail(JsonProblemCode.NULL_VALUE, "problem.null");
      }
      if (!isVersion) {
        throw Problems.wrongType(reader, "type.array");
      }
      int read = Scalars.INT.read(reader);
      if (read < DocumentCodec.OLDEST_FORMAT_VERSION || read > DocumentCodec.FORMAT_VERSION) {
        throw Problems.fail(JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "problem.format-version",
            Integer.toString(read), Integer.toString(DocumentCodec.FORMAT_VERSION));
      }
    } catch (WireFailure e) {
      return end(ProblemReports.from(e.under(name)));
    } catch (ParseFailure e) {
      return end(ProblemReports.from(new ParseFailure("/" + name + e.pointer(),
          placed(e.problem(), valueLine, valueColumn))));
    }
    version = true;
    state = State.AFTER_MEMBER;
    return null;
  }

  /** The problem of a value that is not of the type expected there, read on its own to say what it is. */
  private AsfJsonException notThere(String pointer, String expected) throws IOException {
    Slice value = input.value(MAX_BIDDER_BYTES);
    if (value == null) {
      return new AsfJsonException(syntax().getProblems());
    }
    try {
      AsfJsonDocuments.preflight(value.bytes);
      TokenReader reader = syntax.open(value.bytes);
      reader.next();
      return new AsfJsonException(ProblemReports.from(pointer, Problems.wrongType(reader, expected).getCause()));
    } catch (ParseFailure e) {
      return new AsfJsonException(ProblemReports.from(e));
    } catch (AsfJsonException e) {
      return e;
    }
  }

  // ------------------------------------------------------------------------------------------ items

  /** Reads one bidder's bytes; {@code prefix} is the pointer of the bidder in the input. */
  private StreamedBidder bidder(Slice slice, long line, long column, String prefix) throws IOException {
    long index = met++;
    try {
      return new StreamedBidder(index, line, reading.bidder(slice.bytes), List.of(), false);
    } catch (AsfJsonException e) {
      List<JsonProblem> problems = e.getProblems().stream()
          .map(p -> JsonProblem.of(prefix + p.getPointer(), p.getCode(), p.getMessage(SV), p.getMessage(EN)))
          .toList();
      return new StreamedBidder(index, line, null, problems, false);
    } catch (WireFailure e) {
      return new StreamedBidder(index, line, null, ProblemReports.from(prefix + e.pointer(), e.getCause()), false);
    } catch (ParseFailure e) {
      boolean broken = e.problem().getCode() == JsonProblemCode.SYNTAX;
      List<JsonProblem> problems = ProblemReports.from(new ParseFailure(prefix + e.pointer(),
          placed(e.problem(), line, column)));
      // In a bidders document broken JSON may have misled the cut: nothing after it can be trusted.
      return new StreamedBidder(index, line, null, problems, broken && !lines);
    }
  }

  /**
   * A syntax problem of a slice of the input, placed in the whole input: the parser counts lines and
   * columns from the slice's first byte, which stands at {@code line} and {@code column}.
   */
  private static WireProblem placed(WireProblem problem, long line, long column) {
    if (problem.getCode() != JsonProblemCode.SYNTAX || !"problem.syntax".equals(problem.key())) {
      return problem;
    }
    long relativeLine = Long.parseLong(String.valueOf(problem.arguments()[0]));
    long relativeColumn = Long.parseLong(String.valueOf(problem.arguments()[1]));
    return new WireProblem(JsonProblemCode.SYNTAX, "problem.syntax", Long.toString(line + relativeLine - 1),
        Long.toString(relativeLine == 1 ? column + relativeColumn - 1 : relativeColumn));
  }

  private static final java.util.Locale SV = java.util.Locale.forLanguageTag("sv");
  private static final java.util.Locale EN = java.util.Locale.ENGLISH;

  private StreamedBidder syntax() {
    return end(ProblemReports.exception(pointerHere(), JsonProblemCode.SYNTAX, "problem.syntax",
        Long.toString(input.line), Long.toString(input.column + 1)));
  }

  /** The pointer of the bidder the reader stands at: none in JSON Lines, whose state stays at the start. */
  private String pointerHere() {
    return state == State.ELEMENTS || state == State.AFTER_ELEMENT ? "/bidders/" + met : "";
  }

  private StreamedBidder end(AsfJsonException e) {
    return end(input.line, e.getProblems());
  }

  private StreamedBidder end(List<JsonProblem> problems) {
    return end(input.line, problems);
  }

  private StreamedBidder end(long line, List<JsonProblem> problems) {
    return new StreamedBidder(met, line, null, problems, true);
  }

  // ------------------------------------------------------------------------------------------ input

  /** The bytes of one value or line. */
  private record Slice(byte[] bytes) {}

  /** A value, a line or a run of whitespace longer than {@link #MAX_BIDDER_BYTES}: the stream ends there. */
  private static final class Overlong extends IOException {
    private static final long serialVersionUID = 1L;
    final String key;

    Overlong(String key) {
      super(key, null);
      this.key = key;
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  }

  /** The input, buffered, with the line and column of the next byte. */
  private static final class Input {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    long line = 1;
    long column;
    private byte[] value = new byte[8 * 1024];
    private int length;

    Input(InputStream in) {
      this.in = in;
    }

    int peek() throws IOException {
      if (position == limit) {
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit <= 0) {
          limit = 0;
          return -1;
        }
      }
      return buffer[position] & 0xFF;
    }

    int read() throws IOException {
      int c = peek();
      if (c >= 0) {
        position++;
        if (c == '\n') {
          line++;
          column = 0;
        } else if ((c & 0xC0) != 0x80) {
          column++;
        }
      }
      return c;
    }

    /** Whether the input starts with a byte-order mark; asked before anything is read. */
    boolean startsWithByteOrderMark() throws IOException {
      int first = peek();
      if (first != 0xEF && first != 0xFE && first != 0xFF) {
        return false;
      }
      return true;
    }

    /** Skips JSON whitespace, at most {@link #MAX_BIDDER_BYTES} in a row; returns the next byte, unread, or -1. */
    int skipWhitespace() throws IOException {
      int c = peek();
      int run = 0;
      while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        if (++run > MAX_BIDDER_BYTES) {
          throw new Overlong("problem.limit-whitespace");
        }
        read();
        c = peek();
      }
      return c;
    }

    static boolean startsValue(int c) {
      return c >= 0 && c != ',' && c != ']' && c != '}' && c != ':';
    }

    /**
     * Cuts out one JSON value: an object or array to its matching bracket, a string to its closing
     * quote, anything else to the next delimiter. Returns null when the input ends inside it.
     */
    Slice value(int bound) throws IOException {
      length = 0;
      int first = read();
      keep(first, bound);
      if (first == '{' || first == '[' || first == '"') {
        int depth = first == '"' ? 0 : 1;
        boolean string = first == '"';
        boolean escape = false;
        while (true) {
          int c = read();
          if (c < 0) {
            return null;
          }
          keep(c, bound);
          if (string) {
            if (escape) {
              escape = false;
            } else if (c == '\\') {
              escape = true;
            } else if (c == '"') {
              string = false;
              if (depth == 0) {
                break;
              }
            }
          } else if (c == '"') {
            string = true;
          } else if (c == '{' || c == '[') {
            depth++;
          } else if ((c == '}' || c == ']') && --depth == 0) {
            break;
          }
        }
      } else {
        for (int c = peek(); c >= 0 && c != ',' && c != ']' && c != '}' && c != ' ' && c != '\t' && c != '\n'
            && c != '\r'; c = peek()) {
          keep(read(), bound);
        }
      }
      return new Slice(java.util.Arrays.copyOf(value, length));
    }

    /** Cuts out one line, without its line end. */
    Slice line() throws IOException {
      length = 0;
      for (int c = read(); c >= 0 && c != '\n'; c = read()) {
        keep(c, MAX_BIDDER_BYTES);
      }
      return new Slice(java.util.Arrays.copyOf(value, length));
    }

    private void keep(int c, int bound) throws Overlong {
      if (length >= bound) {
        throw new Overlong("problem.limit-bidder");
      }
      if (length == value.length) {
        value = java.util.Arrays.copyOf(value, Math.min(bound, value.length * 2));
      }
      value[length++] = (byte) c;
    }
  }
}
