package se.asf.json.base.internal;

import java.util.List;
import se.asf.core.Invariant;
import se.asf.core.enterprise.DeclarationDocument;
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
import se.asf.core.procurement.SelfDeclarationPolicy;
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
  public static final EnumCode<CountingBasis> COUNTING_BASIS =
      EnumCode.of(CountingBasis.class, "heads", "full-time-equivalents");

  /** {@link EngagementForm}. */
  public static final EnumCode<EngagementForm> ENGAGEMENT_FORM =
      EnumCode.of(EngagementForm.class, "employment", "employment-with-wage-subsidy", "trygghetsanstallning",
          "extratjanst", "work-training", "work-training-with-supervision", "enhanced-work-training", "placement",
          "daily-activity", "other");

  /** {@link TargetGroup}. */
  public static final EnumCode<TargetGroup> TARGET_GROUP =
      EnumCode.of(TargetGroup.class, "none", "disability", "long-term-unemployed", "newly-arrived", "income-support",
          "other-disadvantaged");

  /** {@link LegalForm}. */
  public static final EnumCode<LegalForm> LEGAL_FORM =
      EnumCode.of(LegalForm.class, "aktiebolag", "aktiebolag-svb", "enskild-firma", "ekonomisk-forening",
          "ideell-forening", "stiftelse", "handelsbolag", "kommanditbolag", "public-body", "other");

  /** {@link Offering}. */
  public static final EnumCode<Offering> OFFERING =
      EnumCode.of(Offering.class, "goods", "services", "goods-and-services");

  /** {@link OwnerKind}. */
  public static final EnumCode<OwnerKind> OWNER_KIND =
      EnumCode.of(OwnerKind.class, "public-body", "private", "non-profit", "co-workers");

  /** {@link ParticipationMechanism}. */
  public static final EnumCode<ParticipationMechanism> PARTICIPATION_MECHANISM =
      EnumCode.of(ParticipationMechanism.class, "ownership", "agreement", "other-documented");

  /** {@link DistributionRule}. */
  public static final EnumCode<DistributionRule> DISTRIBUTION_RULE =
      EnumCode.of(DistributionRule.class, "no-distribution", "only-to-ideburna-organisations", "mainly-reinvested",
          "capped", "unrestricted");

  /** {@link EvidenceSource}. */
  public static final EnumCode<EvidenceSource> EVIDENCE_SOURCE =
      EnumCode.of(EvidenceSource.class, "statutes", "other-document", "self-declaration");

  /** {@link PublicBenefitScope}. */
  public static final EnumCode<PublicBenefitScope> PUBLIC_BENEFIT_SCOPE =
      EnumCode.of(PublicBenefitScope.class, "exclusively", "partly", "none");

  /** {@link ProfitDistributionByLaw}. */
  public static final EnumCode<ProfitDistributionByLaw> PROFIT_DISTRIBUTION_BY_LAW =
      EnumCode.of(ProfitDistributionByLaw.class, "prohibited", "restricted", "depends-on-statutes",
          "owner-takes-profit", "not-applicable", "unknown");

  /** {@link LegalBasis}. */
  public static final EnumCode<LegalBasis> LEGAL_BASIS =
      EnumCode.of(LegalBasis.class, "lou-4-18-reserved-participation", "lou-4-18-sheltered-employment-programme",
          "lou-19-6a-ideburen", "other");

  /** {@link QualificationRequirement}. */
  public static final EnumCode<QualificationRequirement> QUALIFICATION_REQUIREMENT =
      EnumCode.of(QualificationRequirement.class, "integration-purpose", "profits-mainly-reinvested", "participation",
          "independence", "business-activity");

  /** {@link OrganisationGroup}. */
  public static final EnumCode<OrganisationGroup> ORGANISATION_GROUP =
      EnumCode.of(OrganisationGroup.class, "estate-of-deceased", "public-sector", "foreign-company", "aktiebolag",
          "enkla-bolag", "ekonomiska-foreningar", "ideella-foreningar-och-stiftelser",
          "handelsbolag-och-kommanditbolag");

  /** {@link IdentityProblem}. */
  public static final EnumCode<IdentityProblem> IDENTITY_PROBLEM =
      EnumCode.of(IdentityProblem.class, "empty", "length", "character", "separator", "century-prefix",
          "not-an-organisation-number", "group", "check-digit", "date", "future-date", "century-separator", "country",
          "vat-prefix");

  /** {@link Invariant}. */
  public static final EnumCode<Invariant> INVARIANT =
      EnumCode.of(Invariant.class, "coordinate-not-finite", "latitude-out-of-range", "longitude-out-of-range",
          "northing-out-of-range", "easting-out-of-range", "blank-text", "negative-count", "negative-amount",
          "fte-exceeds-heads", "share-out-of-range", "shares-exceed-whole", "board-seats-exceed-board",
          "board-without-seats", "period-ends-before-start", "duplicate-workforce-line", "duplicate-entry",
          "legal-form-identity-mismatch", "pay-range-inverted", "radius-not-positive", "no-centres",
          "threshold-below-statutory-minimum", "share-requirement-mismatch", "target-groups-invalid",
          "no-counted-forms", "deadline-not-before-contract", "not-positive", "share-without-value", "negative-period");

  /** {@link SelfDeclarationPolicy}. */
  public static final EnumCode<SelfDeclarationPolicy> SELF_DECLARATION_POLICY =
      EnumCode.of(SelfDeclarationPolicy.class, "require-workforce-figures", "accept-at-qualification");

  /** {@link DeclarationDocument}. */
  public static final EnumCode<DeclarationDocument> DECLARATION_DOCUMENT =
      EnumCode.of(DeclarationDocument.class, "espd-response");

  /** Every table of asf-core, one per enum; asf-rules' {@code Outcome} is in {@link RuleCodes}. */
  public static final List<EnumCode<?>> ALL = List.of(
      COUNTING_BASIS, ENGAGEMENT_FORM, TARGET_GROUP, LEGAL_FORM, OFFERING, OWNER_KIND,
      PARTICIPATION_MECHANISM, DISTRIBUTION_RULE, EVIDENCE_SOURCE, PUBLIC_BENEFIT_SCOPE,
      PROFIT_DISTRIBUTION_BY_LAW, LEGAL_BASIS, QUALIFICATION_REQUIREMENT, ORGANISATION_GROUP,
      IDENTITY_PROBLEM, INVARIANT, SELF_DECLARATION_POLICY, DECLARATION_DOCUMENT);

  private EnumCodes() {}
}
