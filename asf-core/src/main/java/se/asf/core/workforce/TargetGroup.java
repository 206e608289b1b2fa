package se.asf.core.workforce;

/**
 * Whether, and why, a person belongs to the groups that a reserved contract is meant for: persons
 * with disabilities and persons who find it hard to enter the labour market (LOU 4 kap. 18 §).
 *
 * <p>The law defines no target group; these are the typical groups Upphandlingsmyndigheten names
 * (DOMAIN §2). The library only counts people per group and never handles individuals, because a
 * person's disability is sensitive personal data.
 */
public enum TargetGroup {
  /** Not in a target group. */
  NONE("Ingen målgrupp", "No target group"),
  /** Persons with disabilities (funktionsnedsättning). */
  DISABILITY("Personer med funktionsnedsättning", "Persons with disabilities"),
  /** Long-term unemployed (långtidsarbetslösa; in Sweden usually more than six months). */
  LONG_TERM_UNEMPLOYED("Långtidsarbetslösa", "Long-term unemployed"),
  /** Newly arrived immigrants (nyanlända). */
  NEWLY_ARRIVED("Nyanlända", "Newly arrived immigrants"),
  /** Persons on income support (ekonomiskt bistånd). */
  INCOME_SUPPORT("Personer med ekonomiskt bistånd", "Persons on income support"),
  /** Other persons who find it hard to enter the labour market. */
  OTHER_DISADVANTAGED("Andra personer som har svårt att komma in på arbetsmarknaden",
      "Other persons who find it hard to enter the labour market");

  private final String swedishName;
  private final String englishName;

  TargetGroup(String swedishName, String englishName) {
    this.swedishName = swedishName;
    this.englishName = englishName;
  }

  /**
   * Tells whether the group counts towards a reserved contract's share requirement.
   *
   * @return {@code true} for every group except {@link #NONE}
   */
  public boolean isDisadvantaged() {
    return this != NONE;
  }

  /**
   * Returns the Swedish name.
   *
   * @return for example {@code "Nyanlända"}
   */
  public String getSwedishName() {
    return swedishName;
  }

  /**
   * Returns the English name.
   *
   * @return for example {@code "Newly arrived immigrants"}
   */
  public String getEnglishName() {
    return englishName;
  }
}
