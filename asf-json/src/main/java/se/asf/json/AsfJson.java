package se.asf.json;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.core.JsonFactory;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfSettings;

/**
 * Reads and writes the asf JSON documents with Jackson 2, ready for untrusted input, with no
 * Jackson to configure. What is read and written, and how strictly, is
 * {@link AsfJsonDocuments}'s; this class adds the Jackson 2 parser and a matching
 * {@code ObjectMapper}.
 *
 * <pre>{@code
 * AsfJson json = AsfJson.create();
 * List<Enterprise> bidders = json.readBidders(request.getInputStream());   // or throws AsfJsonException
 * String report = json.writeAssessmentReport(assessments);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; create one and reuse it.
 */
public final class AsfJson extends AsfJsonDocuments {
  private final JsonFactory factory;

  private AsfJson(AsfSettings settings, JsonFactory factory) {
    super(settings, bytes -> Jackson2.tokens(factory.createParser(bytes), true, true));
    this.factory = factory;
  }

  /**
   * Creates a reader and writer with the default settings: the system clock, personnummer masked.
   *
   * @return the instance
   */
  public static AsfJson create() {
    return builder().build();
  }

  /**
   * Returns a builder, to set the clock, the features or the message languages.
   *
   * @return a builder with the default settings
   */
  public static AsfSettings.Builder<AsfJson> builder() {
    return AsfSettings.builder(settings -> new AsfJson(settings, Jackson2.strictFactory()));
  }

  /**
   * Returns a new module with this instance's settings.
   *
   * @return the module
   */
  public AsfModule module() {
    return new AsfModule(settings());
  }

  /**
   * Returns a new {@code ObjectMapper} configured as this instance's reader is (the strict
   * features, the limits and the module), for frameworks that need a Jackson mapper. The checks
   * made before parsing (byte-order mark, UTF-8, document size) and after it (trailing content)
   * belong to this class's read methods, not to the mapper.
   *
   * @return a new mapper, which the caller may change
   */
  public ObjectMapper newObjectMapper() {
    return JsonMapper.builder(factory.copy())
        .addModule(module())
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .withCoercionConfigDefaults(config -> {
          for (CoercionInputShape shape : CoercionInputShape.values()) {
            config.setCoercion(shape, CoercionAction.Fail);
          }
          config.setAcceptBlankAsEmpty(false);
        })
        .build();
  }
}
