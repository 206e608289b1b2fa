package se.asf.json.deser;

import com.fasterxml.jackson.databind.JsonMappingException;
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
import se.asf.core.enterprise.EnterpriseBuilder;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.Offering;
import se.asf.core.enterprise.Owner;
import se.asf.core.enterprise.OwnerKind;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.PayRange;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.PublicBenefitScope;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Position;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.EnumCodes;

/**
 * The deserializers of an enterprise and its evidence (asf-core's {@code enterprise} and
 * {@code workforce} packages), one nested class per type.
 */
final class EnterpriseDeserializers {
  private EnterpriseDeserializers() {}

  /** {@link DocumentReference}: {@code title}, {@code date}?, {@code section}?. */
  static final class DocumentReferenceDeserializer extends ObjectDeserializer<DocumentReference> {
    private static final Field<String> TITLE = Field.of("title", Scalars.TEXT);
    private static final Field<LocalDate> DATE = Field.of("date", Scalars.DATE_VALUE);
    private static final Field<String> SECTION = Field.of("section", Scalars.TEXT);

    DocumentReferenceDeserializer() {
      super(DocumentReference.class, TITLE, DATE, SECTION);
    }

    @Override
    protected DocumentReference build(FieldValues values) throws JsonMappingException {
      return DocumentReference.builder()
          .title(values.required(TITLE))
          .date(values.optional(DATE))
          .section(values.optional(SECTION))
          .build();
    }
  }

  /** {@link PurposeEvidence}. */
  static final class PurposeEvidenceDeserializer extends ObjectDeserializer<PurposeEvidence> {
    private static final Field<EvidenceSource> SOURCE = Field.of("source", Scalars.code(EnumCodes.EVIDENCE_SOURCE));
    private static final Field<Boolean> INTEGRATION = Field.of("integrationOverarching", Scalars.BOOLEAN);
    private static final Field<PublicBenefitScope> PUBLIC_BENEFIT =
        Field.of("publicBenefit", Scalars.code(EnumCodes.PUBLIC_BENEFIT_SCOPE));
    private static final Field<String> CLAUSE = Field.of("clause", Scalars.TEXT);
    private final Field<DocumentReference> document;

    PurposeEvidenceDeserializer(DocumentReferenceDeserializer documents) {
      this(Field.of("document", documents));
    }

    private PurposeEvidenceDeserializer(Field<DocumentReference> document) {
      super(PurposeEvidence.class, SOURCE, INTEGRATION, PUBLIC_BENEFIT, CLAUSE, document);
      this.document = document;
    }

    @Override
    protected PurposeEvidence build(FieldValues values) throws JsonMappingException {
      return PurposeEvidence.builder()
          .source(values.required(SOURCE))
          .integrationOverarching(values.required(INTEGRATION))
          .publicBenefit(values.optional(PUBLIC_BENEFIT))
          .clause(values.optional(CLAUSE))
          .document(values.optional(document))
          .build();
    }
  }

  /** {@link ParticipationEvidence}. */
  static final class ParticipationEvidenceDeserializer extends ObjectDeserializer<ParticipationEvidence> {
    private static final Field<ParticipationMechanism> MECHANISM =
        Field.of("mechanism", Scalars.code(EnumCodes.PARTICIPATION_MECHANISM));
    private static final Field<String> DESCRIPTION = Field.of("description", Scalars.TEXT);
    private final Field<DocumentReference> document;

    ParticipationEvidenceDeserializer(DocumentReferenceDeserializer documents) {
      this(Field.of("document", documents));
    }

    private ParticipationEvidenceDeserializer(Field<DocumentReference> document) {
      super(ParticipationEvidence.class, MECHANISM, DESCRIPTION, document);
      this.document = document;
    }

    @Override
    protected ParticipationEvidence build(FieldValues values) throws JsonMappingException {
      return ParticipationEvidence.builder()
          .mechanism(values.required(MECHANISM))
          .description(values.optional(DESCRIPTION))
          .document(values.optional(document))
          .build();
    }
  }

  /** {@link DistributionClause}. */
  static final class DistributionClauseDeserializer extends ObjectDeserializer<DistributionClause> {
    private static final Field<DistributionRule> RULE = Field.of("rule", Scalars.code(EnumCodes.DISTRIBUTION_RULE));
    private static final Field<String> TEXT = Field.of("text", Scalars.TEXT);
    private final Field<DocumentReference> document;

    DistributionClauseDeserializer(DocumentReferenceDeserializer documents) {
      this(Field.of("document", documents));
    }

    private DistributionClauseDeserializer(Field<DocumentReference> document) {
      super(DistributionClause.class, RULE, TEXT, document);
      this.document = document;
    }

    @Override
    protected DistributionClause build(FieldValues values) throws JsonMappingException {
      return DistributionClause.builder()
          .rule(values.required(RULE))
          .text(values.optional(TEXT))
          .document(values.optional(document))
          .build();
    }
  }

  /** {@link FiscalYear}: {@code year} as a number, amounts in SEK as exact decimals. */
  static final class FiscalYearDeserializer extends ObjectDeserializer<FiscalYear> {
    private static final Field<Year> YEAR = Field.of("year", Scalars.YEAR);
    private static final Field<BigDecimal> REINVESTED = Field.of("reinvested", Scalars.DECIMAL);
    private static final Field<BigDecimal> DISTRIBUTED = Field.of("distributed", Scalars.DECIMAL);
    private static final Field<BigDecimal> TRANSFERRED = Field.of("transferredToIdeburna", Scalars.DECIMAL);

    FiscalYearDeserializer() {
      super(FiscalYear.class, YEAR, REINVESTED, DISTRIBUTED, TRANSFERRED);
    }

    @Override
    protected FiscalYear build(FieldValues values) throws JsonMappingException {
      return FiscalYear.builder()
          .year(values.required(YEAR))
          .reinvested(values.required(REINVESTED))
          .distributed(values.required(DISTRIBUTED))
          .transferredToIdeburna(values.required(TRANSFERRED))
          .build();
    }
  }

  /** {@link ProfitPolicy}. */
  static final class ProfitPolicyDeserializer extends ObjectDeserializer<ProfitPolicy> {
    private final Field<DistributionClause> statutesClause;
    private final Field<List<FiscalYear>> fiscalYears;

    ProfitPolicyDeserializer(DistributionClauseDeserializer clauses, FiscalYearDeserializer years) {
      this(Field.of("statutesClause", clauses), Field.of("fiscalYears", Scalars.listOf(years)));
    }

    private ProfitPolicyDeserializer(Field<DistributionClause> statutesClause, Field<List<FiscalYear>> fiscalYears) {
      super(ProfitPolicy.class, statutesClause, fiscalYears);
      this.statutesClause = statutesClause;
      this.fiscalYears = fiscalYears;
    }

    @Override
    protected ProfitPolicy build(FieldValues values) throws JsonMappingException {
      return ProfitPolicy.builder()
          .statutesClause(values.optional(statutesClause))
          .fiscalYears(values.required(fiscalYears))
          .build();
    }
  }

  /** {@link Owner}: {@code name}, {@code kind}, {@code share} (a fraction). */
  static final class OwnerDeserializer extends ObjectDeserializer<Owner> {
    private static final Field<String> NAME = Field.of("name", Scalars.TEXT);
    private static final Field<OwnerKind> KIND = Field.of("kind", Scalars.code(EnumCodes.OWNER_KIND));
    private static final Field<Share> SHARE = Field.of("share", Scalars.SHARE);

    OwnerDeserializer() {
      super(Owner.class, NAME, KIND, SHARE);
    }

    @Override
    protected Owner build(FieldValues values) throws JsonMappingException {
      return Owner.of(values.required(NAME), values.required(KIND), values.required(SHARE));
    }
  }

  /** {@link Board}. */
  static final class BoardDeserializer extends ObjectDeserializer<Board> {
    private static final Field<Integer> SEATS = Field.of("seats", Scalars.INT);
    private static final Field<Integer> PUBLIC_SEATS = Field.of("seatsAppointedByPublicBodies", Scalars.INT);

    BoardDeserializer() {
      super(Board.class, SEATS, PUBLIC_SEATS);
    }

    @Override
    protected Board build(FieldValues values) throws JsonMappingException {
      return Board.of(values.required(SEATS), values.required(PUBLIC_SEATS));
    }
  }

  /** {@link Ownership}. */
  static final class OwnershipDeserializer extends ObjectDeserializer<Ownership> {
    private final Field<List<Owner>> owners;
    private final Field<Board> board;

    OwnershipDeserializer(OwnerDeserializer owners, BoardDeserializer boards) {
      this(Field.of("owners", Scalars.listOf(owners)), Field.of("board", boards));
    }

    private OwnershipDeserializer(Field<List<Owner>> owners, Field<Board> board) {
      super(Ownership.class, owners, board);
      this.owners = owners;
      this.board = board;
    }

    @Override
    protected Ownership build(FieldValues values) throws JsonMappingException {
      return Ownership.builder()
          .owners(values.required(owners))
          .board(values.optional(board))
          .build();
    }
  }

  /** {@link WorkforceLine}: {@code form}, {@code group}, {@code heads}, {@code fullTimeEquivalents}. */
  static final class WorkforceLineDeserializer extends ObjectDeserializer<WorkforceLine> {
    private static final Field<EngagementForm> FORM = Field.of("form", Scalars.code(EnumCodes.ENGAGEMENT_FORM));
    private static final Field<TargetGroup> GROUP = Field.of("group", Scalars.code(EnumCodes.TARGET_GROUP));
    private static final Field<Integer> HEADS = Field.of("heads", Scalars.INT);
    private static final Field<BigDecimal> FTE = Field.of("fullTimeEquivalents", Scalars.DECIMAL);

    WorkforceLineDeserializer() {
      super(WorkforceLine.class, FORM, GROUP, HEADS, FTE);
    }

    @Override
    protected WorkforceLine build(FieldValues values) throws JsonMappingException {
      return WorkforceLine.of(values.required(FORM), values.required(GROUP), values.required(HEADS),
          values.required(FTE));
    }
  }

  /** {@link Workforce}: {@code period} and {@code lines}. */
  static final class WorkforceDeserializer extends ObjectDeserializer<Workforce> {
    private final Field<DatePeriod> period;
    private final Field<List<WorkforceLine>> lines;

    WorkforceDeserializer(DatePeriodDeserializer periods, WorkforceLineDeserializer lines) {
      this(Field.of("period", periods), Field.of("lines", Scalars.listOf(lines)));
    }

    private WorkforceDeserializer(Field<DatePeriod> period, Field<List<WorkforceLine>> lines) {
      super(Workforce.class, period, lines);
      this.period = period;
      this.lines = lines;
    }

    @Override
    protected Workforce build(FieldValues values) throws JsonMappingException {
      return Workforce.builder().period(values.required(period)).lines(values.required(lines)).build();
    }
  }

  /** {@link PayRange}: monthly SEK, exact decimals. */
  static final class PayRangeDeserializer extends ObjectDeserializer<PayRange> {
    private static final Field<BigDecimal> LOWEST = Field.of("lowestMonthly", Scalars.DECIMAL);
    private static final Field<BigDecimal> HIGHEST = Field.of("highestMonthly", Scalars.DECIMAL);

    PayRangeDeserializer() {
      super(PayRange.class, LOWEST, HIGHEST);
    }

    @Override
    protected PayRange build(FieldValues values) throws JsonMappingException {
      return PayRange.of(values.required(LOWEST), values.required(HIGHEST));
    }
  }

  /** {@link Site}: {@code name}, {@code position}?, {@code address}?. */
  static final class SiteDeserializer extends ObjectDeserializer<Site> {
    private static final Field<String> NAME = Field.of("name", Scalars.TEXT);
    private static final Field<String> ADDRESS = Field.of("address", Scalars.TEXT);
    private final Field<Position> position;

    SiteDeserializer(PositionDeserializer<Position> positions) {
      this(Field.of("position", positions));
    }

    private SiteDeserializer(Field<Position> position) {
      super(Site.class, NAME, position, ADDRESS);
      this.position = position;
    }

    @Override
    protected Site build(FieldValues values) throws JsonMappingException {
      return Site.builder()
          .name(values.required(NAME))
          .position(values.optional(position))
          .address(values.optional(ADDRESS))
          .build();
    }
  }

  /** {@link BusinessActivity}: {@code description}, {@code offering}. */
  static final class BusinessActivityDeserializer extends ObjectDeserializer<BusinessActivity> {
    private static final Field<String> DESCRIPTION = Field.of("description", Scalars.TEXT);
    private static final Field<Offering> OFFERING = Field.of("offering", Scalars.code(EnumCodes.OFFERING));

    BusinessActivityDeserializer() {
      super(BusinessActivity.class, DESCRIPTION, OFFERING);
    }

    @Override
    protected BusinessActivity build(FieldValues values) throws JsonMappingException {
      return BusinessActivity.of(values.required(DESCRIPTION), values.required(OFFERING));
    }
  }

  /**
   * {@link Enterprise}. The identity is one of two properties: {@code organisationNumber} or, for
   * a sole trader, {@code personalIdentityNumber}.
   */
  static final class EnterpriseDeserializer extends ObjectDeserializer<Enterprise> {
    static final String ORGANISATION_NUMBER = "organisationNumber";
    static final String PERSONAL_IDENTITY_NUMBER = "personalIdentityNumber";

    private static final Field<String> NAME = Field.of("name", Scalars.TEXT);
    private static final Field<Organisationsnummer> ORGANISATIONSNUMMER =
        Field.of(ORGANISATION_NUMBER, Scalars.ORGANISATIONSNUMMER_VALUE);
    private static final Field<LegalForm> LEGAL_FORM = Field.of("legalForm", Scalars.code(EnumCodes.LEGAL_FORM));
    private static final Field<String> UNIT = Field.of("unit", Scalars.TEXT);

    private final Field<Personnummer> personnummer;
    private final Field<List<Site>> sites;
    private final Field<List<BusinessActivity>> businessActivities;
    private final Field<PurposeEvidence> purpose;
    private final Field<ParticipationEvidence> participation;
    private final Field<ProfitPolicy> profitPolicy;
    private final Field<Ownership> ownership;
    private final Field<Workforce> workforce;
    private final Field<PayRange> payRange;

    /** The parts an enterprise is read with. */
    record Parts(
        ValueReader<Personnummer> personnummer,
        SiteDeserializer sites,
        BusinessActivityDeserializer businessActivities,
        PurposeEvidenceDeserializer purpose,
        ParticipationEvidenceDeserializer participation,
        ProfitPolicyDeserializer profitPolicy,
        OwnershipDeserializer ownership,
        WorkforceDeserializer workforce,
        PayRangeDeserializer payRange) {}

    EnterpriseDeserializer(Parts parts) {
      this(Field.of(PERSONAL_IDENTITY_NUMBER, parts.personnummer()),
          Field.of("sites", Scalars.listOf(parts.sites())),
          Field.of("businessActivities", Scalars.listOf(parts.businessActivities())),
          Field.of("purpose", parts.purpose()),
          Field.of("participation", parts.participation()),
          Field.of("profitPolicy", parts.profitPolicy()),
          Field.of("ownership", parts.ownership()),
          Field.of("workforce", parts.workforce()),
          Field.of("payRange", parts.payRange()));
    }

    private EnterpriseDeserializer(Field<Personnummer> personnummer, Field<List<Site>> sites,
        Field<List<BusinessActivity>> businessActivities, Field<PurposeEvidence> purpose,
        Field<ParticipationEvidence> participation, Field<ProfitPolicy> profitPolicy,
        Field<Ownership> ownership, Field<Workforce> workforce, Field<PayRange> payRange) {
      super(Enterprise.class, NAME, ORGANISATIONSNUMMER, personnummer, LEGAL_FORM, UNIT, sites,
          businessActivities, purpose, participation, profitPolicy, ownership, workforce, payRange);
      this.personnummer = personnummer;
      this.sites = sites;
      this.businessActivities = businessActivities;
      this.purpose = purpose;
      this.participation = participation;
      this.profitPolicy = profitPolicy;
      this.ownership = ownership;
      this.workforce = workforce;
      this.payRange = payRange;
    }

    @Override
    protected Enterprise build(FieldValues values) throws JsonMappingException {
      EnterpriseBuilder builder = Enterprise.builder().name(values.required(NAME));
      if (values.has(ORGANISATIONSNUMMER) && values.has(personnummer)) {
        throw values.problem(PERSONAL_IDENTITY_NUMBER, JsonProblemCode.CONFLICTING_PROPERTIES,
            "problem.identity-both", ORGANISATION_NUMBER, PERSONAL_IDENTITY_NUMBER);
      }
      if (values.has(personnummer)) {
        builder.identity(values.required(personnummer));
      } else if (values.has(ORGANISATIONSNUMMER)) {
        builder.identity(values.required(ORGANISATIONSNUMMER));
      } else {
        throw values.problem(ORGANISATION_NUMBER, JsonProblemCode.MISSING_PROPERTY,
            "problem.identity-missing", ORGANISATION_NUMBER, PERSONAL_IDENTITY_NUMBER);
      }
      return builder
          .legalForm(values.required(LEGAL_FORM))
          .unit(values.optional(UNIT))
          .sites(values.required(sites))
          .businessActivities(values.required(businessActivities))
          .purpose(values.optional(purpose))
          .participation(values.optional(participation))
          .profitPolicy(values.optional(profitPolicy))
          .ownership(values.optional(ownership))
          .workforce(values.optional(workforce))
          .payRange(values.optional(payRange))
          .build();
    }
  }
}
