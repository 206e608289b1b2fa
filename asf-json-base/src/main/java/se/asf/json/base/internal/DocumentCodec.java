package se.asf.json.base.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.base.AsfDocument;
import se.asf.json.base.JsonProblemCode;

/**
 * Reads and writes the top-level documents: {@code formatVersion}, which is checked as soon as it
 * is read, and one content property. The content is read and written by the engine's entry points
 * for one value at the current token: {@link #enterprise()} (an enterprise document's content, or one
 * bidder), {@link #procurement()} and {@link #assessment()}.
 */
public final class DocumentCodec {
  /**
   * The format version of enterprise, bidders and procurement documents: 2, with foreign identifiers,
   * self-declared shares, the share requirement's self-declaration policy and maximum workforce age, and
   * the facts that may be unknown left out. Version 1 documents are still read: every fact version 2
   * added is optional, and absent means unknown or the default.
   */
  public static final int FORMAT_VERSION = 2;
  /** The oldest format version still read, of every document. */
  public static final int OLDEST_FORMAT_VERSION = 1;
  /**
   * The format version of assessment-report documents: 3, with typed figures, per-site results with
   * their position warnings, and messages in the configured languages. Version 2 (no warnings) and
   * version 1 reports are still read.
   */
  public static final int ASSESSMENT_REPORT_FORMAT_VERSION = 3;
  /** The property holding the format version. */
  public static final String FORMAT_VERSION_PROPERTY = "formatVersion";

  private final Codecs codecs;

  /** Creates the codec. */
  public DocumentCodec(Codecs codecs) {
    this.codecs = codecs;
  }

  /** Reads and writes one enterprise value. */
  public Codecs.Declared<Enterprise> enterprise() {
    return codecs.of(Declarations.ENTERPRISE);
  }

  /** Reads and writes one reserved procurement value. */
  public Codecs.Declared<ReservedProcurement> procurement() {
    return codecs.of(Declarations.RESERVED_PROCUREMENT);
  }

  /** Reads and writes one assessment value; only when asf-rules is present. */
  public Codecs.Declared<se.asf.rules.Assessment> assessment() {
    return codecs.of(RuleCodecs.ASSESSMENT);
  }

  /** Reads the bidders array: stopping at the first problem, or, with a collector, read whole. */
  public ValueReader<List<Enterprise>> bidders(ElementProblems collector) {
    return collector == null ? Scalars.listOf(enterprise()) : whole(collector);
  }

  /** Reads a document, {@code formatVersion} and the content, from its first token on. */
  public <C> C read(TokenReader in, AsfDocument document, ValueReader<C> content) throws IOException {
    int newest = version(document);
    Field<Integer> version = Field.of(FORMAT_VERSION_PROPERTY, r -> {
      int read = Scalars.INT.read(r);
      if (read < OLDEST_FORMAT_VERSION || read > newest) {
        throw Problems.fail(JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "problem.format-version",
            Integer.toString(read), Integer.toString(newest));
      }
      return read;
    });
    Field<C> field = Field.of(document.getContentProperty(), content);
    in.next();
    return new ObjectReader<C>(List.of(version, field)) {
      @Override
      protected C build(FieldValues values) throws IOException {
        values.get(version);
        return values.get(field);
      }
    }.read(in);
  }

  /** Writes a document, in the newest format version. */
  public <C> void write(TokenWriter out, AsfDocument document, ValueWriter<C> content, C value) throws IOException {
    out.startObject();
    out.name(FORMAT_VERSION_PROPERTY);
    out.number(Integer.toString(version(document)));
    out.name(document.getContentProperty());
    content.write(out, value);
    out.endObject();
  }

  private static int version(AsfDocument document) {
    return document == AsfDocument.ASSESSMENT_REPORT ? ASSESSMENT_REPORT_FORMAT_VERSION : FORMAT_VERSION;
  }

  /** Returns this library's version, as the build wrote it. */
  public static String libraryVersion() {
    Properties properties = new Properties();
    try (InputStream in = DocumentCodec.class.getResourceAsStream("/se/asf/json/base/version.properties")) {
      if (in == null) {
        return "0.0.0";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "0.0.0");
  }

  /**
   * Reads the bidders array whole: a bidder with a problem is recorded in the collector and skipped, and the
   * reading goes on with the next one until the collector's bound.
   */
  private ValueReader<List<Enterprise>> whole(ElementProblems collector) {
    ValueReader<Enterprise> element = enterprise();
    return in -> {
      if (in.current() != Token.START_ARRAY) {
        throw Problems.wrongType(in, "type.array");
      }
      int depth = in.depth();
      List<Enterprise> list = new ArrayList<>();
      int index = 0;
      for (Token token = in.next(); token != Token.END_ARRAY; token = in.next(), index++) {
        if (collector.full()) {
          skipToEnd(in, depth);
          break;
        }
        try {
          if (token == Token.NULL) {
            throw Problems.fail(JsonProblemCode.NULL_VALUE, "problem.null");
          }
          Enterprise value = element.read(in);
          list.add(value);
          collector.accept(index, value);
        } catch (WireFailure e) {
          collector.refuse(index, e.under(index).under(AsfDocument.BIDDERS.getContentProperty()));
          // Back to the array, past the rest of the element; a broken document stops the reading here.
          while (in.depth() != depth) {
            in.next();
          }
        }
      }
      return list;
    };
  }

  /**
   * Moves past the array's end without reading its elements: its end is the first token outside it, as
   * every token of its elements is deeper.
   */
  private static void skipToEnd(TokenReader in, int depth) throws IOException {
    while (in.depth() != depth - 1) {
      in.next();
    }
  }
}
