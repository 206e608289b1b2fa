package se.asf.json.ser;

import com.fasterxml.jackson.databind.module.SimpleSerializers;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.json.ser.ValueSerializers.EnumCodeSerializer;
import se.asf.json.ser.ValueSerializers.IdentityViolationSerializer;
import se.asf.json.ser.ValueSerializers.OrganisationsnummerSerializer;
import se.asf.json.ser.ValueSerializers.PersonnummerSerializer;
import se.asf.json.ser.ValueSerializers.PositionSerializer;
import se.asf.json.ser.ValueSerializers.ShareSerializer;
import se.asf.json.ser.ValueSerializers.SupplierIdentitySerializer;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
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
    PersonnummerSerializer personnummer = new PersonnummerSerializer(settings);
    PositionSerializer positions = new PositionSerializer();
    DeclaredSerializers declared = new DeclaredSerializers(personnummer, shares, positions);
    for (WireType<?> type : Declarations.ALL) {
      values.addSerializer(declared.of(type));
    }
    AsfSerializer<Enterprise> enterprises = declared.of(Declarations.ENTERPRISE);
    AsfSerializer<ReservedProcurement> procurements = declared.of(Declarations.RESERVED_PROCUREMENT);

    values.addSerializer(shares);
    values.addSerializer(new OrganisationsnummerSerializer());
    values.addSerializer(personnummer);
    values.addSerializer(new SupplierIdentitySerializer(personnummer));
    values.addSerializer(new IdentityViolationSerializer());
    values.addSerializer(positions);
    values.addSerializer(Wgs84Position.class, positions);
    values.addSerializer(Sweref99TmPosition.class, positions);
    for (EnumCode<?> codes : EnumCodes.ALL) {
      addEnum(codes);
    }

    documents.addSerializer(new DocumentSerializer<>(EnterpriseDocument.class, "enterprise",
        DocumentSerializer.single(EnterpriseDocument::enterprise, enterprises)));
    documents.addSerializer(new DocumentSerializer<>(BiddersDocument.class, "bidders",
        DocumentSerializer.list(BiddersDocument::bidders, enterprises)));
    documents.addSerializer(new DocumentSerializer<>(ProcurementDocument.class, "procurement",
        DocumentSerializer.single(ProcurementDocument::procurement, procurements)));
    if (Rules.PRESENT) {
      RuleSerializers.register(settings, values, documents);
    }
  }

  private <E extends Enum<E>> void addEnum(EnumCode<E> codes) {
    addEnum(values, codes);
  }

  static <E extends Enum<E>> void addEnum(SimpleSerializers values, EnumCode<E> codes) {
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
