package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.function.Function;
import se.asf.json.wire.Documents;

/**
 * Writes a top-level document: {@code "formatVersion": 1} first, then its one content property.
 *
 * @param <D> the document type
 */
final class DocumentSerializer<D> extends AsfSerializer<D> {
  /** Writes a document's content property value. */
  @FunctionalInterface
  interface Content<D> {
    void write(D document, JsonGenerator g, SerializerProvider provider) throws IOException;
  }

  private final String property;
  private final Content<D> content;
  private final int version;

  DocumentSerializer(Class<D> type, String property, Content<D> content) {
    this(type, property, content, Documents.FORMAT_VERSION);
  }

  DocumentSerializer(Class<D> type, String property, Content<D> content, int version) {
    super(type);
    this.property = property;
    this.content = content;
    this.version = version;
  }

  static <D, C> Content<D> single(Function<D, C> get, AsfSerializer<C> serializer) {
    return (document, g, provider) -> serializer.serialize(get.apply(document), g, provider);
  }

  static <D, C> Content<D> list(Function<D, java.util.List<C>> get, AsfSerializer<C> serializer) {
    return (document, g, provider) -> {
      g.writeStartArray();
      for (C value : get.apply(document)) {
        serializer.serialize(value, g, provider);
      }
      g.writeEndArray();
    };
  }

  @Override
  public void serialize(D value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject(value);
    g.writeNumberField(Documents.FORMAT_VERSION_PROPERTY, version);
    g.writeFieldName(property);
    content.write(value, g, provider);
    g.writeEndObject();
  }
}
