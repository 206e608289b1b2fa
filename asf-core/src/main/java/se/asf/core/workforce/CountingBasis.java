package se.asf.core.workforce;

/**
 * What a share of the workforce is counted in. Neither LOU 4 kap. 18 § nor the guidance says
 * whether to count heads or full-time equivalents, so a procurement states it, and every result
 * says which basis it used (DOMAIN §2).
 */
public enum CountingBasis {
  /** Count people (heads), whatever their working time. */
  HEADS("personer", "heads"),
  /** Count full-time equivalents (heltidsekvivalenter). */
  FULL_TIME_EQUIVALENTS("heltidsekvivalenter", "full-time equivalents");

  private final String swedishUnit;
  private final String englishUnit;

  CountingBasis(String swedishUnit, String englishUnit) {
    this.swedishUnit = swedishUnit;
    this.englishUnit = englishUnit;
  }

  /**
   * Returns the unit's Swedish name, plural.
   *
   * @return {@code "personer"} or {@code "heltidsekvivalenter"}
   */
  public String getSwedishUnit() {
    return swedishUnit;
  }

  /**
   * Returns the unit's English name, plural.
   *
   * @return {@code "heads"} or {@code "full-time equivalents"}
   */
  public String getEnglishUnit() {
    return englishUnit;
  }
}
