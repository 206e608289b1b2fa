package se.asf.core.identity;

import java.util.Optional;

/**
 * The group of an {@link Organisationsnummer}, told by its first digit (Bolagsverket's table;
 * DOMAIN §4).
 *
 * <p>The digits 0 and 4 name no group; an organisation number starting with them is rejected with
 * {@link IdentityProblem#GROUP}.
 */
public enum OrganisationGroup {
  /** 1: dödsbon, estates of deceased persons. */
  ESTATE_OF_DECEASED(1, "Dödsbon", "Estates of deceased persons"),
  /** 2: stat, regioner, kommuner, församlingar: the public sector. */
  PUBLIC_SECTOR(2, "Stat, regioner, kommuner och församlingar", "State, regions, municipalities and parishes"),
  /** 3: utländska företag, foreign companies with a Swedish branch. */
  FOREIGN_COMPANY(3, "Utländska företag", "Foreign companies"),
  /** 5: aktiebolag, limited companies. */
  AKTIEBOLAG(5, "Aktiebolag", "Limited companies"),
  /** 6: enkla bolag, simple partnerships. */
  ENKLA_BOLAG(6, "Enkla bolag", "Simple partnerships"),
  /** 7: ekonomiska föreningar and bostadsrättsföreningar. */
  EKONOMISKA_FORENINGAR(7, "Ekonomiska föreningar och bostadsrättsföreningar", "Economic associations and housing cooperatives"),
  /** 8: ideella föreningar and stiftelser. */
  IDEELLA_FORENINGAR_OCH_STIFTELSER(8, "Ideella föreningar och stiftelser", "Non-profit associations and foundations"),
  /** 9: handelsbolag and kommanditbolag. */
  HANDELSBOLAG_OCH_KOMMANDITBOLAG(9, "Handelsbolag och kommanditbolag", "Trading and limited partnerships");

  private final int digit;
  private final String swedishName;
  private final String englishName;

  OrganisationGroup(int digit, String swedishName, String englishName) {
    this.digit = digit;
    this.swedishName = swedishName;
    this.englishName = englishName;
  }

  /**
   * Returns the group a first digit names.
   *
   * @param digit the first digit of an organisation number
   * @return the group, or empty for 0, 4 and anything outside 0–9
   */
  public static Optional<OrganisationGroup> ofDigit(int digit) {
    for (OrganisationGroup group : values()) {
      if (group.digit == digit) {
        return Optional.of(group);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the first digit that names this group.
   *
   * @return 1, 2, 3, 5, 6, 7, 8 or 9
   */
  public int getDigit() {
    return digit;
  }

  /**
   * Returns the group's Swedish name.
   *
   * @return for example {@code "Aktiebolag"}
   */
  public String getSwedishName() {
    return swedishName;
  }

  /**
   * Returns the group's English name.
   *
   * @return for example {@code "Limited companies"}
   */
  public String getEnglishName() {
    return englishName;
  }

  /**
   * Tells whether the group is the public sector (group 2), which the ASF definition's
   * independence criterion excludes.
   *
   * @return {@code true} for {@link #PUBLIC_SECTOR}
   */
  public boolean isPublicSector() {
    return this == PUBLIC_SECTOR;
  }
}
