package se.asf.json.deser;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.function.Function;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.Documents;

/**
 * Reads a top-level document: {@code formatVersion}, which must be {@value Documents#FORMAT_VERSION}
 * and is checked as soon as it is read, and one content property.
 *
 * @param <D> the document type
 * @param <C> the content type
 */
final class DocumentDeserializer<D, C> extends ObjectDeserializer<D> {
  private final Field<Integer> formatVersion;
  private final Field<C> content;
  private final Function<C, D> wrap;

  DocumentDeserializer(Class<D> type, String contentProperty, ValueReader<C> reader, Function<C, D> wrap) {
    this(type, contentProperty, reader, wrap, Documents.FORMAT_VERSION, Documents.FORMAT_VERSION);
  }

  DocumentDeserializer(Class<D> type, String contentProperty, ValueReader<C> reader, Function<C, D> wrap,
      int oldest, int newest) {
    this(type, version(oldest, newest), Field.of(contentProperty, reader), wrap);
  }

  private DocumentDeserializer(Class<D> type, Field<Integer> formatVersion, Field<C> content, Function<C, D> wrap) {
    super(type, formatVersion, content);
    this.formatVersion = formatVersion;
    this.content = content;
    this.wrap = wrap;
  }

  /** The format version, checked as soon as it is read: from {@code oldest} to {@code newest}. */
  private static Field<Integer> version(int oldest, int newest) {
    return Field.of(Documents.FORMAT_VERSION_PROPERTY, (p, ctxt) -> {
      int version = Scalars.INT.read(p, ctxt);
      if (version < oldest || version > newest) {
        throw Problems.fail(ctxt, JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "problem.format-version",
            Integer.toString(version), Integer.toString(newest));
      }
      return version;
    });
  }

  @Override
  protected D build(FieldValues values) throws JsonMappingException {
    values.required(formatVersion);
    return wrap.apply(values.required(content));
  }
}
