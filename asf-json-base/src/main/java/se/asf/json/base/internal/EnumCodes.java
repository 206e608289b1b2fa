package se.asf.json.base.internal;

import java.util.List;
import se.asf.core.Invariant;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.Offering;
import se.asf.core.enterprise.OwnerKind;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.ProfitDistributionByLaw;
import se.asf.core.enterprise.PublicBenefitScope;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.OrganisationGroup;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.QualificationRequirement;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;

/**
 * The wire codes of every enum of asf-core and asf-rules: wire format version 1.
 *
 * <p>Each code is part of the published format: changing one is a breaking change that needs a new
 * format version. A test pins every code.
 */
public final class EnumCodes {
  /** {@link CountingBasis}. */
  public static final EnumCode<CountingBasis> COUNTING_BASIS = EnumCode.builder(CountingBasis.class)
      .put(CountingBasis.HEADS, "heads")
      .put(CountingBasis.FULL_TIME_EQUIVALENTS, "full-time-equivalents")
      .build();

  /** {@link EngagementForm}. */
  public static final EnumCode<EngagementForm> ENGAGEMENT_FORM = EnumCode.builder(EngagementForm.class)
      .put(EngagementForm.EMPLOYMENT, "employment")
      .put(EngagementForm.EMPLOYMENT_WITH_WAGE_SUBSIDY, "employment-with-wage-subsidy")
      .put(EngagementForm.TRYGGHETSANSTALLNING, "trygghetsanstallning")
      .put(EngagementForm.EXTRATJANST, "extratjanst")
      .put(EngagementForm.WORK_TRAINING, "work-training")
      .put(EngagementForm.WORK_TRAINING_WITH_SUPERVISION, "work-training-with-supervision")
      .put(EngagementForm.ENHANCED_WORK_TRAINING, "enhanced-work-training")
      .put(EngagementForm.PLACEMENT, "placement")
      .put(EngagementForm.DAILY_ACTIVITY, "daily-activity")
      .put(EngagementForm.OTHER, "other")
      .build();

  /** {@link TargetGroup}. */
  public static final EnumCode<TargetGroup> TARGET_GROUP = EnumCode.builder(TargetGroup.class)
      .put(TargetGroup.NONE, "none")
      .put(TargetGroup.DISABILITY, "disability")
      .put(TargetGroup.LONG_TERM_UNEMPLOYED, "long-term-unemployed")
      .put(TargetGroup.NEWLY_ARRIVED, "newly-arrived")
      .put(TargetGroup.INCOME_SUPPORT, "income-support")
      .put(TargetGroup.OTHER_DISADVANTAGED, "other-disadvantaged")
      .build();

  /** {@link LegalForm}. */
  public static final EnumCode<LegalForm> LEGAL_FORM = EnumCode.builder(LegalForm.class)
      .put(LegalForm.AKTIEBOLAG, "aktiebolag")
      .put(LegalForm.AKTIEBOLAG_SVB, "aktiebolag-svb")
      .put(LegalForm.ENSKILD_FIRMA, "enskild-firma")
      .put(LegalForm.EKONOMISK_FORENING, "ekonomisk-forening")
      .put(LegalForm.IDEELL_FORENING, "ideell-forening")
      .put(LegalForm.STIFTELSE, "stiftelse")
      .put(LegalForm.HANDELSBOLAG, "handelsbolag")
      .put(LegalForm.KOMMANDITBOLAG, "kommanditbolag")
      .put(LegalForm.PUBLIC_BODY, "public-body")
      .put(LegalForm.OTHER, "other")
      .build();

  /** {@link Offering}. */
  public static final EnumCode<Offering> OFFERING = EnumCode.builder(Offering.class)
      .put(Offering.GOODS, "goods")
      .put(Offering.SERVICES, "services")
      .put(Offering.GOODS_AND_SERVICES, "goods-and-services")
      .build();

  /** {@link OwnerKind}. */
  public static final EnumCode<OwnerKind> OWNER_KIND = EnumCode.builder(OwnerKind.class)
      .put(OwnerKind.PUBLIC_BODY, "public-body")
      .put(OwnerKind.PRIVATE, "private")
      .put(OwnerKind.NON_PROFIT, "non-profit")
      .put(OwnerKind.CO_WORKERS, "co-workers")
      .build();

  /** {@link ParticipationMechanism}. */
  public static final EnumCode<ParticipationMechanism> PARTICIPATION_MECHANISM =
      EnumCode.builder(ParticipationMechanism.class)
          .put(ParticipationMechanism.OWNERSHIP, "ownership")
          .put(ParticipationMechanism.AGREEMENT, "agreement")
          .put(ParticipationMechanism.OTHER_DOCUMENTED, "other-documented")
          .build();

  /** {@link DistributionRule}. */
  public static final EnumCode<DistributionRule> DISTRIBUTION_RULE = EnumCode.builder(DistributionRule.class)
      .put(DistributionRule.NO_DISTRIBUTION, "no-distribution")
      .put(DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS, "only-to-ideburna-organisations")
      .put(DistributionRule.MAINLY_REINVESTED, "mainly-reinvested")
      .put(DistributionRule.CAPPED, "capped")
      .put(DistributionRule.UNRESTRICTED, "unrestricted")
      .build();

  /** {@link EvidenceSource}. */
  public static final EnumCode<EvidenceSource> EVIDENCE_SOURCE = EnumCode.builder(EvidenceSource.class)
      .put(EvidenceSource.STATUTES, "statutes")
      .put(EvidenceSource.OTHER_DOCUMENT, "other-document")
      .put(EvidenceSource.SELF_DECLARATION, "self-declaration")
      .build();

  /** {@link PublicBenefitScope}. */
  public static final EnumCode<PublicBenefitScope> PUBLIC_BENEFIT_SCOPE = EnumCode.builder(PublicBenefitScope.class)
      .put(PublicBenefitScope.EXCLUSIVELY, "exclusively")
      .put(PublicBenefitScope.PARTLY, "partly")
      .put(PublicBenefitScope.NONE, "none")
      .build();

  /** {@link ProfitDistributionByLaw}. */
  public static final EnumCode<ProfitDistributionByLaw> PROFIT_DISTRIBUTION_BY_LAW =
      EnumCode.builder(ProfitDistributionByLaw.class)
          .put(ProfitDistributionByLaw.PROHIBITED, "prohibited")
          .put(ProfitDistributionByLaw.RESTRICTED, "restricted")
          .put(ProfitDistributionByLaw.DEPENDS_ON_STATUTES, "depends-on-statutes")
          .put(ProfitDistributionByLaw.OWNER_TAKES_PROFIT, "owner-takes-profit")
          .put(ProfitDistributionByLaw.NOT_APPLICABLE, "not-applicable")
          .put(ProfitDistributionByLaw.UNKNOWN, "unknown")
          .build();

  /** {@link LegalBasis}. */
  public static final EnumCode<LegalBasis> LEGAL_BASIS = EnumCode.builder(LegalBasis.class)
      .put(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION, "lou-4-18-reserved-participation")
      .put(LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME, "lou-4-18-sheltered-employment-programme")
      .put(LegalBasis.LOU_19_6A_IDEBUREN, "lou-19-6a-ideburen")
      .put(LegalBasis.OTHER, "other")
      .build();

  /** {@link QualificationRequirement}. */
  public static final EnumCode<QualificationRequirement> QUALIFICATION_REQUIREMENT =
      EnumCode.builder(QualificationRequirement.class)
          .put(QualificationRequirement.INTEGRATION_PURPOSE, "integration-purpose")
          .put(QualificationRequirement.PROFITS_MAINLY_REINVESTED, "profits-mainly-reinvested")
          .put(QualificationRequirement.PARTICIPATION, "participation")
          .put(QualificationRequirement.INDEPENDENCE, "independence")
          .put(QualificationRequirement.BUSINESS_ACTIVITY, "business-activity")
          .build();

  /** {@link OrganisationGroup}. */
  public static final EnumCode<OrganisationGroup> ORGANISATION_GROUP = EnumCode.builder(OrganisationGroup.class)
      .put(OrganisationGroup.ESTATE_OF_DECEASED, "estate-of-deceased")
      .put(OrganisationGroup.PUBLIC_SECTOR, "public-sector")
      .put(OrganisationGroup.FOREIGN_COMPANY, "foreign-company")
      .put(OrganisationGroup.AKTIEBOLAG, "aktiebolag")
      .put(OrganisationGroup.ENKLA_BOLAG, "enkla-bolag")
      .put(OrganisationGroup.EKONOMISKA_FORENINGAR, "ekonomiska-foreningar")
      .put(OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER, "ideella-foreningar-och-stiftelser")
      .put(OrganisationGroup.HANDELSBOLAG_OCH_KOMMANDITBOLAG, "handelsbolag-och-kommanditbolag")
      .build();

  /** {@link IdentityProblem}. */
  public static final EnumCode<IdentityProblem> IDENTITY_PROBLEM = EnumCode.builder(IdentityProblem.class)
      .put(IdentityProblem.EMPTY, "empty")
      .put(IdentityProblem.LENGTH, "length")
      .put(IdentityProblem.CHARACTER, "character")
      .put(IdentityProblem.SEPARATOR, "separator")
      .put(IdentityProblem.CENTURY_PREFIX, "century-prefix")
      .put(IdentityProblem.NOT_AN_ORGANISATION_NUMBER, "not-an-organisation-number")
      .put(IdentityProblem.GROUP, "group")
      .put(IdentityProblem.CHECK_DIGIT, "check-digit")
      .put(IdentityProblem.DATE, "date")
      .put(IdentityProblem.FUTURE_DATE, "future-date")
      .put(IdentityProblem.CENTURY_SEPARATOR, "century-separator")
      .put(IdentityProblem.COUNTRY, "country")
      .put(IdentityProblem.VAT_PREFIX, "vat-prefix")
      .build();

  /** {@link Invariant}. */
  public static final EnumCode<Invariant> INVARIANT = EnumCode.builder(Invariant.class)
      .put(Invariant.COORDINATE_NOT_FINITE, "coordinate-not-finite")
      .put(Invariant.LATITUDE_OUT_OF_RANGE, "latitude-out-of-range")
      .put(Invariant.LONGITUDE_OUT_OF_RANGE, "longitude-out-of-range")
      .put(Invariant.NORTHING_OUT_OF_RANGE, "northing-out-of-range")
      .put(Invariant.EASTING_OUT_OF_RANGE, "easting-out-of-range")
      .put(Invariant.BLANK_TEXT, "blank-text")
      .put(Invariant.NEGATIVE_COUNT, "negative-count")
      .put(Invariant.NEGATIVE_AMOUNT, "negative-amount")
      .put(Invariant.FTE_EXCEEDS_HEADS, "fte-exceeds-heads")
      .put(Invariant.SHARE_OUT_OF_RANGE, "share-out-of-range")
      .put(Invariant.SHARES_EXCEED_WHOLE, "shares-exceed-whole")
      .put(Invariant.BOARD_SEATS_EXCEED_BOARD, "board-seats-exceed-board")
      .put(Invariant.BOARD_WITHOUT_SEATS, "board-without-seats")
      .put(Invariant.PERIOD_ENDS_BEFORE_START, "period-ends-before-start")
      .put(Invariant.DUPLICATE_WORKFORCE_LINE, "duplicate-workforce-line")
      .put(Invariant.DUPLICATE_ENTRY, "duplicate-entry")
      .put(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legal-form-identity-mismatch")
      .put(Invariant.PAY_RANGE_INVERTED, "pay-range-inverted")
      .put(Invariant.RADIUS_NOT_POSITIVE, "radius-not-positive")
      .put(Invariant.NO_CENTRES, "no-centres")
      .put(Invariant.THRESHOLD_BELOW_STATUTORY_MINIMUM, "threshold-below-statutory-minimum")
      .put(Invariant.SHARE_REQUIREMENT_MISMATCH, "share-requirement-mismatch")
      .put(Invariant.TARGET_GROUPS_INVALID, "target-groups-invalid")
      .put(Invariant.NO_COUNTED_FORMS, "no-counted-forms")
      .put(Invariant.DEADLINE_NOT_BEFORE_CONTRACT, "deadline-not-before-contract")
      .put(Invariant.NOT_POSITIVE, "not-positive")
      .put(Invariant.SHARE_WITHOUT_VALUE, "share-without-value")
      .build();

  /** Every table of asf-core, one per enum; asf-rules' {@code Outcome} is in {@link RuleCodes}. */
  public static final List<EnumCode<?>> ALL = List.of(
      COUNTING_BASIS, ENGAGEMENT_FORM, TARGET_GROUP, LEGAL_FORM, OFFERING, OWNER_KIND,
      PARTICIPATION_MECHANISM, DISTRIBUTION_RULE, EVIDENCE_SOURCE, PUBLIC_BENEFIT_SCOPE,
      PROFIT_DISTRIBUTION_BY_LAW, LEGAL_BASIS, QUALIFICATION_REQUIREMENT, ORGANISATION_GROUP,
      IDENTITY_PROBLEM, INVARIANT);

  private EnumCodes() {}
}
