package se.asf.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import se.asf.json.deser.AsfDeserializers;
import se.asf.json.ser.AsfSerializers;
import se.asf.json.wire.WireSettings;

/**
 * The Jackson module of the asf types: every value, enum and aggregate of asf-core, and the
 * {@code Finding}, {@code Assessment} and {@code Outcome} of asf-rules, written in the asf wire
 * format and read back.
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
 * <p>The asf types know nothing of Jackson: all the knowledge is here. Field names are English
 * camelCase, fixed by this module and independent of the Java names; enums are written as stable
 * lower-case codes from explicit tables; exact decimals are JSON numbers read as {@code BigDecimal};
 * absent optional evidence is left out. The module's deserializers are strict whatever the mapper's
 * settings: no JSON type is coerced into another, {@code null} is never accepted, a property may not
 * repeat; only unknown properties follow the mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}. The
 * module maps the values; the versioned top-level documents ({@code "formatVersion": 1}) and the
 * hardened reading of untrusted input are {@link AsfJson}'s.
 *
 * <p>A personnummer (the identity of a sole trader) is written masked, {@code 19121212-****},
 * unless {@link AsfJsonFeature#WRITE_FULL_PERSONNUMMER} is enabled; a masked document cannot be
 * read back. On input it is accepted in the spellings of the CLI and the CSV ({@code YYYYMMDD-NNNN},
 * {@code YYYYMMDDNNNN}, {@code YYMMDD-NNNN}, {@code YYMMDD+NNNN}, {@code YYMMDDNNNN}) and validated
 * against today's date on the module's {@link Clock} (the system clock unless set), which also
 * resolves a 10-digit form's century.
 *
 * <p>Jackson registers a module type once per mapper: a second {@code AsfModule} on the same mapper
 * is ignored, whatever its settings.
 */
public final class AsfModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final Version VERSION = readVersion();
  /** The languages asf-rules ships messages in, Swedish first; asf-rules may be absent. */
  static final List<Locale> SHIPPED_LANGUAGES = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

  // Not serialized: Clock is not Serializable, and a module is configured where it is used.
  private final transient Clock clock;
  private final EnumSet<AsfJsonFeature> features;
  private final transient List<Locale> messageLanguages;

  /** Creates the module with the default settings: the system clock, every feature at its default. */
  public AsfModule() {
    this(builder());
  }

  private AsfModule(Builder builder) {
    super("asf", VERSION);
    this.clock = builder.clock;
    this.features = EnumSet.noneOf(AsfJsonFeature.class);
    this.features.addAll(builder.features);
    this.messageLanguages = List.copyOf(builder.messageLanguages);
  }

  /**
   * Returns a builder, for a module with a given clock or features.
   *
   * @return a builder with the default settings
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether a feature is enabled.
   *
   * @param feature the feature
   * @return {@code true} when enabled
   */
  public boolean isEnabled(AsfJsonFeature feature) {
    return features.contains(feature);
  }

  /**
   * Returns the clock whose date a personnummer is validated against.
   *
   * @return the clock
   */
  public Clock getClock() {
    return clock;
  }

  /**
   * Returns the languages a finding's message is written in.
   *
   * @return the languages, Swedish and English by default
   */
  public List<Locale> getMessageLanguages() {
    return messageLanguages;
  }

  WireSettings settings() {
    return new WireSettings(clock, isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER), messageLanguages);
  }

  @Override
  public Object getTypeId() {
    return AsfModule.class.getName();
  }

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    WireSettings settings = settings();
    context.addSerializers(new AsfSerializers(settings).values());
    context.addDeserializers(new AsfDeserializers(settings).values());
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = AsfModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"), "se.asf", "asf-json");
  }

  /** Builds an {@link AsfModule}; like {@code JavaTimeModule}, features are set with enable and disable. */
  public static final class Builder {
    private Clock clock = Clock.systemDefaultZone();
    private final Set<AsfJsonFeature> features = EnumSet.noneOf(AsfJsonFeature.class);
    private List<Locale> messageLanguages = SHIPPED_LANGUAGES;

    private Builder() {
      for (AsfJsonFeature feature : AsfJsonFeature.values()) {
        if (feature.enabledByDefault()) {
          features.add(feature);
        }
      }
    }

    /**
     * Sets the clock whose date (in the clock's zone) a personnummer is validated against: a birth
     * date after it is rejected.
     *
     * @param clock the clock; the system clock by default
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the languages a finding's message is written in, in this order, under the language's
     * tag; a language with no messages of its own is written in Swedish (asf-rules' {@code RuleMessages}).
     *
     * @param languages at least one language; Swedish and English by default
     * @return this builder
     */
    public Builder messageLanguages(Locale... languages) {
      if (languages.length == 0) {
        throw new IllegalArgumentException("at least one message language");
      }
      this.messageLanguages = List.of(languages);
      return this;
    }

    /**
     * Enables features.
     *
     * @param features the features to enable
     * @return this builder
     */
    public Builder enable(AsfJsonFeature... features) {
      for (AsfJsonFeature feature : features) {
        this.features.add(Objects.requireNonNull(feature, "feature"));
      }
      return this;
    }

    /**
     * Disables features.
     *
     * @param features the features to disable
     * @return this builder
     */
    public Builder disable(AsfJsonFeature... features) {
      for (AsfJsonFeature feature : features) {
        this.features.remove(Objects.requireNonNull(feature, "feature"));
      }
      return this;
    }

    /**
     * Builds the module.
     *
     * @return the module
     */
    public AsfModule build() {
      return new AsfModule(this);
    }
  }
}
