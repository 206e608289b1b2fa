package se.asf.json.wire;

import se.asf.json.base.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.workforce.EngagementForm;
import se.asf.json.fixtures.Fixtures;

/**
 * Pins every wire code of format version 1. A change here is a change of the published format: it
 * needs a new format version, not an edit of this list.
 */
class EnumCodesTest {
  /** Every enum constant of asf-core and asf-rules and its code, as published. */
  private static final String PINNED = """
      CountingBasis.HEADS=heads
      CountingBasis.FULL_TIME_EQUIVALENTS=full-time-equivalents
      EngagementForm.EMPLOYMENT=employment
      EngagementForm.EMPLOYMENT_WITH_WAGE_SUBSIDY=employment-with-wage-subsidy
      EngagementForm.TRYGGHETSANSTALLNING=trygghetsanstallning
      EngagementForm.EXTRATJANST=extratjanst
      EngagementForm.WORK_TRAINING=work-training
      EngagementForm.WORK_TRAINING_WITH_SUPERVISION=work-training-with-supervision
      EngagementForm.ENHANCED_WORK_TRAINING=enhanced-work-training
      EngagementForm.PLACEMENT=placement
      EngagementForm.DAILY_ACTIVITY=daily-activity
      EngagementForm.OTHER=other
      TargetGroup.NONE=none
      TargetGroup.DISABILITY=disability
      TargetGroup.LONG_TERM_UNEMPLOYED=long-term-unemployed
      TargetGroup.NEWLY_ARRIVED=newly-arrived
      TargetGroup.INCOME_SUPPORT=income-support
      TargetGroup.OTHER_DISADVANTAGED=other-disadvantaged
      LegalForm.AKTIEBOLAG=aktiebolag
      LegalForm.AKTIEBOLAG_SVB=aktiebolag-svb
      LegalForm.ENSKILD_FIRMA=enskild-firma
      LegalForm.EKONOMISK_FORENING=ekonomisk-forening
      LegalForm.IDEELL_FORENING=ideell-forening
      LegalForm.STIFTELSE=stiftelse
      LegalForm.HANDELSBOLAG=handelsbolag
      LegalForm.KOMMANDITBOLAG=kommanditbolag
      LegalForm.PUBLIC_BODY=public-body
      LegalForm.OTHER=other
      Offering.GOODS=goods
      Offering.SERVICES=services
      Offering.GOODS_AND_SERVICES=goods-and-services
      OwnerKind.PUBLIC_BODY=public-body
      OwnerKind.PRIVATE=private
      OwnerKind.NON_PROFIT=non-profit
      OwnerKind.CO_WORKERS=co-workers
      ParticipationMechanism.OWNERSHIP=ownership
      ParticipationMechanism.AGREEMENT=agreement
      ParticipationMechanism.OTHER_DOCUMENTED=other-documented
      DistributionRule.NO_DISTRIBUTION=no-distribution
      DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS=only-to-ideburna-organisations
      DistributionRule.MAINLY_REINVESTED=mainly-reinvested
      DistributionRule.CAPPED=capped
      DistributionRule.UNRESTRICTED=unrestricted
      EvidenceSource.STATUTES=statutes
      EvidenceSource.OTHER_DOCUMENT=other-document
      EvidenceSource.SELF_DECLARATION=self-declaration
      PublicBenefitScope.EXCLUSIVELY=exclusively
      PublicBenefitScope.PARTLY=partly
      PublicBenefitScope.NONE=none
      ProfitDistributionByLaw.PROHIBITED=prohibited
      ProfitDistributionByLaw.RESTRICTED=restricted
      ProfitDistributionByLaw.DEPENDS_ON_STATUTES=depends-on-statutes
      ProfitDistributionByLaw.OWNER_TAKES_PROFIT=owner-takes-profit
      ProfitDistributionByLaw.NOT_APPLICABLE=not-applicable
      ProfitDistributionByLaw.UNKNOWN=unknown
      LegalBasis.LOU_4_18_RESERVED_PARTICIPATION=lou-4-18-reserved-participation
      LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME=lou-4-18-sheltered-employment-programme
      LegalBasis.LOU_19_6A_IDEBUREN=lou-19-6a-ideburen
      LegalBasis.OTHER=other
      QualificationRequirement.INTEGRATION_PURPOSE=integration-purpose
      QualificationRequirement.PROFITS_MAINLY_REINVESTED=profits-mainly-reinvested
      QualificationRequirement.PARTICIPATION=participation
      QualificationRequirement.INDEPENDENCE=independence
      QualificationRequirement.BUSINESS_ACTIVITY=business-activity
      OrganisationGroup.ESTATE_OF_DECEASED=estate-of-deceased
      OrganisationGroup.PUBLIC_SECTOR=public-sector
      OrganisationGroup.FOREIGN_COMPANY=foreign-company
      OrganisationGroup.AKTIEBOLAG=aktiebolag
      OrganisationGroup.ENKLA_BOLAG=enkla-bolag
      OrganisationGroup.EKONOMISKA_FORENINGAR=ekonomiska-foreningar
      OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER=ideella-foreningar-och-stiftelser
      OrganisationGroup.HANDELSBOLAG_OCH_KOMMANDITBOLAG=handelsbolag-och-kommanditbolag
      IdentityProblem.EMPTY=empty
      IdentityProblem.LENGTH=length
      IdentityProblem.CHARACTER=character
      IdentityProblem.SEPARATOR=separator
      IdentityProblem.CENTURY_PREFIX=century-prefix
      IdentityProblem.NOT_AN_ORGANISATION_NUMBER=not-an-organisation-number
      IdentityProblem.GROUP=group
      IdentityProblem.CHECK_DIGIT=check-digit
      IdentityProblem.DATE=date
      IdentityProblem.FUTURE_DATE=future-date
      IdentityProblem.CENTURY_SEPARATOR=century-separator
      IdentityProblem.COUNTRY=country
      IdentityProblem.VAT_PREFIX=vat-prefix
      Invariant.COORDINATE_NOT_FINITE=coordinate-not-finite
      Invariant.LATITUDE_OUT_OF_RANGE=latitude-out-of-range
      Invariant.LONGITUDE_OUT_OF_RANGE=longitude-out-of-range
      Invariant.NORTHING_OUT_OF_RANGE=northing-out-of-range
      Invariant.EASTING_OUT_OF_RANGE=easting-out-of-range
      Invariant.BLANK_TEXT=blank-text
      Invariant.NEGATIVE_COUNT=negative-count
      Invariant.NEGATIVE_AMOUNT=negative-amount
      Invariant.FTE_EXCEEDS_HEADS=fte-exceeds-heads
      Invariant.SHARE_OUT_OF_RANGE=share-out-of-range
      Invariant.SHARES_EXCEED_WHOLE=shares-exceed-whole
      Invariant.BOARD_SEATS_EXCEED_BOARD=board-seats-exceed-board
      Invariant.BOARD_WITHOUT_SEATS=board-without-seats
      Invariant.PERIOD_ENDS_BEFORE_START=period-ends-before-start
      Invariant.DUPLICATE_WORKFORCE_LINE=duplicate-workforce-line
      Invariant.DUPLICATE_ENTRY=duplicate-entry
      Invariant.LEGAL_FORM_IDENTITY_MISMATCH=legal-form-identity-mismatch
      Invariant.PAY_RANGE_INVERTED=pay-range-inverted
      Invariant.RADIUS_NOT_POSITIVE=radius-not-positive
      Invariant.NO_CENTRES=no-centres
      Invariant.THRESHOLD_BELOW_STATUTORY_MINIMUM=threshold-below-statutory-minimum
      Invariant.SHARE_REQUIREMENT_MISMATCH=share-requirement-mismatch
      Invariant.TARGET_GROUPS_INVALID=target-groups-invalid
      Invariant.NO_COUNTED_FORMS=no-counted-forms
      Invariant.DEADLINE_NOT_BEFORE_CONTRACT=deadline-not-before-contract
      Invariant.NOT_POSITIVE=not-positive
      Invariant.SHARE_WITHOUT_VALUE=share-without-value
      Outcome.MET=met
      Outcome.NOT_MET=not-met
      Outcome.UNDETERMINED=undetermined
      """;

  private static final ObjectMapper MAPPER = Fixtures.fullMapper();
  /** asf-core's tables and asf-rules' outcome, which is apart so that asf-rules may be absent. */
  private static final List<EnumCode<?>> ALL = java.util.stream.Stream.concat(EnumCodes.ALL.stream(),
      java.util.stream.Stream.of(RuleCodes.OUTCOME)).toList();

  @Test
  void everyConstantHasItsPinnedCode() throws Exception {
    List<String> actual = new ArrayList<>();
    for (EnumCode<?> codes : ALL) {
      for (Enum<?> constant : codes.type().getEnumConstants()) {
        String json = MAPPER.writeValueAsString(constant);
        actual.add(codes.type().getSimpleName() + "." + constant.name() + "=" + json.substring(1, json.length() - 1));
      }
    }
    assertEquals(PINNED.lines().map(String::strip).toList(), actual);
  }

  @Test
  void everyCodeReadsBackAsItsConstant() throws Exception {
    for (EnumCode<?> codes : ALL) {
      for (Enum<?> constant : codes.type().getEnumConstants()) {
        assertEquals(constant, MAPPER.readValue(MAPPER.writeValueAsString(constant), codes.type()));
      }
    }
  }

  @Test
  void everyEnumOfTheDomainHasATable() {
    List<Class<?>> tabled = ALL.stream().<Class<?>>map(EnumCode::type).toList();
    assertEquals(17, tabled.size());
    assertEquals(tabled.size(), tabled.stream().distinct().count());
  }

  @Test
  void codesAreCaseSensitiveAndNeverOrdinals() {
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"Work-training\"", EngagementForm.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"WORK_TRAINING\"", EngagementForm.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("4", EngagementForm.class));
    assertThrows(JsonMappingException.class, () -> MAPPER.readValue("\"aktiebolag \"", LegalForm.class));
  }

  @Test
  void aTableRefusesAMissingConstantARepeatedCodeAndANonKebabCode() {
    assertThrows(IllegalStateException.class,
        () -> EnumCode.builder(LegalForm.class).put(LegalForm.AKTIEBOLAG, "aktiebolag").build());
    assertThrows(IllegalArgumentException.class,
        () -> EnumCode.builder(LegalForm.class).put(LegalForm.AKTIEBOLAG, "a").put(LegalForm.STIFTELSE, "a"));
    assertThrows(IllegalArgumentException.class,
        () -> EnumCode.builder(LegalForm.class).put(LegalForm.AKTIEBOLAG, "Aktiebolag"));
  }

  @Test
  void setsAreWrittenInTableOrder() {
    assertEquals(List.of(EngagementForm.EMPLOYMENT, EngagementForm.WORK_TRAINING, EngagementForm.OTHER),
        EnumCodes.ENGAGEMENT_FORM.inTableOrder(
            List.of(EngagementForm.OTHER, EngagementForm.EMPLOYMENT, EngagementForm.WORK_TRAINING)));
    assertTrue(EnumCodes.ENGAGEMENT_FORM.constant("work-training").isPresent());
  }
}
