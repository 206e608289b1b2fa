package se.asf.json.deser;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.geo.Position;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.QualificationRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.json.wire.EnumCodes;

/** The deserializers of a reserved procurement (asf-core's {@code procurement} package), one nested class per type. */
final class ProcurementDeserializers {
  private ProcurementDeserializers() {}

  /** {@link Centre}: {@code name}, {@code position}. */
  static final class CentreDeserializer extends ObjectDeserializer<Centre> {
    private static final Field<String> NAME = Field.of("name", Scalars.TEXT);
    private final Field<Position> position;

    CentreDeserializer(PositionDeserializer<Position> positions) {
      this(Field.of("position", positions));
    }

    private CentreDeserializer(Field<Position> position) {
      super(Centre.class, NAME, position);
      this.position = position;
    }

    @Override
    protected Centre build(FieldValues values) throws JsonMappingException {
      return Centre.of(values.required(NAME), values.required(position));
    }
  }

  /** {@link ContractingAuthority}: {@code name}, {@code organisationNumber}?. */
  static final class ContractingAuthorityDeserializer extends ObjectDeserializer<ContractingAuthority> {
    private static final Field<String> NAME = Field.of("name", Scalars.TEXT);
    private static final Field<Organisationsnummer> NUMBER =
        Field.of("organisationNumber", Scalars.ORGANISATIONSNUMMER_VALUE);

    ContractingAuthorityDeserializer() {
      super(ContractingAuthority.class, NAME, NUMBER);
    }

    @Override
    protected ContractingAuthority build(FieldValues values) throws JsonMappingException {
      String name = values.required(NAME);
      return values.has(NUMBER) ? ContractingAuthority.of(name, values.required(NUMBER)) : ContractingAuthority.of(name);
    }
  }

  /** {@link GeographicRequirement}: {@code centres}, {@code radiusMetres}. */
  static final class GeographicRequirementDeserializer extends ObjectDeserializer<GeographicRequirement> {
    private static final Field<BigDecimal> RADIUS = Field.of("radiusMetres", Scalars.DECIMAL);
    private final Field<List<Centre>> centres;

    GeographicRequirementDeserializer(CentreDeserializer centres) {
      this(Field.of("centres", Scalars.listOf(centres)));
    }

    private GeographicRequirementDeserializer(Field<List<Centre>> centres) {
      super(GeographicRequirement.class, centres, RADIUS);
      this.centres = centres;
    }

    @Override
    protected GeographicRequirement build(FieldValues values) throws JsonMappingException {
      return GeographicRequirement.builder()
          .centres(values.required(centres))
          .radiusMetres(values.required(RADIUS))
          .build();
    }
  }

  /** {@link ShareRequirement}: every attribute is written and required, defaults are not implied. */
  static final class ShareRequirementDeserializer extends ObjectDeserializer<ShareRequirement> {
    private static final Field<Share> THRESHOLD = Field.of("threshold", Scalars.SHARE);
    private static final Field<CountingBasis> BASIS =
        Field.of("countingBasis", Scalars.code(EnumCodes.COUNTING_BASIS));
    private static final Field<Set<EngagementForm>> FORMS =
        Field.of("countedForms", Scalars.codeSet(EnumCodes.ENGAGEMENT_FORM));
    private static final Field<Set<TargetGroup>> GROUPS =
        Field.of("targetGroups", Scalars.codeSet(EnumCodes.TARGET_GROUP));

    ShareRequirementDeserializer() {
      super(ShareRequirement.class, THRESHOLD, BASIS, FORMS, GROUPS);
    }

    @Override
    protected ShareRequirement build(FieldValues values) throws JsonMappingException {
      return ShareRequirement.builder()
          .threshold(values.required(THRESHOLD))
          .countingBasis(values.required(BASIS))
          .countedForms(values.required(FORMS))
          .targetGroups(values.required(GROUPS))
          .build();
    }
  }

  /** {@link ReservedProcurement}. */
  static final class ReservedProcurementDeserializer extends ObjectDeserializer<ReservedProcurement> {
    private static final Field<String> REFERENCE = Field.of("reference", Scalars.TEXT);
    private static final Field<String> TITLE = Field.of("title", Scalars.TEXT);
    private static final Field<LegalBasis> LEGAL_BASIS = Field.of("legalBasis", Scalars.code(EnumCodes.LEGAL_BASIS));
    private static final Field<Set<QualificationRequirement>> ADDITIONAL =
        Field.of("additionalRequirements", Scalars.codeSet(EnumCodes.QUALIFICATION_REQUIREMENT));
    private static final Field<LocalDate> DEADLINE = Field.of("tenderDeadline", Scalars.DATE_VALUE);
    private static final Field<Integer> PLACES = Field.of("estimatedPlaces", Scalars.INT);
    private static final Field<Period> PLACEMENT = Field.of("averagePlacementLength", Scalars.PERIOD_VALUE);
    private static final Field<Boolean> GUARANTEED = Field.of("volumesGuaranteed", Scalars.BOOLEAN);

    private final Field<List<ContractingAuthority>> authorities;
    private final Field<ShareRequirement> shareRequirement;
    private final Field<GeographicRequirement> geographicRequirement;
    private final Field<DatePeriod> contractPeriod;

    ReservedProcurementDeserializer(ContractingAuthorityDeserializer authorities,
        ShareRequirementDeserializer shares, GeographicRequirementDeserializer geography,
        DatePeriodDeserializer periods) {
      this(Field.of("contractingAuthorities", Scalars.listOf(authorities)),
          Field.of("shareRequirement", shares),
          Field.of("geographicRequirement", geography),
          Field.of("contractPeriod", periods));
    }

    private ReservedProcurementDeserializer(Field<List<ContractingAuthority>> authorities,
        Field<ShareRequirement> shareRequirement, Field<GeographicRequirement> geographicRequirement,
        Field<DatePeriod> contractPeriod) {
      super(ReservedProcurement.class, REFERENCE, TITLE, authorities, LEGAL_BASIS, shareRequirement,
          ADDITIONAL, geographicRequirement, DEADLINE, contractPeriod, PLACES, PLACEMENT, GUARANTEED);
      this.authorities = authorities;
      this.shareRequirement = shareRequirement;
      this.geographicRequirement = geographicRequirement;
      this.contractPeriod = contractPeriod;
    }

    @Override
    protected ReservedProcurement build(FieldValues values) throws JsonMappingException {
      return ReservedProcurement.builder()
          .reference(values.required(REFERENCE))
          .title(values.required(TITLE))
          .contractingAuthorities(values.required(authorities))
          .legalBasis(values.required(LEGAL_BASIS))
          .shareRequirement(values.optional(shareRequirement))
          .additionalRequirements(values.required(ADDITIONAL))
          .geographicRequirement(values.optional(geographicRequirement))
          .tenderDeadline(values.required(DEADLINE))
          .contractPeriod(values.required(contractPeriod))
          .estimatedPlaces(values.optional(PLACES))
          .averagePlacementLength(values.optional(PLACEMENT))
          .volumesGuaranteed(values.required(GUARANTEED))
          .build();
    }
  }
}
