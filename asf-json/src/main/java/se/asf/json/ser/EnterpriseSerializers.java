package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.BusinessActivity;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.Owner;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.PayRange;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.enterprise.Site;
import se.asf.core.identity.Personnummer;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.ser.ValueSerializers.DatePeriodSerializer;
import se.asf.json.ser.ValueSerializers.PersonnummerSerializer;
import se.asf.json.ser.ValueSerializers.PositionSerializer;
import se.asf.json.ser.ValueSerializers.ShareSerializer;
import se.asf.json.wire.EnumCodes;

/**
 * The serializers of an enterprise and its evidence (asf-core's {@code enterprise} and
 * {@code workforce} packages), one nested class per type. Properties are written in a fixed order;
 * an absent optional value is left out; a list is always written, empty or not.
 */
final class EnterpriseSerializers {
  private EnterpriseSerializers() {}

  /** {@link DocumentReference}. */
  static final class DocumentReferenceSerializer extends AsfSerializer<DocumentReference> {
    DocumentReferenceSerializer() {
      super(DocumentReference.class);
    }

    @Override
    public void serialize(DocumentReference value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "title", value.getTitle());
      Out.date(g, provider, "date", value.getDate());
      Out.text(g, provider, "section", value.getSection());
      g.writeEndObject();
    }
  }

  /** {@link PurposeEvidence}. */
  static final class PurposeEvidenceSerializer extends AsfSerializer<PurposeEvidence> {
    private final DocumentReferenceSerializer documents;

    PurposeEvidenceSerializer(DocumentReferenceSerializer documents) {
      super(PurposeEvidence.class);
      this.documents = documents;
    }

    @Override
    public void serialize(PurposeEvidence value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.code(g, "source", EnumCodes.EVIDENCE_SOURCE, value.getSource());
      Out.bool(g, "integrationOverarching", value.isIntegrationOverarching());
      if (value.getPublicBenefit().isPresent()) {
        Out.code(g, "publicBenefit", EnumCodes.PUBLIC_BENEFIT_SCOPE, value.getPublicBenefit().get());
      }
      Out.text(g, provider, "clause", value.getClause());
      Out.object(g, provider, "document", documents, value.getDocument());
      g.writeEndObject();
    }
  }

  /** {@link ParticipationEvidence}. */
  static final class ParticipationEvidenceSerializer extends AsfSerializer<ParticipationEvidence> {
    private final DocumentReferenceSerializer documents;

    ParticipationEvidenceSerializer(DocumentReferenceSerializer documents) {
      super(ParticipationEvidence.class);
      this.documents = documents;
    }

    @Override
    public void serialize(ParticipationEvidence value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject(value);
      Out.code(g, "mechanism", EnumCodes.PARTICIPATION_MECHANISM, value.getMechanism());
      Out.text(g, provider, "description", value.getDescription());
      Out.object(g, provider, "document", documents, value.getDocument());
      g.writeEndObject();
    }
  }

  /** {@link DistributionClause}. */
  static final class DistributionClauseSerializer extends AsfSerializer<DistributionClause> {
    private final DocumentReferenceSerializer documents;

    DistributionClauseSerializer(DocumentReferenceSerializer documents) {
      super(DistributionClause.class);
      this.documents = documents;
    }

    @Override
    public void serialize(DistributionClause value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject(value);
      Out.code(g, "rule", EnumCodes.DISTRIBUTION_RULE, value.getRule());
      Out.text(g, provider, "text", value.getText());
      Out.object(g, provider, "document", documents, value.getDocument());
      g.writeEndObject();
    }
  }

  /** {@link FiscalYear}. */
  static final class FiscalYearSerializer extends AsfSerializer<FiscalYear> {
    FiscalYearSerializer() {
      super(FiscalYear.class);
    }

    @Override
    public void serialize(FiscalYear value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.integer(g, "year", value.getYear().getValue());
      Out.decimal(g, provider, "reinvested", value.getReinvested());
      Out.decimal(g, provider, "distributed", value.getDistributed());
      Out.decimal(g, provider, "transferredToIdeburna", value.getTransferredToIdeburna());
      g.writeEndObject();
    }
  }

  /** {@link ProfitPolicy}. */
  static final class ProfitPolicySerializer extends AsfSerializer<ProfitPolicy> {
    private final DistributionClauseSerializer clauses;
    private final FiscalYearSerializer years;

    ProfitPolicySerializer(DistributionClauseSerializer clauses, FiscalYearSerializer years) {
      super(ProfitPolicy.class);
      this.clauses = clauses;
      this.years = years;
    }

    @Override
    public void serialize(ProfitPolicy value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.object(g, provider, "statutesClause", clauses, value.getStatutesClause());
      Out.array(g, provider, "fiscalYears", years, value.getFiscalYears());
      g.writeEndObject();
    }
  }

  /** {@link Owner}. */
  static final class OwnerSerializer extends AsfSerializer<Owner> {
    private final ShareSerializer shares;

    OwnerSerializer(ShareSerializer shares) {
      super(Owner.class);
      this.shares = shares;
    }

    @Override
    public void serialize(Owner value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "name", value.getName());
      Out.code(g, "kind", EnumCodes.OWNER_KIND, value.getKind());
      Out.object(g, provider, "share", shares, value.getShare());
      g.writeEndObject();
    }
  }

  /** {@link Board}. */
  static final class BoardSerializer extends AsfSerializer<Board> {
    BoardSerializer() {
      super(Board.class);
    }

    @Override
    public void serialize(Board value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.integer(g, "seats", value.getSeats());
      Out.integer(g, "seatsAppointedByPublicBodies", value.getSeatsAppointedByPublicBodies());
      g.writeEndObject();
    }
  }

  /** {@link Ownership}. */
  static final class OwnershipSerializer extends AsfSerializer<Ownership> {
    private final OwnerSerializer owners;
    private final BoardSerializer boards;

    OwnershipSerializer(OwnerSerializer owners, BoardSerializer boards) {
      super(Ownership.class);
      this.owners = owners;
      this.boards = boards;
    }

    @Override
    public void serialize(Ownership value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.array(g, provider, "owners", owners, value.getOwners());
      Out.object(g, provider, "board", boards, value.getBoard());
      g.writeEndObject();
    }
  }

  /** {@link WorkforceLine}. */
  static final class WorkforceLineSerializer extends AsfSerializer<WorkforceLine> {
    WorkforceLineSerializer() {
      super(WorkforceLine.class);
    }

    @Override
    public void serialize(WorkforceLine value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.code(g, "form", EnumCodes.ENGAGEMENT_FORM, value.getForm());
      Out.code(g, "group", EnumCodes.TARGET_GROUP, value.getGroup());
      Out.integer(g, "heads", value.getHeads());
      Out.decimal(g, provider, "fullTimeEquivalents", value.getFullTimeEquivalents());
      g.writeEndObject();
    }
  }

  /** {@link Workforce}. */
  static final class WorkforceSerializer extends AsfSerializer<Workforce> {
    private final DatePeriodSerializer periods;
    private final WorkforceLineSerializer lines;

    WorkforceSerializer(DatePeriodSerializer periods, WorkforceLineSerializer lines) {
      super(Workforce.class);
      this.periods = periods;
      this.lines = lines;
    }

    @Override
    public void serialize(Workforce value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.object(g, provider, "period", periods, value.getPeriod());
      Out.array(g, provider, "lines", lines, value.getLines());
      g.writeEndObject();
    }
  }

  /** {@link PayRange}. */
  static final class PayRangeSerializer extends AsfSerializer<PayRange> {
    PayRangeSerializer() {
      super(PayRange.class);
    }

    @Override
    public void serialize(PayRange value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.decimal(g, provider, "lowestMonthly", value.getLowestMonthly());
      Out.decimal(g, provider, "highestMonthly", value.getHighestMonthly());
      g.writeEndObject();
    }
  }

  /** {@link Site}. */
  static final class SiteSerializer extends AsfSerializer<Site> {
    private final PositionSerializer positions;

    SiteSerializer(PositionSerializer positions) {
      super(Site.class);
      this.positions = positions;
    }

    @Override
    public void serialize(Site value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "name", value.getName());
      Out.object(g, provider, "position", positions, value.getPosition());
      Out.text(g, provider, "address", value.getAddress());
      g.writeEndObject();
    }
  }

  /** {@link BusinessActivity}. */
  static final class BusinessActivitySerializer extends AsfSerializer<BusinessActivity> {
    BusinessActivitySerializer() {
      super(BusinessActivity.class);
    }

    @Override
    public void serialize(BusinessActivity value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "description", value.getDescription());
      Out.code(g, "offering", EnumCodes.OFFERING, value.getOffering());
      g.writeEndObject();
    }
  }

  /** {@link Enterprise}. */
  static final class EnterpriseSerializer extends AsfSerializer<Enterprise> {
    /** The parts an enterprise is written with. */
    record Parts(
        PersonnummerSerializer personnummer,
        SiteSerializer sites,
        BusinessActivitySerializer businessActivities,
        PurposeEvidenceSerializer purpose,
        ParticipationEvidenceSerializer participation,
        ProfitPolicySerializer profitPolicy,
        OwnershipSerializer ownership,
        WorkforceSerializer workforce,
        PayRangeSerializer payRange) {}

    private final Parts parts;

    EnterpriseSerializer(Parts parts) {
      super(Enterprise.class);
      this.parts = parts;
    }

    @Override
    public void serialize(Enterprise value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "name", value.getName());
      if (value.getIdentity() instanceof Personnummer personnummer) {
        g.writeStringField("personalIdentityNumber", parts.personnummer().text(personnummer));
      } else {
        g.writeStringField("organisationNumber", value.getIdentity().toString());
      }
      Out.code(g, "legalForm", EnumCodes.LEGAL_FORM, value.getLegalForm());
      Out.text(g, provider, "unit", value.getUnit());
      Out.array(g, provider, "sites", parts.sites(), value.getSites());
      Out.array(g, provider, "businessActivities", parts.businessActivities(), value.getBusinessActivities());
      Out.object(g, provider, "purpose", parts.purpose(), value.getPurpose());
      Out.object(g, provider, "participation", parts.participation(), value.getParticipation());
      Out.object(g, provider, "profitPolicy", parts.profitPolicy(), value.getProfitPolicy());
      Out.object(g, provider, "ownership", parts.ownership(), value.getOwnership());
      Out.object(g, provider, "workforce", parts.workforce(), value.getWorkforce());
      Out.object(g, provider, "payRange", parts.payRange(), value.getPayRange());
      g.writeEndObject();
    }
  }
}
