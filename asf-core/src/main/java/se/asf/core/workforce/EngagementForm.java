package se.asf.core.workforce;

/**
 * How a person is occupied (sysselsatt) at an enterprise.
 *
 * <p>LOU 4 kap. 18 § speaks of those who are <em>occupied</em>, not only employees; per
 * Upphandlingsmyndigheten's guidance, people in work placements and work training count too
 * (DOMAIN §2). The forms follow Arbetsförmedlingen's support forms in seed 003, chapter 3.
 */
public enum EngagementForm {
  /** Anställning: ordinary employment. */
  EMPLOYMENT("Anställning", "Employment"),
  /** Anställning med lönebidrag: employment with a wage subsidy. */
  EMPLOYMENT_WITH_WAGE_SUBSIDY("Anställning med lönebidrag", "Employment with wage subsidy"),
  /** Trygghetsanställning: sheltered employment with a wage subsidy. */
  TRYGGHETSANSTALLNING("Trygghetsanställning", "Trygghetsanställning (secure employment)"),
  /** Extratjänst: a subsidised job in welfare services. */
  EXTRATJANST("Extratjänst", "Extratjänst (subsidised job)"),
  /** Arbetsträning: work training. */
  WORK_TRAINING("Arbetsträning", "Work training"),
  /** Arbetsträning med handledning: work training with supervision. */
  WORK_TRAINING_WITH_SUPERVISION("Arbetsträning med handledning", "Work training with supervision"),
  /** Förstärkt arbetsträning: enhanced work training. */
  ENHANCED_WORK_TRAINING("Förstärkt arbetsträning", "Enhanced work training"),
  /** Praktik: a work placement. */
  PLACEMENT("Praktik", "Work placement"),
  /** Daglig verksamhet enligt LSS: daily activity under the LSS act. */
  DAILY_ACTIVITY("Daglig verksamhet (LSS)", "Daily activity (LSS)"),
  /** Any other documented form. */
  OTHER("Annan sysselsättning", "Other engagement");

  private final String swedishName;
  private final String englishName;

  EngagementForm(String swedishName, String englishName) {
    this.swedishName = swedishName;
    this.englishName = englishName;
  }

  /**
   * Returns the Swedish name.
   *
   * @return for example {@code "Arbetsträning"}
   */
  public String getSwedishName() {
    return swedishName;
  }

  /**
   * Returns the English name.
   *
   * @return for example {@code "Work training"}
   */
  public String getEnglishName() {
    return englishName;
  }
}
