package se.asf.core.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.BusinessActivity;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.Offering;
import se.asf.core.enterprise.Owner;
import se.asf.core.enterprise.OwnerKind;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Position;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;

/**
 * Fictional bidders for the {@link Hbs2017Pilot}, one for each outcome a procurement officer meets:
 * qualifying, share too low, exactly 30 %, too far, exactly at the radius, missing evidence, a
 * public-sector bidder that is only a unit, and a sole trader. The names and the organisation numbers
 * are invented (the numbers only have valid check digits); the places are real.
 *
 * <p>The workforce of each is counted on 2017-12-01, before the tender deadline.
 */
public final class Hbs2017Bidders {
  private static final DatePeriod COUNTED = DatePeriod.ofDate(LocalDate.of(2017, 12, 1));

  private Hbs2017Bidders() {}

  /**
   * Returns every bidder, sorted by name.
   *
   * @return the eight bidders
   */
  public static List<Enterprise> all() {
    return List.of(qualifying(), shareTooLow(), exactlyThirtyPercent(), tooFar(), exactlyAtRadius(),
        missingEvidence(), publicUnit(), soleTrader()).stream()
        .sorted(java.util.Comparator.comparing(Enterprise::getName)).toList();
  }

  private static PurposeEvidence statutesPurpose(String statutes) {
    return PurposeEvidence.builder()
        .source(EvidenceSource.STATUTES)
        .integrationOverarching(true)
        .clause("Föreningens ändamål är att integrera människor som står långt från arbetsmarknaden"
            + " i arbetsliv och samhälle.")
        .document(DocumentReference.builder().title(statutes).section("§ 2").build())
        .build();
  }

  private static ProfitPolicy mainlyReinvested() {
    return ProfitPolicy.builder()
        .statutesClause(DistributionClause.builder().rule(DistributionRule.MAINLY_REINVESTED)
            .text("Överskott ska i huvudsak återinvesteras i den egna eller liknande verksamhet.").build())
        .build();
  }

  private static Workforce workforce(int targetGroup, int others) {
    return Workforce.builder()
        .period(COUNTED)
        .addLine(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, others))
        .addLine(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.LONG_TERM_UNEMPLOYED,
            targetGroup, BigDecimal.valueOf(targetGroup).divide(BigDecimal.valueOf(2))))
        .build();
  }

  private static Ownership coWorkers() {
    return Ownership.builder()
        .addOwner(Owner.of("Medlemmarna (medarbetarna)", OwnerKind.CO_WORKERS, Share.ofPercent(100)))
        .board(Board.of(5, 0))
        .build();
  }

  /**
   * Tumba Återbruk ekonomisk förening: meets every criterion; 7 of 20 occupied (35 %), a shop in
   * Tumba.
   *
   * @return the bidder
   */
  public static Enterprise qualifying() {
    return Enterprise.builder()
        .name("Tumba Återbruk ekonomisk förening")
        .identity(Organisationsnummer.parse("769612-3459"))
        .legalForm(LegalForm.EKONOMISK_FORENING)
        .addSite(Site.of("Butiken i Tumba", Position.ofWgs84(59.2001, 17.8312)))
        .addBusinessActivity(BusinessActivity.of("Second hand och återbruk", Offering.GOODS_AND_SERVICES))
        .purpose(statutesPurpose("Stadgar för Tumba Återbruk ekonomisk förening"))
        .participation(ParticipationEvidence.builder().mechanism(ParticipationMechanism.OWNERSHIP)
            .document(DocumentReference.of("Stadgar för Tumba Återbruk ekonomisk förening")).build())
        .profitPolicy(mainlyReinvested())
        .ownership(coWorkers())
        .workforce(workforce(7, 13))
        .build();
  }

  /**
   * Huddinge Café och Catering AB: 5 of 20 occupied in the target groups (25 %), below 30 %.
   *
   * @return the bidder
   */
  public static Enterprise shareTooLow() {
    return Enterprise.builder()
        .name("Huddinge Café och Catering AB")
        .identity(Organisationsnummer.parse("559876-5435"))
        .legalForm(LegalForm.AKTIEBOLAG)
        .addSite(Site.of("Caféet i Huddinge centrum", Position.ofWgs84(59.2370, 17.9850)))
        .addBusinessActivity(BusinessActivity.of("Café och catering", Offering.GOODS_AND_SERVICES))
        .purpose(statutesPurpose("Bolagsordning för Huddinge Café och Catering AB"))
        .profitPolicy(ProfitPolicy.builder()
            .addFiscalYear(FiscalYear.builder().year(Year.of(2016))
                .reinvested(new BigDecimal("180000.00")).distributed(new BigDecimal("20000.00")).build())
            .build())
        .ownership(Ownership.builder()
            .addOwner(Owner.of("Grundarna", OwnerKind.PRIVATE, Share.ofPercent(100))).build())
        .workforce(workforce(5, 15))
        .build();
  }

  /**
   * Salem Fastighetsservice AB (svb): exactly 6 of 20 occupied (30 %), which meets the requirement.
   *
   * @return the bidder
   */
  public static Enterprise exactlyThirtyPercent() {
    return Enterprise.builder()
        .name("Salem Fastighetsservice AB (svb)")
        .identity(Organisationsnummer.parse("559812-3452"))
        .legalForm(LegalForm.AKTIEBOLAG_SVB)
        .addSite(Site.of("Förrådet i Salem", Position.ofWgs84(59.2040, 17.7720)))
        .addBusinessActivity(BusinessActivity.of("Fastighetsskötsel", Offering.SERVICES))
        .purpose(statutesPurpose("Bolagsordning för Salem Fastighetsservice AB (svb)"))
        .ownership(Ownership.builder()
            .addOwner(Owner.of("Stiftelsen Arbete för alla", OwnerKind.NON_PROFIT, Share.ofPercent(100)))
            .build())
        .workforce(workforce(6, 14))
        .build();
  }

  /**
   * Roslagens Textil ideell förening: meets the other criteria, but works in Norrtälje, about 71 km
   * from the nearest centre.
   *
   * @return the bidder
   */
  public static Enterprise tooFar() {
    return Enterprise.builder()
        .name("Roslagens Textil ideell förening")
        .identity(Organisationsnummer.parse("802345-6786"))
        .legalForm(LegalForm.IDEELL_FORENING)
        .addSite(Site.of("Syateljén i Norrtälje", Position.ofWgs84(59.7580, 18.7050)))
        .addBusinessActivity(BusinessActivity.of("Textil och sömnad", Offering.GOODS))
        .purpose(statutesPurpose("Stadgar för Roslagens Textil ideell förening"))
        .profitPolicy(mainlyReinvested())
        .ownership(Ownership.builder().board(Board.of(5, 0)).build())
        .workforce(workforce(8, 12))
        .build();
  }

  /**
   * Tullinge Städ ekonomisk förening: its only site lies 9 000.000 m (to the millimetre; the
   * geodesic is 8 999.9996 m) from Tumba centrum, so it is inside the inclusive radius.
   *
   * @return the bidder
   */
  public static Enterprise exactlyAtRadius() {
    return Enterprise.builder()
        .name("Tullinge Städ ekonomisk förening")
        .identity(Organisationsnummer.parse("769654-3219"))
        .legalForm(LegalForm.EKONOMISK_FORENING)
        .addSite(Site.of("Lokalen söder om Tullinge", Position.ofWgs84(59.128308780619534, 17.913887069137253)))
        .addBusinessActivity(BusinessActivity.of("Städning", Offering.SERVICES))
        .purpose(statutesPurpose("Stadgar för Tullinge Städ ekonomisk förening"))
        .profitPolicy(mainlyReinvested())
        .ownership(coWorkers())
        .workforce(workforce(10, 10))
        .build();
  }

  /**
   * Vårby Gård Matlag ideell förening: a new association that has not yet sent its statutes or
   * workforce figures, so the assessment is UNDETERMINED, not a rejection.
   *
   * @return the bidder
   */
  public static Enterprise missingEvidence() {
    return Enterprise.builder()
        .name("Vårby Gård Matlag ideell förening")
        .identity(Organisationsnummer.parse("802456-7896"))
        .legalForm(LegalForm.IDEELL_FORENING)
        .addSite(Site.of("Köket i Vårby gård", Position.ofWgs84(59.2650, 17.8830)))
        .addBusinessActivity(BusinessActivity.of("Catering", Offering.GOODS_AND_SERVICES))
        .build();
  }

  /**
   * Södertörns kommunalförbund, arbetsmarknadsenheten: a public body whose figures describe one unit,
   * not the whole legal entity (HFD 2021:48).
   *
   * @return the bidder
   */
  public static Enterprise publicUnit() {
    return Enterprise.builder()
        .name("Södertörns kommunalförbund")
        .identity(Organisationsnummer.parse("212999-8767"))
        .legalForm(LegalForm.PUBLIC_BODY)
        .unit("Arbetsmarknadsenheten")
        .addSite(Site.of("Arbetsmarknadsenheten i Tumba", Position.ofWgs84(59.1990, 17.8330)))
        .addBusinessActivity(BusinessActivity.of("Arbetsträning", Offering.SERVICES))
        .purpose(statutesPurpose("Förbundsordning för Södertörns kommunalförbund"))
        .ownership(Ownership.builder()
            .addOwner(Owner.of("Medlemskommunerna", OwnerKind.PUBLIC_BODY, Share.ofPercent(100)))
            .board(Board.of(7, 7)).build())
        .workforce(workforce(12, 8))
        .build();
  }

  /**
   * A sole trader (enskild firma) identified by the owner's personnummer (Skatteverket's test number
   * 19121212-1212), working in Tumba; its purpose rests on a self-declaration only.
   *
   * @return the bidder
   */
  public static Enterprise soleTrader() {
    return Enterprise.builder()
        .name("Anna Exempelsson Trädgårdstjänst")
        .identity(Personnummer.parse("19121212-1212", Hbs2017Pilot.TENDER_DEADLINE))
        .legalForm(LegalForm.ENSKILD_FIRMA)
        .addSite(Site.of("Trädgården i Tumba", Position.ofWgs84(59.1950, 17.8400)))
        .addBusinessActivity(BusinessActivity.of("Trädgårdsskötsel", Offering.SERVICES))
        .purpose(PurposeEvidence.builder().source(EvidenceSource.SELF_DECLARATION).integrationOverarching(true).build())
        .workforce(Workforce.builder().period(COUNTED)
            .addLine(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 1))
            .addLine(WorkforceLine.of(EngagementForm.PLACEMENT, TargetGroup.DISABILITY, 1, new BigDecimal("0.5")))
            .build())
        .build();
  }
}
