package se.asf.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.internal.Jackson;
import se.asf.json.base.internal.ParseFailure;
import se.asf.json.base.internal.Token;
import se.asf.json.base.internal.TokenReader;
import se.asf.json.base.internal.TokenWriter;
import se.asf.json.base.internal.ValueReader;
import se.asf.json.base.internal.ValueWriter;
import se.asf.json.base.internal.WireFailure;

/**
 * The Jackson 2 names of what asf-json-base's engine reads and writes through; everything else
 * (strictness, problems, pointers, messages) is the engine's.
 */
final class Jackson2 {
  private Jackson2() {}

  /** The strict parser factory: the limits, and every lenient feature off. */
  static JsonFactory strictFactory() {
    var builder = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(AsfJsonDocuments.MAX_DOCUMENT_BYTES).maxNestingDepth(AsfJsonDocuments.MAX_NESTING_DEPTH)
            .maxStringLength(AsfJsonDocuments.MAX_STRING_LENGTH).maxNumberLength(AsfJsonDocuments.MAX_NUMBER_LENGTH)
            .maxNameLength(AsfJsonDocuments.MAX_NAME_LENGTH).build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION, StreamReadFeature.AUTO_CLOSE_SOURCE,
            StreamReadFeature.USE_FAST_DOUBLE_PARSER, StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER);
    for (JsonReadFeature lenient : JsonReadFeature.values()) {
      builder.disable(lenient);
    }
    return builder.build();
  }

  /** A parser as the engine reads it; a whole document's parser problems become the engine's. */
  static TokenReader tokens(JsonParser p, boolean failOnUnknown, boolean document) {
    return new Jackson.Parser(p::currentToken, p::nextToken, p::currentName, p::getText, p::getDecimalValue,
        p::getDoubleValue, () -> p.getParsingContext().getNestingDepth(), failOnUnknown,
        document ? e -> parseFailure(p, e) : null);
  }

  private static ParseFailure parseFailure(JsonParser p, Exception e) {
    if (!(e instanceof JsonProcessingException problem) || e instanceof JsonMappingException) {
      return null;
    }
    JsonStreamContext c = p.getParsingContext();
    var at = problem.getLocation();
    return ParseFailure.of(String.valueOf(problem.getOriginalMessage()), e instanceof StreamConstraintsException,
        at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), new ParseFailure.Where(
            c.pathAsPointer().toString(), c.getParent() == null ? "" : c.getParent().pathAsPointer().toString(),
            c.inObject(), c.getCurrentName(), Token.of(p.currentToken())));
  }

  /** A generator as the engine writes through it. */
  static TokenWriter tokens(JsonGenerator g) {
    return (token, text) -> {
      switch (token) {
        case START_OBJECT -> g.writeStartObject();
        case END_OBJECT -> g.writeEndObject();
        case START_ARRAY -> g.writeStartArray();
        case END_ARRAY -> g.writeEndArray();
        case NAME -> g.writeFieldName(text);
        case STRING -> g.writeString(text);
        case TRUE, FALSE -> g.writeBoolean(token == Token.TRUE);
        default -> g.writeNumber(text);
      }
    };
  }

  /** Reads one asf type with the engine; a problem becomes a mapping exception with its path. */
  static final class Deserializer<T> extends JsonDeserializer<T> {
    private final Class<T> type;
    private final ValueReader<? extends T> reader;

    Deserializer(Class<T> type, ValueReader<? extends T> reader) {
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      try {
        return reader.read(tokens(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), false));
      } catch (WireFailure e) {
        JsonMappingException mapping = JsonMappingException.from(ctxt, e.getMessage(), e.getCause());
        Jackson.prependPath(e, index -> mapping.prependPath(type, index), name -> mapping.prependPath(type, name));
        throw mapping;
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Writes one asf type with the engine; a value that could not be read back is refused. */
  static final class Serializer<T> extends JsonSerializer<T> {
    private final Class<T> type;
    private final ValueWriter<? super T> writer;

    Serializer(Class<T> type, ValueWriter<? super T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
      try {
        writer.write(tokens(g), value);
      } catch (WireFailure e) {
        throw JsonMappingException.from(provider, e.getMessage(), e.getCause());
      }
    }

    @Override
    public Class<T> handledType() {
      return type;
    }
  }
}
