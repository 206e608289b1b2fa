package se.asf.json.jackson3;

import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.internal.Jackson;
import se.asf.json.base.internal.ParseFailure;
import se.asf.json.base.internal.Token;
import se.asf.json.base.internal.TokenReader;
import se.asf.json.base.internal.TokenWriter;
import se.asf.json.base.internal.ValueReader;
import se.asf.json.base.internal.ValueWriter;
import se.asf.json.base.internal.WireFailure;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;

/**
 * The Jackson 3 names of what asf-json-base's engine reads and writes through; everything else
 * (strictness, problems, pointers, messages) is the engine's.
 */
final class Jackson3 {
  private Jackson3() {}

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
    return new Jackson.Parser(p::currentToken, p::nextToken, p::currentName, p::getString, p::getDecimalValue,
        p::getDoubleValue, () -> p.streamReadContext().getNestingDepth(), failOnUnknown,
        document ? e -> parseFailure(p, e) : null);
  }

  private static ParseFailure parseFailure(JsonParser p, Exception e) {
    if (!(e instanceof JacksonException problem) || e instanceof DatabindException) {
      return null;
    }
    TokenStreamContext c = p.streamReadContext();
    var at = problem.getLocation();
    return ParseFailure.of(String.valueOf(problem.getOriginalMessage()), e instanceof StreamConstraintsException,
        at == null ? -1 : at.getLineNr(), at == null ? -1 : at.getColumnNr(), new ParseFailure.Where(
            c.pathAsPointer().toString(), c.getParent() == null ? "" : c.getParent().pathAsPointer().toString(),
            c.inObject(), c.currentName(), Token.of(p.currentToken())));
  }

  /** A generator as the engine writes through it. */
  static TokenWriter tokens(JsonGenerator g) {
    return (token, text) -> {
      switch (token) {
        case START_OBJECT -> g.writeStartObject();
        case END_OBJECT -> g.writeEndObject();
        case START_ARRAY -> g.writeStartArray();
        case END_ARRAY -> g.writeEndArray();
        case NAME -> g.writeName(text);
        case STRING -> g.writeString(text);
        case TRUE, FALSE -> g.writeBoolean(token == Token.TRUE);
        default -> g.writeNumber(text);
      }
    };
  }

  /** Reads one asf type with the engine; a problem becomes a databind exception with its path. */
  static final class Deserializer<T> extends ValueDeserializer<T> {
    private final Class<T> type;
    private final ValueReader<? extends T> reader;

    Deserializer(Class<T> type, ValueReader<? extends T> reader) {
      this.type = type;
      this.reader = reader;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) {
      try {
        return reader.read(tokens(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), false));
      } catch (WireFailure e) {
        DatabindException mapping = DatabindException.from(ctxt, e.getMessage(), e.getCause());
        Jackson.prependPath(e, index -> mapping.prependPath(type, index), name -> mapping.prependPath(type, name));
        throw mapping;
      } catch (java.io.IOException e) {
        throw DatabindException.from(ctxt, e.getMessage(), e);
      }
    }

    @Override
    public Class<?> handledType() {
      return type;
    }
  }

  /** Writes one asf type with the engine; a value that could not be read back is refused. */
  static final class Serializer<T> extends ValueSerializer<T> {
    private final Class<T> type;
    private final ValueWriter<? super T> writer;

    Serializer(Class<T> type, ValueWriter<? super T> writer) {
      this.type = type;
      this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator g, SerializationContext provider) {
      try {
        writer.write(tokens(g), value);
      } catch (java.io.IOException e) {
        throw DatabindException.from(provider, e.getMessage(), e instanceof WireFailure ? e.getCause() : e);
      }
    }

    @Override
    public Class<T> handledType() {
      return type;
    }
  }
}
