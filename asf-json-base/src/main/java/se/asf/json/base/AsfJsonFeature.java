package se.asf.json.base;

/**
 * The switches of the {@code AsfModule} and {@code AsfJson} of either Jackson module, set with {@code enable} and
 * {@code disable} on their builders, as {@code JavaTimeFeature} is for Jackson's java.time module.
 */
public enum AsfJsonFeature {
  /**
   * Writes a sole trader's personnummer in full ({@code 19121212-1212}) instead of masked
   * ({@code 19121212-****}). Off by default: a personnummer is personal data, so a document is
   * masked unless the caller says it must carry the number.
   *
   * <p>A masked document cannot be read back: the reader rejects a masked personnummer with
   * {@link JsonProblemCode#INVALID_IDENTITY}. Enable this feature for documents that another
   * system must read.
   */
  WRITE_FULL_PERSONNUMMER(false);

  private final boolean enabledByDefault;

  AsfJsonFeature(boolean enabledByDefault) {
    this.enabledByDefault = enabledByDefault;
  }

  /**
   * Tells whether the feature is on unless disabled.
   *
   * @return the default
   */
  public boolean enabledByDefault() {
    return enabledByDefault;
  }
}
