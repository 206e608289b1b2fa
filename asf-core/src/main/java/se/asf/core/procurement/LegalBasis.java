package se.asf.core.procurement;

import java.util.Optional;

/**
 * The legal basis on which a procurement is reserved (DOMAIN §2). Exactly one applies to a
 * procurement. Article 20-type reservations (LOU 4 kap. 18 §) and the reservation for idéburna
 * organisations (LOU 19 kap. 6 a §) are separate and never merged.
 */
public enum LegalBasis {
  /**
   * LOU 4 kap. 18 § första stycket 1: reserved participation for sheltered workshops and suppliers
   * whose main aim is the social and professional integration of persons with disabilities or who
   * find it hard to enter the labour market (Directive 2014/24/EU art. 20; eForms BT-71 {@code res-ws}).
   */
  LOU_4_18_RESERVED_PARTICIPATION("LOU 4 kap. 18 § (reserverat deltagande)", "res-ws", true),
  /**
   * LOU 4 kap. 18 § första stycket 2: the contract is performed within a sheltered employment
   * programme (eForms BT-736 Reserved Execution {@code yes}).
   */
  LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME("LOU 4 kap. 18 § (skyddad anställning)", "none", true),
  /**
   * LOU 19 kap. 6 a §: certain welfare services reserved for idéburna organisations (from 2023).
   * Carries no share requirement.
   */
  LOU_19_6A_IDEBUREN("LOU 19 kap. 6 a § (idéburna organisationer)", "none", false),
  /** Another basis; the procurement states its own requirements. */
  OTHER("Annan grund", null, false);

  private final String citation;
  private final String eformsReservedParticipation;
  private final boolean shareRequirementMandatory;

  LegalBasis(String citation, String eformsReservedParticipation, boolean shareRequirementMandatory) {
    this.citation = citation;
    this.eformsReservedParticipation = eformsReservedParticipation;
    this.shareRequirementMandatory = shareRequirementMandatory;
  }

  /**
   * Returns the citation of the statute, in Swedish.
   *
   * @return for example {@code "LOU 4 kap. 18 § (reserverat deltagande)"}
   */
  public String getCitation() {
    return citation;
  }

  /**
   * Returns the eForms BT-71 "Reserved Participation" code from the {@code reserved-procurement}
   * codelist that a notice on this basis carries.
   *
   * @return {@code res-ws} or {@code none}; empty for {@link #OTHER}, which the caller decides
   */
  public Optional<String> getEformsReservedParticipationCode() {
    return Optional.ofNullable(eformsReservedParticipation);
  }

  /**
   * Tells whether the basis carries the statutory share requirement of at least 30 %.
   *
   * @return {@code true} for both LOU 4 kap. 18 § modes
   */
  public boolean isShareRequirementMandatory() {
    return shareRequirementMandatory;
  }

  /**
   * Tells whether the basis allows a share requirement at all.
   *
   * @return {@code false} for LOU 19 kap. 6 a §
   */
  public boolean allowsShareRequirement() {
    return this != LOU_19_6A_IDEBUREN;
  }
}
