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
  private static final Field<Integer> FORMAT_VERSION = Field.of(Documents.FORMAT_VERSION_PROPERTY, (p, ctxt) -> {
    int version = Scalars.INT.read(p, ctxt);
    if (version != Documents.FORMAT_VERSION) {
      throw Problems.fail(ctxt, JsonProblemCode.UNSUPPORTED_FORMAT_VERSION, "problem.format-version",
          Integer.toString(version), Integer.toString(Documents.FORMAT_VERSION));
    }
    return version;
  });

  private final Field<C> content;
  private final Function<C, D> wrap;

  DocumentDeserializer(Class<D> type, String contentProperty, ValueReader<C> reader, Function<C, D> wrap) {
    this(type, Field.of(contentProperty, reader), wrap);
  }

  private DocumentDeserializer(Class<D> type, Field<C> content, Function<C, D> wrap) {
    super(type, FORMAT_VERSION, content);
    this.content = content;
    this.wrap = wrap;
  }

  @Override
  protected D build(FieldValues values) throws JsonMappingException {
    values.required(FORMAT_VERSION);
    return wrap.apply(values.required(content));
  }
}
