package se.asf.json.base;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What the asf JSON format is read and written with: the clock a personnummer is validated
 * against, the {@link AsfJsonFeature}s, and the languages of a finding's message. The same for the
 * Jackson 2 and the Jackson 3 module; each module's {@code builder()} returns a
 * {@link Builder} that builds that module.
 *
 * <p>Instances are immutable.
 */
public final class AsfSettings {
  /** The languages asf-rules ships messages in, Swedish first. */
  private static final List<Locale> SHIPPED_LANGUAGES = List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH);

  private final Clock clock;
  private final Set<AsfJsonFeature> features;
  private final List<Locale> messageLanguages;

  private AsfSettings(Builder<?> builder) {
    this.clock = builder.clock;
    this.features = Set.copyOf(builder.features);
    this.messageLanguages = builder.messageLanguages;
  }

  /**
   * Returns the default settings: the system clock, every feature at its default, messages in
   * Swedish and English.
   *
   * @return the settings
   */
  public static AsfSettings defaults() {
    return builder(Function.identity()).build();
  }

  /**
   * Returns a builder whose {@code build()} gives what {@code make} makes of the settings.
   *
   * @param make what is built from the settings, such as a Jackson module
   * @param <R> what is built
   * @return a builder with the default settings
   */
  public static <R> Builder<R> builder(Function<AsfSettings, R> make) {
    return new Builder<>(make);
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

  /**
   * Builds settings, and from them a module or a reader and writer; like {@code JavaTimeModule},
   * features are set with enable and disable.
   *
   * @param <R> what is built
   */
  public static final class Builder<R> {
    private final Function<AsfSettings, R> make;
    private Clock clock = Clock.systemDefaultZone();
    private final Set<AsfJsonFeature> features = EnumSet.noneOf(AsfJsonFeature.class);
    private List<Locale> messageLanguages = SHIPPED_LANGUAGES;

    private Builder(Function<AsfSettings, R> make) {
      this.make = Objects.requireNonNull(make, "make");
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
    public Builder<R> clock(Clock clock) {
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
    public Builder<R> messageLanguages(Locale... languages) {
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
    public Builder<R> enable(AsfJsonFeature... features) {
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
    public Builder<R> disable(AsfJsonFeature... features) {
      for (AsfJsonFeature feature : features) {
        this.features.remove(Objects.requireNonNull(feature, "feature"));
      }
      return this;
    }

    /**
     * Builds.
     *
     * @return what the settings make
     */
    public R build() {
      return make.apply(new AsfSettings(this));
    }
  }
}
