package se.asf.json.base.internal;

import java.io.IOException;
import java.util.List;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.base.JsonProblemCode;

/**
 * Reads and writes the top-level documents: {@code formatVersion}, which is checked as soon as it
 * is read, and one content property.
 */
public final class DocumentCodec {
  private final Codecs codecs;

  /** Creates the codec. */
  public DocumentCodec(Codecs codecs) {
    this.codecs = codecs;
  }

  /** Reads an enterprise document. */
  public Enterprise readEnterprise(TokenReader in) throws IOException {
    return read(in, "enterprise", codecs.of(Declarations.ENTERPRISE), Documents.FORMAT_VERSION);
  }

  /** Reads a bidders document. */
  public List<Enterprise> readBidders(TokenReader in, ElementProblems collector) throws IOException {
    ValueReader<Enterprise> enterprises = codecs.of(Declarations.ENTERPRISE);
    return read(in, "bidders", collector == null ? Scalars.listOf(enterprises)
        : WholeList.of(enterprises, collector, "bidders"), Documents.FORMAT_VERSION);
  }

  /** Reads one bidder of a stream: an enterprise object with no document around it. */
  public Enterprise readBidder(TokenReader in) throws IOException {
    in.next();
    return codecs.of(Declarations.ENTERPRISE).read(in);
  }

  /** Writes one assessment of a streamed report; only when asf-rules is present. */
  public void writeAssessment(TokenWriter out, se.asf.rules.Assessment assessment) throws IOException {
    codecs.rules().assessmentWriter.write(out, assessment);
  }

  /** Reads a reserved-procurement document. */
  public ReservedProcurement readProcurement(TokenReader in) throws IOException {
    return read(in, "procurement", codecs.of(Declarations.RESERVED_PROCUREMENT), Documents.FORMAT_VERSION);
  }

  /** Reads an assessment-report document, version 1 or 2; only when asf-rules is present. */
  public List<se.asf.rules.Assessment> readAssessmentReport(TokenReader in) throws IOException {
    return read(in, "assessments", Scalars.listOf(codecs.rules().assessments),
        Documents.ASSESSMENT_REPORT_FORMAT_VERSION);
  }

  private <C> C read(TokenReader in, String property, ValueReader<C> content, int newest) throws IOException {
    Field<Integer> version = Field.of(Documents.FORMAT_VERSION_PROPERTY, r -> {
      int read = Scalars.INT.read(r);
      if (read < Documents.OLDEST_FORMAT_VERSION || read > newest) {
        throw Problems.fail(JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "problem.format-version",
            Integer.toString(read), Integer.toString(newest));
      }
      return read;
    });
    Field<C> field = Field.of(property, content);
    in.next();
    return new ObjectReader<C>(List.of(version, field)) {
      @Override
      protected C build(FieldValues values) throws IOException {
        values.required(version);
        return values.required(field);
      }
    }.read(in);
  }

  /** Writes an enterprise document. */
  public void writeEnterprise(TokenWriter out, Enterprise enterprise) throws IOException {
    write(out, "enterprise", Documents.FORMAT_VERSION, codecs.of(Declarations.ENTERPRISE), enterprise);
  }

  /** Writes a bidders document. */
  public void writeBidders(TokenWriter out, List<Enterprise> bidders) throws IOException {
    write(out, "bidders", Documents.FORMAT_VERSION, list(codecs.of(Declarations.ENTERPRISE)), bidders);
  }

  /** Writes a reserved-procurement document. */
  public void writeProcurement(TokenWriter out, ReservedProcurement procurement) throws IOException {
    write(out, "procurement", Documents.FORMAT_VERSION, codecs.of(Declarations.RESERVED_PROCUREMENT), procurement);
  }

  /** Writes an assessment-report document, version 2; only when asf-rules is present. */
  public void writeAssessmentReport(TokenWriter out, List<se.asf.rules.Assessment> assessments) throws IOException {
    write(out, "assessments", Documents.ASSESSMENT_REPORT_FORMAT_VERSION, list(codecs.rules().assessmentWriter),
        assessments);
  }

  private static <T> ValueWriter<List<T>> list(ValueWriter<T> element) {
    return (out, values) -> {
      out.startArray();
      for (T value : values) {
        element.write(out, value);
      }
      out.endArray();
    };
  }

  private static <C> void write(TokenWriter out, String property, int version, ValueWriter<C> content, C value)
      throws IOException {
    out.startObject();
    out.name(Documents.FORMAT_VERSION_PROPERTY);
    out.number(Integer.toString(version));
    out.name(property);
    content.write(out, value);
    out.endObject();
  }
}
