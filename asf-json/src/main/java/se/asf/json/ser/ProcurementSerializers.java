package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.json.ser.ValueSerializers.DatePeriodSerializer;
import se.asf.json.ser.ValueSerializers.PositionSerializer;
import se.asf.json.ser.ValueSerializers.ShareSerializer;
import se.asf.json.wire.EnumCodes;

/** The serializers of a reserved procurement (asf-core's {@code procurement} package), one nested class per type. */
final class ProcurementSerializers {
  private ProcurementSerializers() {}

  /** {@link Centre}. */
  static final class CentreSerializer extends AsfSerializer<Centre> {
    private final PositionSerializer positions;

    CentreSerializer(PositionSerializer positions) {
      super(Centre.class);
      this.positions = positions;
    }

    @Override
    public void serialize(Centre value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "name", value.getName());
      Out.object(g, provider, "position", positions, value.getPosition());
      g.writeEndObject();
    }
  }

  /** {@link ContractingAuthority}. */
  static final class ContractingAuthoritySerializer extends AsfSerializer<ContractingAuthority> {
    ContractingAuthoritySerializer() {
      super(ContractingAuthority.class);
    }

    @Override
    public void serialize(ContractingAuthority value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "name", value.getName());
      if (value.getOrganisationsnummer().isPresent()) {
        g.writeStringField("organisationNumber", value.getOrganisationsnummer().get().toString());
      }
      g.writeEndObject();
    }
  }

  /** {@link GeographicRequirement}. */
  static final class GeographicRequirementSerializer extends AsfSerializer<GeographicRequirement> {
    private final CentreSerializer centres;

    GeographicRequirementSerializer(CentreSerializer centres) {
      super(GeographicRequirement.class);
      this.centres = centres;
    }

    @Override
    public void serialize(GeographicRequirement value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject(value);
      Out.array(g, provider, "centres", centres, value.getCentres());
      Out.decimal(g, provider, "radiusMetres", value.getRadiusMetres());
      g.writeEndObject();
    }
  }

  /** {@link ShareRequirement}: every attribute written, defaults included. */
  static final class ShareRequirementSerializer extends AsfSerializer<ShareRequirement> {
    private final ShareSerializer shares;

    ShareRequirementSerializer(ShareSerializer shares) {
      super(ShareRequirement.class);
      this.shares = shares;
    }

    @Override
    public void serialize(ShareRequirement value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      Out.object(g, provider, "threshold", shares, value.getThreshold());
      Out.code(g, "countingBasis", EnumCodes.COUNTING_BASIS, value.getCountingBasis());
      Out.codes(g, "countedForms", EnumCodes.ENGAGEMENT_FORM, value.getCountedForms());
      Out.codes(g, "targetGroups", EnumCodes.TARGET_GROUP, value.getTargetGroups());
      g.writeEndObject();
    }
  }

  /** {@link ReservedProcurement}. */
  static final class ReservedProcurementSerializer extends AsfSerializer<ReservedProcurement> {
    private final ContractingAuthoritySerializer authorities;
    private final ShareRequirementSerializer shareRequirements;
    private final GeographicRequirementSerializer geographicRequirements;
    private final DatePeriodSerializer periods;

    ReservedProcurementSerializer(ContractingAuthoritySerializer authorities,
        ShareRequirementSerializer shareRequirements, GeographicRequirementSerializer geographicRequirements,
        DatePeriodSerializer periods) {
      super(ReservedProcurement.class);
      this.authorities = authorities;
      this.shareRequirements = shareRequirements;
      this.geographicRequirements = geographicRequirements;
      this.periods = periods;
    }

    @Override
    public void serialize(ReservedProcurement value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject(value);
      Out.text(g, provider, "reference", value.getReference());
      Out.text(g, provider, "title", value.getTitle());
      Out.array(g, provider, "contractingAuthorities", authorities, value.getContractingAuthorities());
      Out.code(g, "legalBasis", EnumCodes.LEGAL_BASIS, value.getLegalBasis());
      Out.object(g, provider, "shareRequirement", shareRequirements, value.getShareRequirement());
      Out.codes(g, "additionalRequirements", EnumCodes.QUALIFICATION_REQUIREMENT, value.getAdditionalRequirements());
      Out.object(g, provider, "geographicRequirement", geographicRequirements, value.getGeographicRequirement());
      Out.date(g, provider, "tenderDeadline", value.getTenderDeadline());
      Out.object(g, provider, "contractPeriod", periods, value.getContractPeriod());
      if (value.getEstimatedPlaces().isPresent()) {
        Out.integer(g, "estimatedPlaces", value.getEstimatedPlaces().get());
      }
      if (value.getAveragePlacementLength().isPresent()) {
        Out.period(g, "averagePlacementLength", value.getAveragePlacementLength().get());
      }
      Out.bool(g, "volumesGuaranteed", value.isVolumesGuaranteed());
      g.writeEndObject();
    }
  }
}
