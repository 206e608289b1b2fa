package se.asf.json.base.internal;

import static se.asf.json.base.internal.Kind.code;
import static se.asf.json.base.internal.Kind.codeSet;
import static se.asf.json.base.internal.Kind.listOf;
import static se.asf.json.base.internal.Kind.object;
import static se.asf.json.base.internal.Kind.scalar;
import static se.asf.json.base.internal.Prop.optional;
import static se.asf.json.base.internal.Prop.required;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.BusinessActivity;
import se.asf.core.enterprise.DeclarationDocument;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EnterpriseBuilder;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.Owner;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.PayRange;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.enterprise.Site;
import se.asf.core.geo.Position;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.OrganisationGroup;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.base.JsonProblemCode;

/**
 * The declarations of the asf-core wire types, each written once. Every serializer, deserializer
 * and the {@code $defs} of {@code values.schema.json} for these types follow from them.
 */
public final class Declarations {
  private Declarations() {}

  private static final int INT_MAX = Integer.MAX_VALUE;

  /** Any well-formed text; the schema asks for something other than white space. */
  static final Kind<String> TEXT = scalar(Scalars.TEXT, Out::text, Schemas.ref("nonBlankText"));
  static final Kind<Boolean> BOOLEAN = scalar(Scalars.BOOLEAN, TokenWriter::bool, map("type", "boolean"));
  /** A number of people. */
  static final Kind<Integer> COUNT =
      scalar(Scalars.INT, (out, value) -> out.number(value.toString()), Schemas.ref("count"));
  /** An amount in SEK. */
  static final Kind<BigDecimal> AMOUNT = scalar(Scalars.DECIMAL, Out::decimal, Schemas.ref("amount"));
  static final Kind<Year> YEAR = scalar(Scalars.YEAR, (out, value) -> out.number(value.toString()),
      map("type", "integer", "minimum", Year.MIN_VALUE, "maximum", Year.MAX_VALUE));
  static final Kind<LocalDate> DATE = scalar(Scalars.DATE_VALUE, Out::date, Schemas.ref("date"));
  static final Kind<Period> PERIOD = scalar(Scalars.PERIOD_VALUE, Out::string, Schemas.ref("period"));
  static final Kind<Share> FRACTION =
      scalar(Scalars.SHARE, (out, share) -> Out.decimal(out, share.getFraction()), Schemas.ref("fraction"));
  static final Kind<Position> POSITION = scalar(PositionReader.anyForm(), Codecs::position, Schemas.ref("position"));
  static final Kind<Organisationsnummer> ORGANISATION_NUMBER =
      scalar(Scalars.ORGANISATIONSNUMMER_VALUE, Out::string, Schemas.ref("organisationNumber"));
  /** Read against the settings' clock, and written masked unless the settings say otherwise. */
  static final Kind<Personnummer> PERSONAL_IDENTITY_NUMBER = new Kind<>(Schemas.ref("personalIdentityNumber"),
      codecs -> codecs.personnummer, codecs -> (out, number) -> out.string(codecs.personnummer(number)));
  static final Kind<ForeignIdentifier> FOREIGN_IDENTIFIER =
      scalar(Scalars.FOREIGN_IDENTIFIER_VALUE, Out::string, Schemas.ref("foreignIdentifier"));

  // ---- values

  private static final Prop<DatePeriod, LocalDate> PERIOD_START =
      required("start", DATE, DatePeriod::getStart, "The first day.");
  /** Always written; when absent on input, the period is the one day {@code start}. */
  private static final Prop<DatePeriod, LocalDate> PERIOD_END =
      optional("end", DATE, p -> Optional.of(p.getEnd()), "The last day; when left out, the start day.");
  /** {@link DatePeriod}: without an end, a count taken on one day, the start day. */
  public static final WireType<DatePeriod> DATE_PERIOD = WireType.of(DatePeriod.class,
      "A period of whole days, both ends included; end is not before start. Without end, the one day start "
          + "(a count taken on one day).",
      v -> DatePeriod.of(v.get(PERIOD_START), v.optional(PERIOD_END).orElse(v.get(PERIOD_START))),
      PERIOD_START, PERIOD_END);

  // ---- enterprise

  private static final Prop<DocumentReference, String> DOC_TITLE =
      required("title", TEXT, DocumentReference::getTitle, "The document's title.");
  private static final Prop<DocumentReference, LocalDate> DOC_DATE =
      optional("date", DATE, DocumentReference::getDate, "The document's date.");
  private static final Prop<DocumentReference, String> DOC_SECTION =
      optional("section", TEXT, DocumentReference::getSection, "The section where the evidence stands.");
  /** {@link DocumentReference}. */
  public static final WireType<DocumentReference> DOCUMENT_REFERENCE = WireType.of(DocumentReference.class,
      "A document where evidence stands.",
      v -> DocumentReference.builder().title(v.get(DOC_TITLE)).date(v.optional(DOC_DATE))
          .section(v.optional(DOC_SECTION)).build(),
      DOC_TITLE, DOC_DATE, DOC_SECTION);

  private static final Prop<Site, String> SITE_NAME = required("name", TEXT, Site::getName, "The site's name.");
  private static final Prop<Site, Position> SITE_POSITION =
      optional("position", POSITION, Site::getPosition, "Where the site is.");
  private static final Prop<Site, String> SITE_ADDRESS =
      optional("address", TEXT, Site::getAddress, "The site's street address.");
  /** {@link Site}. */
  public static final WireType<Site> SITE = WireType.of(Site.class,
      "A place where the enterprise works; without a position it cannot be judged against a radius.",
      v -> Site.builder().name(v.get(SITE_NAME)).position(v.optional(SITE_POSITION))
          .address(v.optional(SITE_ADDRESS)).build(),
      SITE_NAME, SITE_POSITION, SITE_ADDRESS);

  private static final Prop<BusinessActivity, String> ACTIVITY_DESCRIPTION =
      required("description", TEXT, BusinessActivity::getDescription, "What is produced or sold.");
  private static final Prop<BusinessActivity, se.asf.core.enterprise.Offering> ACTIVITY_OFFERING =
      required("offering", code(EnumCodes.OFFERING), BusinessActivity::getOffering, "Goods, services or both.");
  /** {@link BusinessActivity}. */
  public static final WireType<BusinessActivity> BUSINESS_ACTIVITY = WireType.of(BusinessActivity.class,
      "A business activity (näringsverksamhet).",
      v -> BusinessActivity.of(v.get(ACTIVITY_DESCRIPTION), v.get(ACTIVITY_OFFERING)),
      ACTIVITY_DESCRIPTION, ACTIVITY_OFFERING);

  private static final Prop<PurposeEvidence, se.asf.core.enterprise.EvidenceSource> PURPOSE_SOURCE =
      required("source", code(EnumCodes.EVIDENCE_SOURCE), PurposeEvidence::getSource, "Where the purpose is stated.");
  private static final Prop<PurposeEvidence, Boolean> PURPOSE_INTEGRATION = required("integrationOverarching",
      BOOLEAN, PurposeEvidence::isIntegrationOverarching, "Whether work integration is the overarching purpose.");
  private static final Prop<PurposeEvidence, se.asf.core.enterprise.PublicBenefitScope> PURPOSE_PUBLIC_BENEFIT =
      optional("publicBenefit", code(EnumCodes.PUBLIC_BENEFIT_SCOPE), PurposeEvidence::getPublicBenefit,
          "How far the purpose is of public benefit.");
  private static final Prop<PurposeEvidence, String> PURPOSE_CLAUSE =
      optional("clause", TEXT, PurposeEvidence::getClause, "The purpose clause as written.");
  private static final Prop<PurposeEvidence, DocumentReference> PURPOSE_DOCUMENT = optional("document",
      object(DOCUMENT_REFERENCE), PurposeEvidence::getDocument, "The document the clause stands in.");
  /** {@link PurposeEvidence}. */
  public static final WireType<PurposeEvidence> PURPOSE_EVIDENCE = WireType.of(PurposeEvidence.class,
      "Evidence of the enterprise's purpose.",
      v -> PurposeEvidence.builder().source(v.get(PURPOSE_SOURCE)).integrationOverarching(v.get(PURPOSE_INTEGRATION))
          .publicBenefit(v.optional(PURPOSE_PUBLIC_BENEFIT)).clause(v.optional(PURPOSE_CLAUSE))
          .document(v.optional(PURPOSE_DOCUMENT)).build(),
      PURPOSE_SOURCE, PURPOSE_INTEGRATION, PURPOSE_PUBLIC_BENEFIT, PURPOSE_CLAUSE, PURPOSE_DOCUMENT);

  private static final Prop<ParticipationEvidence, se.asf.core.enterprise.ParticipationMechanism>
      PARTICIPATION_MECHANISM = required("mechanism", code(EnumCodes.PARTICIPATION_MECHANISM),
          ParticipationEvidence::getMechanism, "How co-workers take part.");
  private static final Prop<ParticipationEvidence, String> PARTICIPATION_DESCRIPTION = optional("description",
      TEXT, ParticipationEvidence::getDescription, "The mechanism in words.");
  private static final Prop<ParticipationEvidence, DocumentReference> PARTICIPATION_DOCUMENT = optional("document",
      object(DOCUMENT_REFERENCE), ParticipationEvidence::getDocument, "Where the mechanism is written down.");
  /** {@link ParticipationEvidence}. */
  public static final WireType<ParticipationEvidence> PARTICIPATION_EVIDENCE = WireType.of(
      ParticipationEvidence.class, "Evidence of how co-workers take part.",
      v -> ParticipationEvidence.builder().mechanism(v.get(PARTICIPATION_MECHANISM))
          .description(v.optional(PARTICIPATION_DESCRIPTION)).document(v.optional(PARTICIPATION_DOCUMENT)).build(),
      PARTICIPATION_MECHANISM, PARTICIPATION_DESCRIPTION, PARTICIPATION_DOCUMENT);

  private static final Prop<DistributionClause, se.asf.core.enterprise.DistributionRule> CLAUSE_RULE =
      required("rule", code(EnumCodes.DISTRIBUTION_RULE), DistributionClause::getRule, "What the clause allows.");
  private static final Prop<DistributionClause, String> CLAUSE_TEXT =
      optional("text", TEXT, DistributionClause::getText, "The clause as written.");
  private static final Prop<DistributionClause, DocumentReference> CLAUSE_DOCUMENT = optional("document",
      object(DOCUMENT_REFERENCE), DistributionClause::getDocument, "The document the clause stands in.");
  /** {@link DistributionClause}. */
  public static final WireType<DistributionClause> DISTRIBUTION_CLAUSE = WireType.of(DistributionClause.class,
      "The statutes' clause on distributing profit.",
      v -> DistributionClause.builder().rule(v.get(CLAUSE_RULE)).text(v.optional(CLAUSE_TEXT))
          .document(v.optional(CLAUSE_DOCUMENT)).build(),
      CLAUSE_RULE, CLAUSE_TEXT, CLAUSE_DOCUMENT);

  private static final Prop<FiscalYear, Year> YEAR_YEAR = required("year", YEAR, FiscalYear::getYear, "The year.");
  private static final Prop<FiscalYear, BigDecimal> YEAR_REINVESTED =
      required("reinvested", AMOUNT, FiscalYear::getReinvested, "Profit reinvested, SEK.");
  private static final Prop<FiscalYear, BigDecimal> YEAR_DISTRIBUTED =
      required("distributed", AMOUNT, FiscalYear::getDistributed, "Profit distributed to owners, SEK.");
  private static final Prop<FiscalYear, BigDecimal> YEAR_TRANSFERRED = optional("transferredToIdeburna", AMOUNT,
      FiscalYear::getTransferredToIdeburna,
      "Value transferred to idéburna organisations, SEK; left out when not known (never read as 0).");
  /** {@link FiscalYear}. */
  public static final WireType<FiscalYear> FISCAL_YEAR = WireType.of(FiscalYear.class,
      "Reported use of the profit of one year, in SEK; transferredToIdeburna is left out when not known.",
      v -> FiscalYear.builder().year(v.get(YEAR_YEAR)).reinvested(v.get(YEAR_REINVESTED))
          .distributed(v.get(YEAR_DISTRIBUTED)).transferredToIdeburna(v.optional(YEAR_TRANSFERRED)).build(),
      YEAR_YEAR, YEAR_REINVESTED, YEAR_DISTRIBUTED, YEAR_TRANSFERRED);

  private static final Prop<ProfitPolicy, DistributionClause> POLICY_CLAUSE = optional("statutesClause",
      object(DISTRIBUTION_CLAUSE), ProfitPolicy::getStatutesClause, "The statutes' clause on profit.");
  private static final Prop<ProfitPolicy, List<FiscalYear>> POLICY_YEARS = required("fiscalYears",
      listOf(object(FISCAL_YEAR)), ProfitPolicy::getFiscalYears, "The reported years.");
  /** {@link ProfitPolicy}. */
  public static final WireType<ProfitPolicy> PROFIT_POLICY = WireType.of(ProfitPolicy.class,
      "Evidence of how the enterprise uses its profit.",
      v -> ProfitPolicy.builder().statutesClause(v.optional(POLICY_CLAUSE)).fiscalYears(v.get(POLICY_YEARS)).build(),
      POLICY_CLAUSE, POLICY_YEARS);

  private static final Prop<Owner, String> OWNER_NAME =
      required("name", TEXT, Owner::getName, "The owner, by name or role.");
  private static final Prop<Owner, se.asf.core.enterprise.OwnerKind> OWNER_KIND =
      required("kind", code(EnumCodes.OWNER_KIND), Owner::getKind, "What kind of owner.");
  private static final Prop<Owner, Share> OWNER_SHARE =
      required("share", FRACTION, Owner::getShare, "The owner's share of the votes.");
  /** {@link Owner}. */
  public static final WireType<Owner> OWNER = WireType.of(Owner.class,
      "An owner and its share of the votes. Private persons are named by role, never by personnummer.",
      v -> Owner.of(v.get(OWNER_NAME), v.get(OWNER_KIND), v.get(OWNER_SHARE)),
      OWNER_NAME, OWNER_KIND, OWNER_SHARE);

  private static final Prop<Board, Integer> BOARD_SEATS = required("seats", COUNT, Board::getSeats, "The seats.")
      .schema("$ref", null, "type", "integer", "minimum", 1, "maximum", INT_MAX);
  private static final Prop<Board, Integer> BOARD_PUBLIC_SEATS = required("seatsAppointedByPublicBodies", COUNT,
      Board::getSeatsAppointedByPublicBodies, "The seats public bodies appoint.")
      .schema("$ref", null, "type", "integer", "minimum", 0, "maximum", INT_MAX);
  /** {@link Board}. */
  public static final WireType<Board> BOARD = WireType.of(Board.class,
      "The board, as far as control is concerned.",
      v -> Board.of(v.get(BOARD_SEATS), v.get(BOARD_PUBLIC_SEATS)),
      BOARD_SEATS, BOARD_PUBLIC_SEATS);

  private static final Prop<Ownership, List<Owner>> OWNERSHIP_OWNERS =
      required("owners", listOf(object(OWNER)), Ownership::getOwners, "The owners.");
  private static final Prop<Ownership, Board> OWNERSHIP_BOARD =
      optional("board", object(BOARD), Ownership::getBoard, "The board.");
  /** {@link Ownership}. */
  public static final WireType<Ownership> OWNERSHIP = WireType.of(Ownership.class,
      "Who owns and controls the enterprise; the owners' shares add up to at most 1. "
          + "An empty list says there are no owners.",
      v -> Ownership.builder().owners(v.get(OWNERSHIP_OWNERS)).board(v.optional(OWNERSHIP_BOARD)).build(),
      OWNERSHIP_OWNERS, OWNERSHIP_BOARD);

  private static final Prop<WorkforceLine, se.asf.core.workforce.EngagementForm> LINE_FORM =
      required("form", code(EnumCodes.ENGAGEMENT_FORM), WorkforceLine::getForm, "How the people are occupied.");
  private static final Prop<WorkforceLine, se.asf.core.workforce.TargetGroup> LINE_GROUP =
      required("group", code(EnumCodes.TARGET_GROUP), WorkforceLine::getGroup, "Their target group.");
  private static final Prop<WorkforceLine, Integer> LINE_HEADS =
      required("heads", COUNT, WorkforceLine::getHeads, "How many people.");
  private static final Prop<WorkforceLine, BigDecimal> LINE_FTE = optional("fullTimeEquivalents", AMOUNT,
      WorkforceLine::getFullTimeEquivalents, "Their full-time equivalents; left out when not known (never read as 0).")
      .schema("$ref", null, "type", "number", "minimum", 0);
  /** {@link WorkforceLine}: without fullTimeEquivalents, a line whose FTE are not known. */
  public static final WireType<WorkforceLine> WORKFORCE_LINE = WireType.of(WorkforceLine.class,
      "The people occupied in one engagement form and target group; fullTimeEquivalents is at most heads, and "
          + "left out when not known.",
      v -> v.has(LINE_FTE)
          ? WorkforceLine.of(v.get(LINE_FORM), v.get(LINE_GROUP), v.get(LINE_HEADS), v.get(LINE_FTE))
          : WorkforceLine.ofHeads(v.get(LINE_FORM), v.get(LINE_GROUP), v.get(LINE_HEADS)),
      LINE_FORM, LINE_GROUP, LINE_HEADS, LINE_FTE);

  private static final Prop<Workforce, DatePeriod> WORKFORCE_PERIOD =
      required("period", object(DATE_PERIOD), Workforce::getPeriod, "When the count holds.");
  private static final Prop<Workforce, List<WorkforceLine>> WORKFORCE_LINES =
      required("lines", listOf(object(WORKFORCE_LINE)), Workforce::getLines, "The counts.");
  /** {@link Workforce}. */
  public static final WireType<Workforce> WORKFORCE = WireType.of(Workforce.class,
      "Who is occupied during a period, as counts; each (form, group) at most once. An empty list says nobody is.",
      v -> Workforce.builder().period(v.get(WORKFORCE_PERIOD)).lines(v.get(WORKFORCE_LINES)).build(),
      WORKFORCE_PERIOD, WORKFORCE_LINES);

  private static final Prop<PayRange, BigDecimal> PAY_LOWEST = required("lowestMonthly", AMOUNT,
      PayRange::getLowestMonthly, "The lowest full-time monthly pay.")
      .schema("$ref", null, "type", "number", "exclusiveMinimum", 0);
  private static final Prop<PayRange, BigDecimal> PAY_HIGHEST = required("highestMonthly", AMOUNT,
      PayRange::getHighestMonthly, "The highest full-time monthly pay.")
      .schema("$ref", null, "type", "number", "exclusiveMinimum", 0);
  /** {@link PayRange}. */
  public static final WireType<PayRange> PAY_RANGE = WireType.of(PayRange.class,
      "The lowest and highest full-time monthly pay, SEK.",
      v -> PayRange.of(v.get(PAY_LOWEST), v.get(PAY_HIGHEST)),
      PAY_LOWEST, PAY_HIGHEST);

  private static final Prop<SelfDeclaredShare, Boolean> DECLARED_INDICATOR = optional("indicator", BOOLEAN,
      SelfDeclaredShare::getIndicator, "The yes/no answer: whether the bidder declares itself a sheltered workshop.");
  private static final Prop<SelfDeclaredShare, String> DECLARED_VALUE = optional("declaredValue", TEXT,
      SelfDeclaredShare::getDeclaredValue, "The declared percentage as written in the document.");
  private static final Prop<SelfDeclaredShare, Share> DECLARED_SHARE = optional("declaredShare", FRACTION,
      SelfDeclaredShare::getDeclaredShare, "The declared share, when the value could be read without guessing.");
  private static final Prop<SelfDeclaredShare, String> DECLARED_CATEGORIES = optional("categories", TEXT,
      SelfDeclaredShare::getCategories, "The categories of workers concerned.");
  private static final Prop<SelfDeclaredShare, DeclarationDocument> DECLARED_DOCUMENT = required("document",
      code(EnumCodes.DECLARATION_DOCUMENT), SelfDeclaredShare::getDocument, "The kind of document declared in.");
  private static final Prop<SelfDeclaredShare, String> DECLARED_DOCUMENT_ID = required("documentId", TEXT,
      SelfDeclaredShare::getDocumentId, "The document's identifier.");
  private static final Prop<SelfDeclaredShare, String> DECLARED_STANDARD_VERSION = required("standardVersion", TEXT,
      SelfDeclaredShare::getStandardVersion, "The version of the standard the document follows.");
  /** {@link SelfDeclaredShare}. */
  public static final WireType<SelfDeclaredShare> SELF_DECLARED_SHARE = WireType.of(SelfDeclaredShare.class,
      "A bidder's own declaration of its share of disabled or disadvantaged workers (the ESPD criterion "
          + "shelt-worksh), with its source; declaredShare needs declaredValue.",
      v -> SelfDeclaredShare.builder().indicator(v.optional(DECLARED_INDICATOR))
          .declaredValue(v.optional(DECLARED_VALUE)).declaredShare(v.optional(DECLARED_SHARE))
          .categories(v.optional(DECLARED_CATEGORIES)).document(v.get(DECLARED_DOCUMENT))
          .documentId(v.get(DECLARED_DOCUMENT_ID)).standardVersion(v.get(DECLARED_STANDARD_VERSION)).build(),
      DECLARED_INDICATOR, DECLARED_VALUE, DECLARED_SHARE, DECLARED_CATEGORIES, DECLARED_DOCUMENT,
      DECLARED_DOCUMENT_ID, DECLARED_STANDARD_VERSION)
      .withConstraints(Map.of("dependentRequired", map("declaredShare", List.of("declaredValue"))));

  /** The wire name of an enterprise's organisation number. */
  public static final String ORGANISATION_NUMBER_NAME = "organisationNumber";
  /** The wire name of a sole trader's personnummer. */
  public static final String PERSONAL_IDENTITY_NUMBER_NAME = "personalIdentityNumber";
  /** The wire name of a foreign supplier's identifier. */
  public static final String FOREIGN_IDENTIFIER_NAME = "foreignIdentifier";

  private static final Prop<Enterprise, String> ENTERPRISE_NAME =
      required("name", TEXT, Enterprise::getName, "The enterprise's name.");
  private static final Prop<Enterprise, Organisationsnummer> ENTERPRISE_ORGANISATION_NUMBER =
      optional(ORGANISATION_NUMBER_NAME, ORGANISATION_NUMBER,
          e -> Optional.of(e.getIdentity()).filter(Organisationsnummer.class::isInstance)
              .map(Organisationsnummer.class::cast),
          "The organisation number, unless the enterprise is a sole trader.");
  private static final Prop<Enterprise, Personnummer> ENTERPRISE_PERSONNUMMER =
      optional(PERSONAL_IDENTITY_NUMBER_NAME, PERSONAL_IDENTITY_NUMBER,
          e -> Optional.of(e.getIdentity()).filter(Personnummer.class::isInstance).map(Personnummer.class::cast),
          "A sole trader's personnummer, masked on output.");
  private static final Prop<Enterprise, ForeignIdentifier> ENTERPRISE_FOREIGN_IDENTIFIER =
      optional(FOREIGN_IDENTIFIER_NAME, FOREIGN_IDENTIFIER,
          e -> Optional.of(e.getIdentity()).filter(ForeignIdentifier.class::isInstance)
              .map(ForeignIdentifier.class::cast),
          "A foreign supplier's identifier, COUNTRY:SCHEME:VALUE.");
  private static final Prop<Enterprise, LegalForm> ENTERPRISE_LEGAL_FORM =
      required("legalForm", code(EnumCodes.LEGAL_FORM), Enterprise::getLegalForm, "The legal form.");
  private static final Prop<Enterprise, String> ENTERPRISE_UNIT = optional("unit", TEXT, Enterprise::getUnit,
      "A unit inside the legal entity, which cannot qualify on its own.");
  private static final Prop<Enterprise, List<Site>> ENTERPRISE_SITES =
      required("sites", listOf(object(SITE)), Enterprise::getSites, "Where the enterprise works.");
  /** Absent means not stated (unknown): the empty list, which is written by leaving the property out. */
  private static final Prop<Enterprise, List<BusinessActivity>> ENTERPRISE_ACTIVITIES = optional(
      "businessActivities", listOf(object(BUSINESS_ACTIVITY)),
      e -> Optional.of(e.getBusinessActivities()).filter(activities -> !activities.isEmpty()),
      "What the enterprise produces and sells; left out when not stated (unknown).");
  private static final Prop<Enterprise, PurposeEvidence> ENTERPRISE_PURPOSE =
      optional("purpose", object(PURPOSE_EVIDENCE), Enterprise::getPurpose, "Evidence of the purpose.");
  private static final Prop<Enterprise, ParticipationEvidence> ENTERPRISE_PARTICIPATION = optional(
      "participation", object(PARTICIPATION_EVIDENCE), Enterprise::getParticipation, "Evidence of participation.");
  private static final Prop<Enterprise, ProfitPolicy> ENTERPRISE_PROFIT_POLICY = optional("profitPolicy",
      object(PROFIT_POLICY), Enterprise::getProfitPolicy, "Evidence of the use of profit.");
  private static final Prop<Enterprise, Ownership> ENTERPRISE_OWNERSHIP =
      optional("ownership", object(OWNERSHIP), Enterprise::getOwnership, "Evidence of ownership and control.");
  private static final Prop<Enterprise, Workforce> ENTERPRISE_WORKFORCE =
      optional("workforce", object(WORKFORCE), Enterprise::getWorkforce, "Who is occupied.");
  private static final Prop<Enterprise, PayRange> ENTERPRISE_PAY_RANGE =
      optional("payRange", object(PAY_RANGE), Enterprise::getPayRange, "The pay range.");
  private static final Prop<Enterprise, SelfDeclaredShare> ENTERPRISE_SELF_DECLARED_SHARE = optional(
      "selfDeclaredShare", object(SELF_DECLARED_SHARE), Enterprise::getSelfDeclaredShare,
      "The bidder's self-declared share, weaker evidence than workforce figures.");
  /** {@link Enterprise}: the identity is one of three properties, checked in the build step. */
  public static final WireType<Enterprise> ENTERPRISE = WireType.of(Enterprise.class,
      "A supplier as a whole legal entity, with the evidence for each ASF criterion. Identified by exactly one of "
          + "organisationNumber, for a sole trader (enskild-firma) personalIdentityNumber, or for a foreign "
          + "supplier foreignIdentifier. Evidence that is not known is left out.",
      Declarations::enterprise,
      ENTERPRISE_NAME, ENTERPRISE_ORGANISATION_NUMBER, ENTERPRISE_PERSONNUMMER, ENTERPRISE_FOREIGN_IDENTIFIER,
      ENTERPRISE_LEGAL_FORM, ENTERPRISE_UNIT, ENTERPRISE_SITES, ENTERPRISE_ACTIVITIES, ENTERPRISE_PURPOSE,
      ENTERPRISE_PARTICIPATION, ENTERPRISE_PROFIT_POLICY, ENTERPRISE_OWNERSHIP, ENTERPRISE_WORKFORCE,
      ENTERPRISE_PAY_RANGE, ENTERPRISE_SELF_DECLARED_SHARE)
      .withConstraints(Map.of("allOf", enterpriseConstraints()));

  private static Enterprise enterprise(FieldValues v) throws java.io.IOException {
    EnterpriseBuilder builder = Enterprise.builder().name(v.get(ENTERPRISE_NAME));
    if (v.has(ENTERPRISE_ORGANISATION_NUMBER) && v.has(ENTERPRISE_PERSONNUMMER)) {
      throw v.problem(PERSONAL_IDENTITY_NUMBER_NAME, JsonProblemCode.CONFLICTING_PROPERTIES,
          "problem.identity-both", ORGANISATION_NUMBER_NAME, PERSONAL_IDENTITY_NUMBER_NAME);
    }
    if (v.has(ENTERPRISE_FOREIGN_IDENTIFIER)
        && (v.has(ENTERPRISE_ORGANISATION_NUMBER) || v.has(ENTERPRISE_PERSONNUMMER))) {
      String other = v.has(ENTERPRISE_ORGANISATION_NUMBER) ? ORGANISATION_NUMBER_NAME : PERSONAL_IDENTITY_NUMBER_NAME;
      throw v.problem(FOREIGN_IDENTIFIER_NAME, JsonProblemCode.CONFLICTING_PROPERTIES,
          "problem.identity-both", other, FOREIGN_IDENTIFIER_NAME);
    }
    if (v.has(ENTERPRISE_FOREIGN_IDENTIFIER)) {
      builder.identity(v.get(ENTERPRISE_FOREIGN_IDENTIFIER));
    } else if (v.has(ENTERPRISE_PERSONNUMMER)) {
      builder.identity(v.get(ENTERPRISE_PERSONNUMMER));
    } else if (v.has(ENTERPRISE_ORGANISATION_NUMBER)) {
      builder.identity(v.get(ENTERPRISE_ORGANISATION_NUMBER));
    } else {
      throw v.problem(ORGANISATION_NUMBER_NAME, JsonProblemCode.MISSING_PROPERTY,
          "problem.identity-missing", ORGANISATION_NUMBER_NAME, PERSONAL_IDENTITY_NUMBER_NAME);
    }
    return builder
        .legalForm(v.get(ENTERPRISE_LEGAL_FORM))
        .unit(v.optional(ENTERPRISE_UNIT))
        .sites(v.get(ENTERPRISE_SITES))
        .businessActivities(v.optional(ENTERPRISE_ACTIVITIES).orElse(List.of()))
        .purpose(v.optional(ENTERPRISE_PURPOSE))
        .participation(v.optional(ENTERPRISE_PARTICIPATION))
        .profitPolicy(v.optional(ENTERPRISE_PROFIT_POLICY))
        .ownership(v.optional(ENTERPRISE_OWNERSHIP))
        .workforce(v.optional(ENTERPRISE_WORKFORCE))
        .payRange(v.optional(ENTERPRISE_PAY_RANGE))
        .selfDeclaredShare(v.optional(ENTERPRISE_SELF_DECLARED_SHARE))
        .build();
  }

  /**
   * The enterprise's cross-property constraints: exactly one identity, a personnummer exactly for a sole
   * trader, and, derived from asf-core's legal form table, the group digit each legal form with a single
   * group asks of the organisation number (after a {@code 16} or {@code SE} prefix).
   */
  private static List<Object> enterpriseConstraints() {
    String enskildFirma = EnumCodes.LEGAL_FORM.code(LegalForm.ENSKILD_FIRMA);
    List<Object> constraints = new ArrayList<>();
    constraints.add(map("oneOf", List.of(
        map("required", List.of(ORGANISATION_NUMBER_NAME)), map("required", List.of(PERSONAL_IDENTITY_NUMBER_NAME)),
        map("required", List.of(FOREIGN_IDENTIFIER_NAME)))));
    constraints.add(map("if", map("required", List.of(PERSONAL_IDENTITY_NUMBER_NAME)),
        "then", map("properties", map("legalForm", map("const", enskildFirma)))));
    constraints.add(map("if", legalFormIs(enskildFirma),
        "then", map("not", map("required", List.of(ORGANISATION_NUMBER_NAME)))));
    for (LegalForm form : EnumCodes.LEGAL_FORM.inTableOrder(List.of(LegalForm.values()))) {
      if (form.getOrganisationGroups().size() == 1) {
        OrganisationGroup group = form.getOrganisationGroups().iterator().next();
        constraints.add(map("if", legalFormIs(EnumCodes.LEGAL_FORM.code(form)), "then",
            map("properties", map(ORGANISATION_NUMBER_NAME, map("pattern", "^(SE|16)?" + group.getDigit())))));
      }
    }
    return constraints;
  }

  private static Map<String, Object> legalFormIs(String code) {
    return map("required", List.of("legalForm"), "properties", map("legalForm", map("const", code)));
  }

  // ---- procurement

  private static final Prop<Centre, String> CENTRE_NAME = required("name", TEXT, Centre::getName, "The centre.");
  private static final Prop<Centre, Position> CENTRE_POSITION =
      required("position", POSITION, Centre::getPosition, "Where distances are measured from.");
  /** {@link Centre}. */
  public static final WireType<Centre> CENTRE = WireType.of(Centre.class,
      "A named point distances are measured from.",
      v -> Centre.of(v.get(CENTRE_NAME), v.get(CENTRE_POSITION)),
      CENTRE_NAME, CENTRE_POSITION);

  private static final Prop<ContractingAuthority, String> AUTHORITY_NAME =
      required("name", TEXT, ContractingAuthority::getName, "The authority.");
  private static final Prop<ContractingAuthority, Organisationsnummer> AUTHORITY_NUMBER = optional(
      ORGANISATION_NUMBER_NAME, ORGANISATION_NUMBER, ContractingAuthority::getOrganisationsnummer,
      "Its organisation number.");
  /** {@link ContractingAuthority}. */
  public static final WireType<ContractingAuthority> CONTRACTING_AUTHORITY = WireType.of(
      ContractingAuthority.class, "A contracting authority.",
      v -> v.has(AUTHORITY_NUMBER) ? ContractingAuthority.of(v.get(AUTHORITY_NAME), v.get(AUTHORITY_NUMBER))
          : ContractingAuthority.of(v.get(AUTHORITY_NAME)),
      AUTHORITY_NAME, AUTHORITY_NUMBER);

  private static final Prop<GeographicRequirement, List<Centre>> GEO_CENTRES = required("centres",
      listOf(object(CENTRE)), GeographicRequirement::getCentres, "The centres.").schema("minItems", 1);
  private static final Prop<GeographicRequirement, BigDecimal> GEO_RADIUS = required("radiusMetres", AMOUNT,
      GeographicRequirement::getRadiusMetres, "The radius in metres, inclusive.")
      .schema("$ref", null, "type", "number", "exclusiveMinimum", 0);
  /** {@link GeographicRequirement}. */
  public static final WireType<GeographicRequirement> GEOGRAPHIC_REQUIREMENT = WireType.of(
      GeographicRequirement.class,
      "A radius, in metres, around at least one centre; a site exactly at the radius is inside.",
      v -> GeographicRequirement.builder().centres(v.get(GEO_CENTRES)).radiusMetres(v.get(GEO_RADIUS)).build(),
      GEO_CENTRES, GEO_RADIUS);

  private static final Prop<ShareRequirement, Share> SHARE_THRESHOLD = required("threshold", FRACTION,
      ShareRequirement::getThreshold, "The least share of the target groups.")
      .schema("$ref", null, "type", "number", "exclusiveMinimum", 0, "maximum", 1);
  private static final Prop<ShareRequirement, se.asf.core.workforce.CountingBasis> SHARE_BASIS = required(
      "countingBasis", code(EnumCodes.COUNTING_BASIS), ShareRequirement::getCountingBasis, "Heads or FTE.");
  private static final Prop<ShareRequirement, java.util.Set<se.asf.core.workforce.EngagementForm>> SHARE_FORMS =
      required("countedForms", codeSet(EnumCodes.ENGAGEMENT_FORM), ShareRequirement::getCountedForms,
          "The engagement forms counted as occupied.").schema("minItems", 1, "uniqueItems", true);
  private static final Prop<ShareRequirement, java.util.Set<se.asf.core.workforce.TargetGroup>> SHARE_GROUPS =
      required("targetGroups", codeSet(EnumCodes.TARGET_GROUP), ShareRequirement::getTargetGroups,
          "The target groups.").schema("items", map("$ref", null, "allOf", List.of(
              Schemas.ref("targetGroup"), map("not", map("const", "none")))), "minItems", 1, "uniqueItems", true);
  /** Always written; absent on input (format 1) means the default, workforce figures required. */
  private static final Prop<ShareRequirement, se.asf.core.procurement.SelfDeclarationPolicy> SHARE_SELF_DECLARATIONS =
      optional("selfDeclarations", code(EnumCodes.SELF_DECLARATION_POLICY),
          r -> Optional.of(r.getSelfDeclarations()),
          "What a self-declared share counts for without workforce figures; when left out, "
              + "require-workforce-figures.");
  private static final Prop<ShareRequirement, Period> SHARE_MAXIMUM_AGE = optional("maximumWorkforceAge", PERIOD,
      ShareRequirement::getMaximumWorkforceAge,
      "How long before the assessment date the workforce figures' period may end; left out when not set.");
  /** {@link ShareRequirement}. */
  public static final WireType<ShareRequirement> SHARE_REQUIREMENT = WireType.of(ShareRequirement.class,
      "The share requirement (andelskravet): at least threshold of those occupied belong to the target groups. "
          + "Every attribute is written; none is implied, except selfDeclarations, read as "
          + "require-workforce-figures when left out.",
      v -> ShareRequirement.builder().threshold(v.get(SHARE_THRESHOLD)).countingBasis(v.get(SHARE_BASIS))
          .countedForms(v.get(SHARE_FORMS)).targetGroups(v.get(SHARE_GROUPS))
          .selfDeclarations(v.optional(SHARE_SELF_DECLARATIONS)
              .orElse(se.asf.core.procurement.SelfDeclarationPolicy.REQUIRE_WORKFORCE_FIGURES))
          .maximumWorkforceAge(v.optional(SHARE_MAXIMUM_AGE)).build(),
      SHARE_THRESHOLD, SHARE_BASIS, SHARE_FORMS, SHARE_GROUPS, SHARE_SELF_DECLARATIONS, SHARE_MAXIMUM_AGE);

  private static final Prop<ReservedProcurement, String> PROCUREMENT_REFERENCE =
      required("reference", TEXT, ReservedProcurement::getReference, "The procurement's reference.");
  private static final Prop<ReservedProcurement, String> PROCUREMENT_TITLE =
      required("title", TEXT, ReservedProcurement::getTitle, "Its title.");
  private static final Prop<ReservedProcurement, List<ContractingAuthority>> PROCUREMENT_AUTHORITIES = required(
      "contractingAuthorities", listOf(object(CONTRACTING_AUTHORITY)), ReservedProcurement::getContractingAuthorities,
      "The authorities procuring.").schema("minItems", 1);
  private static final Prop<ReservedProcurement, se.asf.core.procurement.LegalBasis> PROCUREMENT_LEGAL_BASIS =
      required("legalBasis", code(EnumCodes.LEGAL_BASIS), ReservedProcurement::getLegalBasis, "The reservation.");
  private static final Prop<ReservedProcurement, ShareRequirement> PROCUREMENT_SHARE = optional("shareRequirement",
      object(SHARE_REQUIREMENT), ReservedProcurement::getShareRequirement, "The share requirement.");
  private static final Prop<ReservedProcurement, java.util.Set<se.asf.core.procurement.QualificationRequirement>>
      PROCUREMENT_ADDITIONAL = required("additionalRequirements", codeSet(EnumCodes.QUALIFICATION_REQUIREMENT),
          ReservedProcurement::getAdditionalRequirements, "Further qualification requirements.")
          .schema("uniqueItems", true);
  private static final Prop<ReservedProcurement, GeographicRequirement> PROCUREMENT_GEOGRAPHY = optional(
      "geographicRequirement", object(GEOGRAPHIC_REQUIREMENT), ReservedProcurement::getGeographicRequirement,
      "The radius requirement.");
  private static final Prop<ReservedProcurement, LocalDate> PROCUREMENT_DEADLINE =
      required("tenderDeadline", DATE, ReservedProcurement::getTenderDeadline, "The tender deadline.");
  private static final Prop<ReservedProcurement, DatePeriod> PROCUREMENT_PERIOD = required("contractPeriod",
      object(DATE_PERIOD), ReservedProcurement::getContractPeriod, "The contract period.");
  private static final Prop<ReservedProcurement, Integer> PROCUREMENT_PLACES = optional("estimatedPlaces", COUNT,
      ReservedProcurement::getEstimatedPlaces, "About how many places.")
      .schema("$ref", null, "type", "integer", "minimum", 1, "maximum", INT_MAX);
  private static final Prop<ReservedProcurement, Period> PROCUREMENT_PLACEMENT = optional("averagePlacementLength",
      PERIOD, ReservedProcurement::getAveragePlacementLength, "The average placement length.");
  private static final Prop<ReservedProcurement, Boolean> PROCUREMENT_GUARANTEED = required("volumesGuaranteed",
      BOOLEAN, ReservedProcurement::isVolumesGuaranteed, "Whether volumes are guaranteed.");
  /** {@link ReservedProcurement}. */
  public static final WireType<ReservedProcurement> RESERVED_PROCUREMENT = WireType.of(ReservedProcurement.class,
      "A reserved procurement as data. Both LOU 4 kap. 18 § bases need a share requirement of at least 0.3; "
          + "LOU 19 kap. 6 a § has none; the tender deadline falls before the contract period.",
      v -> ReservedProcurement.builder()
          .reference(v.get(PROCUREMENT_REFERENCE))
          .title(v.get(PROCUREMENT_TITLE))
          .contractingAuthorities(v.get(PROCUREMENT_AUTHORITIES))
          .legalBasis(v.get(PROCUREMENT_LEGAL_BASIS))
          .shareRequirement(v.optional(PROCUREMENT_SHARE))
          .additionalRequirements(v.get(PROCUREMENT_ADDITIONAL))
          .geographicRequirement(v.optional(PROCUREMENT_GEOGRAPHY))
          .tenderDeadline(v.get(PROCUREMENT_DEADLINE))
          .contractPeriod(v.get(PROCUREMENT_PERIOD))
          .estimatedPlaces(v.optional(PROCUREMENT_PLACES))
          .averagePlacementLength(v.optional(PROCUREMENT_PLACEMENT))
          .volumesGuaranteed(v.get(PROCUREMENT_GUARANTEED))
          .build(),
      PROCUREMENT_REFERENCE, PROCUREMENT_TITLE, PROCUREMENT_AUTHORITIES, PROCUREMENT_LEGAL_BASIS, PROCUREMENT_SHARE,
      PROCUREMENT_ADDITIONAL, PROCUREMENT_GEOGRAPHY, PROCUREMENT_DEADLINE, PROCUREMENT_PERIOD, PROCUREMENT_PLACES,
      PROCUREMENT_PLACEMENT, PROCUREMENT_GUARANTEED)
      .withConstraints(Map.of("allOf", List.of(
          map("if", map("required", List.of("legalBasis"), "properties", map("legalBasis", map("enum", List.of(
                  EnumCodes.LEGAL_BASIS.code(se.asf.core.procurement.LegalBasis.LOU_4_18_RESERVED_PARTICIPATION),
                  EnumCodes.LEGAL_BASIS.code(
                      se.asf.core.procurement.LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME))))),
              "then", map("required", List.of("shareRequirement"), "properties",
                  map("shareRequirement", map("properties", map("threshold", map("minimum", new BigDecimal("0.3"))))))),
          map("if", map("required", List.of("legalBasis"), "properties", map("legalBasis", map("const",
                  EnumCodes.LEGAL_BASIS.code(se.asf.core.procurement.LegalBasis.LOU_19_6A_IDEBUREN)))),
              "then", map("not", map("required", List.of("shareRequirement")))))));

  private static final Prop<IdentityViolation, IdentityProblem> VIOLATION_PROBLEM = required("problem",
      code(EnumCodes.IDENTITY_PROBLEM), IdentityViolation::getProblem, "The rule the text breaks.");
  private static final Prop<IdentityViolation, String> VIOLATION_EXPECTED =
      required("expected", TEXT, IdentityViolation::getExpected, "What was expected.");
  private static final Prop<IdentityViolation, Integer> VIOLATION_INDEX =
      required("index", COUNT, IdentityViolation::getIndex, "Where in the text, or -1 for the whole.");
  /**
   * {@link IdentityViolation}, {@code {"problem": "check-digit", "expected": "check digit 0", "index": 10}};
   * described by hand in the shipped schema.
   */
  public static final WireType<IdentityViolation> IDENTITY_VIOLATION = WireType.of(IdentityViolation.class,
      "One reason a text is not a valid identity number.", v -> {
        int index = v.get(VIOLATION_INDEX);
        if (index < -1) {
          throw v.problem("index", JsonProblemCode.INVALID_VALUE, "problem.index", Integer.toString(index));
        }
        return IdentityViolation.of(v.get(VIOLATION_PROBLEM), v.get(VIOLATION_EXPECTED), index);
      }, VIOLATION_PROBLEM, VIOLATION_EXPECTED, VIOLATION_INDEX);

  /** Every declared type, each after the types it refers to. */
  public static final List<WireType<?>> ALL = List.of(DATE_PERIOD, DOCUMENT_REFERENCE, SITE, BUSINESS_ACTIVITY,
      PURPOSE_EVIDENCE, PARTICIPATION_EVIDENCE, DISTRIBUTION_CLAUSE, FISCAL_YEAR, PROFIT_POLICY, OWNER, BOARD,
      OWNERSHIP, WORKFORCE_LINE, WORKFORCE, PAY_RANGE, SELF_DECLARED_SHARE, ENTERPRISE, CENTRE, CONTRACTING_AUTHORITY,
      GEOGRAPHIC_REQUIREMENT, SHARE_REQUIREMENT, RESERVED_PROCUREMENT);

  // ---- helpers

  /** A map of keyword, value pairs in order; a {@code null} value is kept (it removes a {@code $ref}). */
  static Map<String, Object> map(Object... keywordsAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keywordsAndValues.length; i += 2) {
      map.put((String) keywordsAndValues[i], keywordsAndValues[i + 1]);
    }
    return map;
  }
}
