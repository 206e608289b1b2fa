package se.asf.core.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import se.asf.core.DatePeriod;
import se.asf.core.geo.Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.QualificationRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;

/**
 * The 2017 pilot in which Botkyrka kommun, with Samordningsförbundet Huddinge, Botkyrka, Salem (HBS),
 * procured work-training places (arbetsträningsplatser) as a reserved contract under LOU 4 kap. 18 §
 * (seed 003, chapter 4, "Upphandling av arbetsträningsplatser inom ramen för LOU").
 *
 * <p>Qualification criteria, as the report states them:
 *
 * <ul>
 *   <li>at least 30 % of those occupied by the bidder are persons with disabilities or persons who
 *       find it hard to enter the labour market;
 *   <li>an overarching purpose to integrate people with great difficulty getting or keeping a job
 *       into working life and society;
 *   <li>profits mainly reinvested in the own or similar activities;
 *   <li>a site within 9 km of any of the centre cores of Huddinge, Botkyrka or Salem.
 * </ul>
 *
 * <p>Tenders were due 2017-12-11; placements run from 2018-02-01 to 2020-05-31; about 50 places at
 * six months per participant on average; no volumes guaranteed. The report does not publish the
 * centre points, so the example uses the approximate demo points of DOMAIN §4 (WGS 84): Huddinge
 * centrum 59.2347, 17.9806; Tumba centrum (Botkyrka) 59.1983, 17.8353; Salems centrum 59.2000,
 * 17.7670. A real procurement states its own centres.
 */
public final class Hbs2017Pilot {
  /** The reference the example uses; the report gives no diarienummer. */
  public static final String REFERENCE = "HBS-2017-ARBETSTRANING";
  /** The tender deadline, 2017-12-11. */
  public static final LocalDate TENDER_DEADLINE = LocalDate.of(2017, 12, 11);
  /** The radius, 9 000 m. */
  public static final BigDecimal RADIUS_METRES = BigDecimal.valueOf(9000);

  private Hbs2017Pilot() {}

  /**
   * Returns Huddinge centrum (demo point).
   *
   * @return the centre
   */
  public static Centre huddinge() {
    return Centre.of("Huddinge centrum", Position.ofWgs84(59.2347, 17.9806));
  }

  /**
   * Returns Tumba centrum, Botkyrka (demo point).
   *
   * @return the centre
   */
  public static Centre tumba() {
    return Centre.of("Tumba centrum", Position.ofWgs84(59.1983, 17.8353));
  }

  /**
   * Returns Salems centrum (demo point).
   *
   * @return the centre
   */
  public static Centre salem() {
    return Centre.of("Salems centrum", Position.ofWgs84(59.2000, 17.7670));
  }

  /**
   * Returns the pilot as a reserved procurement.
   *
   * @return the procurement
   */
  public static ReservedProcurement procurement() {
    return ReservedProcurement.builder()
        .reference(REFERENCE)
        .title("Arbetsträningsplatser inom MIA-projektet i Huddinge, Botkyrka och Salem")
        .addContractingAuthority(ContractingAuthority.of("Botkyrka kommun"))
        .addContractingAuthority(ContractingAuthority.of("Samordningsförbundet Huddinge, Botkyrka, Salem"))
        .legalBasis(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION)
        .shareRequirement(ShareRequirement.statutory())
        .addAdditionalRequirement(QualificationRequirement.INTEGRATION_PURPOSE)
        .addAdditionalRequirement(QualificationRequirement.PROFITS_MAINLY_REINVESTED)
        .geographicRequirement(GeographicRequirement.builder()
            .addCentre(huddinge())
            .addCentre(tumba())
            .addCentre(salem())
            .radiusMetres(RADIUS_METRES)
            .build())
        .tenderDeadline(TENDER_DEADLINE)
        .contractPeriod(DatePeriod.of(LocalDate.of(2018, 2, 1), LocalDate.of(2020, 5, 31)))
        .estimatedPlaces(50)
        .averagePlacementLength(Period.ofMonths(6))
        .volumesGuaranteed(false)
        .build();
  }
}
