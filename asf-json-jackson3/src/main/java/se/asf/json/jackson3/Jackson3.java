package se.asf.json.jackson3;

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
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import se.asf.json.base.internal.Limits;
import se.asf.json.base.internal.ParseProblems;
import se.asf.json.base.internal.Token;
import se.asf.json.base.internal.TokenReader;
import se.asf.json.base.internal.TokenWriter;
import se.asf.json.base.internal.ValueReader;
import se.asf.json.base.internal.ValueWriter;
import se.asf.json.base.internal.WireFailure;

/**
 * The Jackson 3 side of the wire format: a parser and a generator seen as the engine's
 * {@link TokenReader} and {@link TokenWriter}, and one serializer and deserializer that hand every
 * asf type to the engine. Everything else (strictness, problems, pointers, messages) is asf-json-base's.
 */
final class Jackson3 {
  private Jackson3() {}

  /** The strict parser factory: the limits, and every lenient feature off. */
  static JsonFactory strictFactory() {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(Limits.MAX_DOCUMENT_BYTES)
            .maxNestingDepth(Limits.MAX_NESTING_DEPTH)
            .maxStringLength(Limits.MAX_STRING_LENGTH)
            .maxNumberLength(Limits.MAX_NUMBER_LENGTH)
            .maxNameLength(Limits.MAX_NAME_LENGTH)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
        .disable(StreamReadFeature.USE_FAST_BIG_NUMBER_PARSER)
        .disable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
        .disable(JsonReadFeature.ALLOW_YAML_COMMENTS)
        .disable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
        .disable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES)
        .disable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
        .disable(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
        .disable(JsonReadFeature.ALLOW_RS_CONTROL_CHAR)
        .disable(JsonReadFeature.ALLOW_HEXADECIMAL_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
        .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
        .disable(JsonReadFeature.ALLOW_MISSING_VALUES)
        .disable(JsonReadFeature.ALLOW_TRAILING_COMMA)
        .build();
  }

  /** A parser as the engine reads it. */
  static final class Tokens implements TokenReader {
    private final JsonParser p;
    private final boolean failOnUnknown;
    private final boolean document;

    /**
     * @param document whether a whole document is read: parser problems then become the engine's
     *     problems, with their pointer; otherwise they stay Jackson's
     */
    Tokens(JsonParser p, boolean failOnUnknown, boolean document) {
      this.p = p;
      this.failOnUnknown = failOnUnknown;
      this.document = document;
    }

    @FunctionalInterface
    private interface Call<T> {
      T call() throws IOException;
    }

    private <T> T call(Call<T> call) throws IOException {
      try {
        return call.call();
      } catch (JacksonException e) {
        if (!document || e instanceof DatabindException) {
          throw e;
        }
        TokenStreamContext c = p.streamReadContext();
        var location = e.getLocation();
        throw ParseProblems.of(String.valueOf(e.getOriginalMessage()), e instanceof StreamConstraintsException,
            location == null ? -1 : location.getLineNr(), location == null ? -1 : location.getColumnNr(),
            new ParseProblems.Where(pointer(c), c == null ? "" : pointer(c.getParent()), c != null && c.inObject(),
                c == null ? null : c.currentName(), current()));
      }
    }

    private static String pointer(TokenStreamContext context) {
      return context == null ? "" : context.pathAsPointer().toString();
    }

    @Override
    public Token current() {
      return Token.of(p.currentToken());
    }

    @Override
    public Token next() throws IOException {
      return call(() -> Token.of(p.nextToken()));
    }

    @Override
    public String name() throws IOException {
      return call(p::currentName);
    }

    @Override
    public String text() throws IOException {
      return call(p::getString);
    }

    @Override
    public boolean fitsInt() throws IOException {
      return call(() -> p.getNumberType() == JsonParser.NumberType.INT);
    }

    @Override
    public int intValue() throws IOException {
      return call(p::getIntValue);
    }

    @Override
    public BigDecimal decimalValue() throws IOException {
      return call(p::getDecimalValue);
    }

    @Override
    public double doubleValue() throws IOException {
      return call(p::getDoubleValue);
    }

    @Override
    public void skipChildren() throws IOException {
      call(p::skipChildren);
    }

    @Override
    public int depth() {
      return p.streamReadContext().getNestingDepth();
    }

    @Override
    public boolean failOnUnknownProperties() {
      return failOnUnknown;
    }
  }

  /** A generator as the engine writes to it. */
  record Writer(JsonGenerator g) implements TokenWriter {
    @Override
    public void startObject() throws IOException {
      g.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
      g.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
      g.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
      g.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
      g.writeName(name);
    }

    @Override
    public void string(String value) throws IOException {
      g.writeString(value);
    }

    @Override
    public void number(String text) throws IOException {
      g.writeNumber(text);
    }

    @Override
    public void bool(boolean value) throws IOException {
      g.writeBoolean(value);
    }
  }

  /** Reads one asf type with the engine; a problem becomes a mapping exception with its path. */
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
        return reader.read(new Tokens(p, ctxt.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), false));
      } catch (IOException e) {
        if (!(e instanceof WireFailure failure)) {
          throw DatabindException.from(ctxt, e.getMessage(), e);
        }
        DatabindException mapping = DatabindException.from(ctxt, failure.getMessage(), failure.getCause());
        List<Object> path = failure.path();
        for (int i = path.size() - 1; i >= 0; i--) {
          if (path.get(i) instanceof Integer index) {
            mapping.prependPath(type, index);
          } else {
            mapping.prependPath(type, (String) path.get(i));
          }
        }
        throw mapping;
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
        writer.write(new Writer(g), value);
      } catch (IOException e) {
        throw DatabindException.from(provider, e.getMessage(), e instanceof WireFailure ? e.getCause() : e);
      }
    }

    @Override
    public Class<T> handledType() {
      return type;
    }
  }
}
