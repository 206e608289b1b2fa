package se.asf.json;

import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.base.AsfSettings;
import se.asf.json.base.internal.Codecs;
import se.asf.json.base.internal.DocumentCodec;

/**
 * The Jackson 2 module of the asf types: every value, enum and aggregate of asf-core, and the
 * {@code Finding}, {@code Assessment} and {@code Outcome} of asf-rules when it is present, written
 * in the asf wire format and read back. For Jackson 3, use {@code se.asf.json.jackson3.AsfModule} of
 * asf-json-jackson3: the same format, byte for byte.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new AsfModule()).build();
 * String json = mapper.writeValueAsString(Hbs2017Pilot.procurement());
 * ReservedProcurement pilot = mapper.readValue(json, ReservedProcurement.class);
 * }</pre>
 *
 * <p>It is also found by {@code ObjectMapper.findAndRegisterModules()}, through
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} and the {@code provides} clause
 * of the module descriptor, with the default settings.
 *
 * <p>The asf types know nothing of Jackson, and this module little of the format: every type is
 * read and written by asf-json-base's engine, from one declaration per type. Field names are
 * English camelCase; enums are written as stable lower-case codes from explicit tables; exact
 * decimals are JSON numbers read as {@code BigDecimal}; absent optional evidence is left out. The
 * reading is strict whatever the mapper's settings: no JSON type is coerced into another,
 * {@code null} is never accepted, a property may not repeat; only unknown properties follow the
 * mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}. The versioned top-level documents and the hardened
 * reading of untrusted input are {@link AsfJson}'s.
 *
 * <p>A personnummer (the identity of a sole trader) is written masked, {@code 19121212-****},
 * unless {@link AsfJsonFeature#WRITE_FULL_PERSONNUMMER} is enabled; a masked document cannot be
 * read back. On input it is accepted in the spellings of the CLI and the CSV ({@code YYYYMMDD-NNNN},
 * {@code YYYYMMDDNNNN}, {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYMMDDNNNN}) and validated
 * against today's date on the settings' clock (the system clock unless set), which also resolves a
 * 10-digit form's century.
 *
 * <p>Jackson registers a module type once per mapper: a second {@code AsfModule} on the same mapper
 * is ignored, whatever its settings.
 */
public final class AsfModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  // Not serialized: a module is configured where it is used.
  private final transient AsfSettings settings;

  /** Creates the module with the default settings: the system clock, every feature at its default. */
  public AsfModule() {
    this(AsfSettings.defaults());
  }

  /**
   * Creates the module with the given settings.
   *
   * @param settings the settings
   */
  public AsfModule(AsfSettings settings) {
    super("asf", VersionUtil.parseVersion(DocumentCodec.libraryVersion(), "se.asf", "asf-json"));
    this.settings = settings;
    for (Codecs.Codec<?> codec : new Codecs(settings).all()) {
      add(codec);
    }
  }

  private <T> void add(Codecs.Codec<T> codec) {
    addSerializer(codec.type(), new Jackson2.Serializer<>(codec.type(), codec.writer()));
    addDeserializer(codec.type(), new Jackson2.Deserializer<>(codec.type(), codec.reader()));
  }

  /**
   * Returns a builder, for a module with a given clock, features or message languages.
   *
   * @return a builder with the default settings
   */
  public static AsfSettings.Builder<AsfModule> builder() {
    return AsfSettings.builder(AsfModule::new);
  }

  /**
   * Returns the settings the module reads and writes with.
   *
   * @return the settings
   */
  public AsfSettings settings() {
    return settings;
  }

  @Override
  public Object getTypeId() {
    return AsfModule.class.getName();
  }
}
