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
import se.asf.json.internal.Declarations;
import se.asf.json.internal.WireType;
import se.asf.json.wire.Documents;
import se.asf.json.wire.Documents.BiddersDocument;
import se.asf.json.wire.Documents.EnterpriseDocument;
import se.asf.json.wire.Documents.ProcurementDocument;
import se.asf.json.wire.EnumCode;
import se.asf.json.wire.EnumCodes;
import se.asf.json.wire.Rules;
import se.asf.json.wire.WireSettings;

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
    DeclaredDeserializers declared = new DeclaredDeserializers(personnummer);
    for (WireType<?> type : Declarations.ALL) {
      add(declared.of(type));
    }
    ObjectDeserializer<Enterprise> enterprises = declared.of(Declarations.ENTERPRISE);
    ObjectDeserializer<ReservedProcurement> procurements = declared.of(Declarations.RESERVED_PROCUREMENT);

    values.addDeserializer(Share.class, new ShareDeserializer());
    values.addDeserializer(Organisationsnummer.class,
        new StringValueDeserializer<>(Organisationsnummer.class, Scalars.ORGANISATIONSNUMMER_VALUE));
    values.addDeserializer(Personnummer.class, new StringValueDeserializer<>(Personnummer.class, personnummer));
    values.addDeserializer(SupplierIdentity.class,
        new StringValueDeserializer<>(SupplierIdentity.class, new SupplierIdentityReader(personnummer)));
    values.addDeserializer(IdentityViolation.class, new IdentityViolationDeserializer());
    values.addDeserializer(Position.class, PositionDeserializer.anyForm());
    values.addDeserializer(Wgs84Position.class, PositionDeserializer.wgs84());
    values.addDeserializer(Sweref99TmPosition.class, PositionDeserializer.sweref99Tm());
    for (EnumCode<?> codes : EnumCodes.ALL) {
      addEnum(codes);
    }

    documents.addDeserializer(EnterpriseDocument.class, new DocumentDeserializer<>(
        EnterpriseDocument.class, "enterprise", enterprises, EnterpriseDocument::new));
    documents.addDeserializer(BiddersDocument.class, new DocumentDeserializer<>(
        BiddersDocument.class, "bidders", WholeList.of(enterprises, BiddersDocument.class, "bidders"),
        BiddersDocument::new));
    documents.addDeserializer(ProcurementDocument.class, new DocumentDeserializer<>(
        ProcurementDocument.class, "procurement", procurements, ProcurementDocument::new));
    if (Rules.PRESENT) {
      RuleDeserializers.register(values, documents);
    }
  }

  private <T> void add(ObjectDeserializer<T> deserializer) {
    @SuppressWarnings("unchecked") // a declared deserializer reads its declaration's class
    Class<T> type = (Class<T>) deserializer.handledType();
    values.addDeserializer(type, deserializer);
  }

  private <E extends Enum<E>> void addEnum(EnumCode<E> codes) {
    addEnum(values, codes);
  }

  static <E extends Enum<E>> void addEnum(SimpleDeserializers values, EnumCode<E> codes) {
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
