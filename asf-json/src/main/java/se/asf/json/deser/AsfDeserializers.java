package se.asf.json.deser;

import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
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
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.json.deser.EnterpriseDeserializers.BoardDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.BusinessActivityDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.DistributionClauseDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.DocumentReferenceDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.EnterpriseDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.FiscalYearDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.OwnerDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.OwnershipDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.ParticipationEvidenceDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.PayRangeDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.ProfitPolicyDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.PurposeEvidenceDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.SiteDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.WorkforceDeserializer;
import se.asf.json.deser.EnterpriseDeserializers.WorkforceLineDeserializer;
import se.asf.json.deser.ProcurementDeserializers.CentreDeserializer;
import se.asf.json.deser.ProcurementDeserializers.ContractingAuthorityDeserializer;
import se.asf.json.deser.ProcurementDeserializers.GeographicRequirementDeserializer;
import se.asf.json.deser.ProcurementDeserializers.ReservedProcurementDeserializer;
import se.asf.json.deser.ProcurementDeserializers.ShareRequirementDeserializer;
import se.asf.json.wire.Documents;
import se.asf.json.wire.Documents.AssessmentReportDocument;
import se.asf.json.wire.Documents.BiddersDocument;
import se.asf.json.wire.Documents.EnterpriseDocument;
import se.asf.json.wire.Documents.ProcurementDocument;
import se.asf.json.wire.EnumCode;
import se.asf.json.wire.EnumCodes;
import se.asf.json.wire.WireSettings;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;

/** Builds every deserializer of one module instance, wired to each other and to its settings. */
public final class AsfDeserializers {
  private final SimpleDeserializers values = new SimpleDeserializers();
  private final SimpleDeserializers documents = new SimpleDeserializers();

  /**
   * Builds the deserializers.
   *
   * @param settings the module's settings
   */
  public AsfDeserializers(WireSettings settings) {
    ValueReader<Personnummer> personnummer = Scalars.personnummer(settings);
    PositionDeserializer<Position> positions = PositionDeserializer.anyForm();
    DatePeriodDeserializer periods = new DatePeriodDeserializer();
    DocumentReferenceDeserializer documentReferences = new DocumentReferenceDeserializer();
    SiteDeserializer sites = new SiteDeserializer(positions);
    BusinessActivityDeserializer activities = new BusinessActivityDeserializer();
    PurposeEvidenceDeserializer purposes = new PurposeEvidenceDeserializer(documentReferences);
    ParticipationEvidenceDeserializer participations = new ParticipationEvidenceDeserializer(documentReferences);
    DistributionClauseDeserializer clauses = new DistributionClauseDeserializer(documentReferences);
    FiscalYearDeserializer fiscalYears = new FiscalYearDeserializer();
    ProfitPolicyDeserializer profitPolicies = new ProfitPolicyDeserializer(clauses, fiscalYears);
    OwnerDeserializer owners = new OwnerDeserializer();
    BoardDeserializer boards = new BoardDeserializer();
    OwnershipDeserializer ownerships = new OwnershipDeserializer(owners, boards);
    WorkforceLineDeserializer lines = new WorkforceLineDeserializer();
    WorkforceDeserializer workforces = new WorkforceDeserializer(periods, lines);
    PayRangeDeserializer payRanges = new PayRangeDeserializer();
    EnterpriseDeserializer enterprises = new EnterpriseDeserializer(new EnterpriseDeserializer.Parts(
        personnummer, sites, activities, purposes, participations, profitPolicies, ownerships, workforces,
        payRanges));
    CentreDeserializer centres = new CentreDeserializer(positions);
    ContractingAuthorityDeserializer authorities = new ContractingAuthorityDeserializer();
    ShareRequirementDeserializer shareRequirements = new ShareRequirementDeserializer();
    GeographicRequirementDeserializer geographicRequirements = new GeographicRequirementDeserializer(centres);
    ReservedProcurementDeserializer procurements = new ReservedProcurementDeserializer(
        authorities, shareRequirements, geographicRequirements, periods);
    FindingDeserializer findings = new FindingDeserializer();
    AssessmentDeserializer assessments = new AssessmentDeserializer(findings);

    values.addDeserializer(Share.class, new ShareDeserializer());
    values.addDeserializer(DatePeriod.class, periods);
    values.addDeserializer(Organisationsnummer.class,
        new StringValueDeserializer<>(Organisationsnummer.class, Scalars.ORGANISATIONSNUMMER_VALUE));
    values.addDeserializer(Personnummer.class, new StringValueDeserializer<>(Personnummer.class, personnummer));
    values.addDeserializer(SupplierIdentity.class,
        new StringValueDeserializer<>(SupplierIdentity.class, new SupplierIdentityReader(personnummer)));
    values.addDeserializer(IdentityViolation.class, new IdentityViolationDeserializer());
    values.addDeserializer(Position.class, positions);
    values.addDeserializer(Wgs84Position.class, PositionDeserializer.wgs84());
    values.addDeserializer(Sweref99TmPosition.class, PositionDeserializer.sweref99Tm());
    values.addDeserializer(DocumentReference.class, documentReferences);
    values.addDeserializer(Site.class, sites);
    values.addDeserializer(BusinessActivity.class, activities);
    values.addDeserializer(PurposeEvidence.class, purposes);
    values.addDeserializer(ParticipationEvidence.class, participations);
    values.addDeserializer(DistributionClause.class, clauses);
    values.addDeserializer(FiscalYear.class, fiscalYears);
    values.addDeserializer(ProfitPolicy.class, profitPolicies);
    values.addDeserializer(Owner.class, owners);
    values.addDeserializer(Board.class, boards);
    values.addDeserializer(Ownership.class, ownerships);
    values.addDeserializer(WorkforceLine.class, lines);
    values.addDeserializer(Workforce.class, workforces);
    values.addDeserializer(PayRange.class, payRanges);
    values.addDeserializer(Enterprise.class, enterprises);
    values.addDeserializer(Centre.class, centres);
    values.addDeserializer(ContractingAuthority.class, authorities);
    values.addDeserializer(ShareRequirement.class, shareRequirements);
    values.addDeserializer(GeographicRequirement.class, geographicRequirements);
    values.addDeserializer(ReservedProcurement.class, procurements);
    values.addDeserializer(Finding.class, findings);
    values.addDeserializer(Assessment.class, assessments);
    for (EnumCode<?> codes : EnumCodes.ALL) {
      addEnum(codes);
    }

    documents.addDeserializer(EnterpriseDocument.class, new DocumentDeserializer<>(
        EnterpriseDocument.class, "enterprise", enterprises, EnterpriseDocument::new));
    documents.addDeserializer(BiddersDocument.class, new DocumentDeserializer<>(
        BiddersDocument.class, "bidders", Scalars.listOf(enterprises), BiddersDocument::new));
    documents.addDeserializer(ProcurementDocument.class, new DocumentDeserializer<>(
        ProcurementDocument.class, "procurement", procurements, ProcurementDocument::new));
    documents.addDeserializer(AssessmentReportDocument.class, new DocumentDeserializer<>(
        AssessmentReportDocument.class, "assessments", Scalars.listOf(assessments), AssessmentReportDocument::new,
        1, se.asf.json.wire.Documents.ASSESSMENT_REPORT_FORMAT_VERSION));
  }

  private <E extends Enum<E>> void addEnum(EnumCode<E> codes) {
    values.addDeserializer(codes.type(), new EnumCodeDeserializer<>(codes));
  }

  /**
   * Returns the deserializers of the asf-core and asf-rules types.
   *
   * @return the deserializers, for a module to register
   */
  public SimpleDeserializers values() {
    return values;
  }

  /**
   * Returns the deserializers of the top-level {@link Documents}.
   *
   * @return the deserializers
   */
  public SimpleDeserializers documents() {
    return documents;
  }
}
