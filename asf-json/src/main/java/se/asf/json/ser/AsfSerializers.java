package se.asf.json.ser;

import com.fasterxml.jackson.databind.module.SimpleSerializers;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.json.ser.EnterpriseSerializers.BoardSerializer;
import se.asf.json.ser.EnterpriseSerializers.BusinessActivitySerializer;
import se.asf.json.ser.EnterpriseSerializers.DistributionClauseSerializer;
import se.asf.json.ser.EnterpriseSerializers.DocumentReferenceSerializer;
import se.asf.json.ser.EnterpriseSerializers.EnterpriseSerializer;
import se.asf.json.ser.EnterpriseSerializers.FiscalYearSerializer;
import se.asf.json.ser.EnterpriseSerializers.OwnerSerializer;
import se.asf.json.ser.EnterpriseSerializers.OwnershipSerializer;
import se.asf.json.ser.EnterpriseSerializers.ParticipationEvidenceSerializer;
import se.asf.json.ser.EnterpriseSerializers.PayRangeSerializer;
import se.asf.json.ser.EnterpriseSerializers.ProfitPolicySerializer;
import se.asf.json.ser.EnterpriseSerializers.PurposeEvidenceSerializer;
import se.asf.json.ser.EnterpriseSerializers.SiteSerializer;
import se.asf.json.ser.EnterpriseSerializers.WorkforceLineSerializer;
import se.asf.json.ser.EnterpriseSerializers.WorkforceSerializer;
import se.asf.json.ser.ProcurementSerializers.CentreSerializer;
import se.asf.json.ser.ProcurementSerializers.ContractingAuthoritySerializer;
import se.asf.json.ser.ProcurementSerializers.GeographicRequirementSerializer;
import se.asf.json.ser.ProcurementSerializers.ReservedProcurementSerializer;
import se.asf.json.ser.ProcurementSerializers.ShareRequirementSerializer;
import se.asf.json.ser.ValueSerializers.DatePeriodSerializer;
import se.asf.json.ser.ValueSerializers.EnumCodeSerializer;
import se.asf.json.ser.ValueSerializers.IdentityViolationSerializer;
import se.asf.json.ser.ValueSerializers.OrganisationsnummerSerializer;
import se.asf.json.ser.ValueSerializers.PersonnummerSerializer;
import se.asf.json.ser.ValueSerializers.PositionSerializer;
import se.asf.json.ser.ValueSerializers.ShareSerializer;
import se.asf.json.ser.ValueSerializers.SupplierIdentitySerializer;
import se.asf.json.wire.Documents;
import se.asf.json.wire.Documents.AssessmentReportDocument;
import se.asf.json.wire.Documents.BiddersDocument;
import se.asf.json.wire.Documents.EnterpriseDocument;
import se.asf.json.wire.Documents.ProcurementDocument;
import se.asf.json.wire.EnumCode;
import se.asf.json.wire.EnumCodes;
import se.asf.json.wire.WireSettings;

/** Builds every serializer of one module instance, wired to each other and to its settings. */
public final class AsfSerializers {
  private final SimpleSerializers values = new SimpleSerializers();
  private final SimpleSerializers documents = new SimpleSerializers();

  /**
   * Builds the serializers.
   *
   * @param settings the module's settings
   */
  public AsfSerializers(WireSettings settings) {
    ShareSerializer shares = new ShareSerializer();
    DatePeriodSerializer periods = new DatePeriodSerializer();
    PersonnummerSerializer personnummer = new PersonnummerSerializer(settings);
    PositionSerializer positions = new PositionSerializer();
    DocumentReferenceSerializer documentReferences = new DocumentReferenceSerializer();
    SiteSerializer sites = new SiteSerializer(positions);
    BusinessActivitySerializer activities = new BusinessActivitySerializer();
    PurposeEvidenceSerializer purposes = new PurposeEvidenceSerializer(documentReferences);
    ParticipationEvidenceSerializer participations = new ParticipationEvidenceSerializer(documentReferences);
    DistributionClauseSerializer clauses = new DistributionClauseSerializer(documentReferences);
    FiscalYearSerializer fiscalYears = new FiscalYearSerializer();
    ProfitPolicySerializer profitPolicies = new ProfitPolicySerializer(clauses, fiscalYears);
    OwnerSerializer owners = new OwnerSerializer(shares);
    BoardSerializer boards = new BoardSerializer();
    OwnershipSerializer ownerships = new OwnershipSerializer(owners, boards);
    WorkforceLineSerializer lines = new WorkforceLineSerializer();
    WorkforceSerializer workforces = new WorkforceSerializer(periods, lines);
    PayRangeSerializer payRanges = new PayRangeSerializer();
    EnterpriseSerializer enterprises = new EnterpriseSerializer(new EnterpriseSerializer.Parts(
        personnummer, sites, activities, purposes, participations, profitPolicies, ownerships, workforces,
        payRanges));
    CentreSerializer centres = new CentreSerializer(positions);
    ContractingAuthoritySerializer authorities = new ContractingAuthoritySerializer();
    ShareRequirementSerializer shareRequirements = new ShareRequirementSerializer(shares);
    GeographicRequirementSerializer geographicRequirements = new GeographicRequirementSerializer(centres);
    ReservedProcurementSerializer procurements = new ReservedProcurementSerializer(
        authorities, shareRequirements, geographicRequirements, periods);
    FindingSerializer findings = new FindingSerializer(settings.messageLanguages());
    AssessmentSerializer assessments = new AssessmentSerializer(findings);

    values.addSerializer(shares);
    values.addSerializer(periods);
    values.addSerializer(new OrganisationsnummerSerializer());
    values.addSerializer(personnummer);
    values.addSerializer(new SupplierIdentitySerializer(personnummer));
    values.addSerializer(new IdentityViolationSerializer());
    values.addSerializer(positions);
    values.addSerializer(Wgs84Position.class, positions);
    values.addSerializer(Sweref99TmPosition.class, positions);
    values.addSerializer(documentReferences);
    values.addSerializer(sites);
    values.addSerializer(activities);
    values.addSerializer(purposes);
    values.addSerializer(participations);
    values.addSerializer(clauses);
    values.addSerializer(fiscalYears);
    values.addSerializer(profitPolicies);
    values.addSerializer(owners);
    values.addSerializer(boards);
    values.addSerializer(ownerships);
    values.addSerializer(lines);
    values.addSerializer(workforces);
    values.addSerializer(payRanges);
    values.addSerializer(enterprises);
    values.addSerializer(centres);
    values.addSerializer(authorities);
    values.addSerializer(shareRequirements);
    values.addSerializer(geographicRequirements);
    values.addSerializer(procurements);
    values.addSerializer(findings);
    values.addSerializer(assessments);
    for (EnumCode<?> codes : EnumCodes.ALL) {
      addEnum(codes);
    }

    documents.addSerializer(new DocumentSerializer<>(EnterpriseDocument.class, "enterprise",
        DocumentSerializer.single(EnterpriseDocument::enterprise, enterprises)));
    documents.addSerializer(new DocumentSerializer<>(BiddersDocument.class, "bidders",
        DocumentSerializer.list(BiddersDocument::bidders, enterprises)));
    documents.addSerializer(new DocumentSerializer<>(ProcurementDocument.class, "procurement",
        DocumentSerializer.single(ProcurementDocument::procurement, procurements)));
    documents.addSerializer(new DocumentSerializer<>(AssessmentReportDocument.class, "assessments",
        DocumentSerializer.list(AssessmentReportDocument::assessments, assessments),
        se.asf.json.wire.Documents.ASSESSMENT_REPORT_FORMAT_VERSION));
  }

  private <E extends Enum<E>> void addEnum(EnumCode<E> codes) {
    values.addSerializer(new EnumCodeSerializer<>(codes));
  }

  /**
   * Returns the serializers of the asf-core and asf-rules types.
   *
   * @return the serializers, for a module to register
   */
  public SimpleSerializers values() {
    return values;
  }

  /**
   * Returns the serializers of the top-level {@link Documents}.
   *
   * @return the serializers
   */
  public SimpleSerializers documents() {
    return documents;
  }
}
