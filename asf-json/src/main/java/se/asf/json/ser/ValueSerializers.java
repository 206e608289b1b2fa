package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.json.wire.EnumCode;
import se.asf.json.wire.EnumCodes;
import se.asf.json.wire.WireSettings;

/** The serializers of the small values: shares, periods, identities, positions and enum codes. */
final class ValueSerializers {
  /** The reference system code a SWEREF 99 TM position carries. */
  static final String SWEREF99TM_CRS = "EPSG:3006";

  private ValueSerializers() {}

  /** {@link Share}: the fraction as a number, {@code 0.3}. */
  static final class ShareSerializer extends AsfSerializer<Share> {
    ShareSerializer() {
      super(Share.class);
    }

    @Override
    public void serialize(Share value, JsonGenerator g, SerializerProvider provider) throws IOException {
      Out.decimal(g, provider, value.getFraction());
    }
  }

  /** {@link Organisationsnummer}: the canonical {@code NNNNNN-NNNN}. */
  static final class OrganisationsnummerSerializer extends AsfSerializer<Organisationsnummer> {
    OrganisationsnummerSerializer() {
      super(Organisationsnummer.class);
    }

    @Override
    public void serialize(Organisationsnummer value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeString(value.toString());
    }
  }

  /**
   * {@link Personnummer}: masked, {@code 19121212-****}, unless
   * {@code AsfJsonFeature.WRITE_FULL_PERSONNUMMER} is enabled.
   */
  static final class PersonnummerSerializer extends AsfSerializer<Personnummer> {
    private final boolean full;

    PersonnummerSerializer(WireSettings settings) {
      super(Personnummer.class);
      this.full = settings.writeFullPersonnummer();
    }

    @Override
    public void serialize(Personnummer value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(text(value));
    }

    String text(Personnummer value) {
      return full ? value.toUnmaskedString() : value.toString();
    }
  }

  /** {@link SupplierIdentity} on its own: the organisation number or the (masked) personnummer. */
  static final class SupplierIdentitySerializer extends AsfSerializer<SupplierIdentity> {
    private final PersonnummerSerializer personnummer;

    SupplierIdentitySerializer(PersonnummerSerializer personnummer) {
      super(SupplierIdentity.class);
      this.personnummer = personnummer;
    }

    @Override
    public void serialize(SupplierIdentity value, JsonGenerator g, SerializerProvider provider) throws IOException {
      if (value instanceof Personnummer number) {
        personnummer.serialize(number, g, provider);
      } else {
        g.writeString(value.toString());
      }
    }
  }

  /** {@link IdentityViolation}: {@code problem}, {@code expected}, {@code index}. */
  static final class IdentityViolationSerializer extends AsfSerializer<IdentityViolation> {
    IdentityViolationSerializer() {
      super(IdentityViolation.class);
    }

    @Override
    public void serialize(IdentityViolation value, JsonGenerator g, SerializerProvider provider)
        throws IOException {
      g.writeStartObject(value);
      Out.code(g, "problem", EnumCodes.IDENTITY_PROBLEM, value.getProblem());
      Out.text(g, provider, "expected", value.getExpected());
      Out.integer(g, "index", value.getIndex());
      g.writeEndObject();
    }
  }

  /**
   * {@link Position}, in the form it was given in: {@code {"lat", "lon"}} or
   * {@code {"northing", "easting", "crs": "EPSG:3006"}}.
   */
  static final class PositionSerializer extends AsfSerializer<Position> {
    PositionSerializer() {
      super(Position.class);
    }

    @Override
    public void serialize(Position value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeStartObject(value);
      if (value instanceof Wgs84Position wgs84) {
        Out.coordinate(g, "lat", wgs84.getLatitude());
        Out.coordinate(g, "lon", wgs84.getLongitude());
      } else {
        Sweref99TmPosition grid = (Sweref99TmPosition) value;
        Out.coordinate(g, "northing", grid.getNorthing());
        Out.coordinate(g, "easting", grid.getEasting());
        g.writeStringField("crs", SWEREF99TM_CRS);
      }
      g.writeEndObject();
    }
  }

  /**
   * An enum constant, as its wire code.
   *
   * @param <E> the enum
   */
  static final class EnumCodeSerializer<E extends Enum<E>> extends AsfSerializer<E> {
    private final EnumCode<E> codes;

    EnumCodeSerializer(EnumCode<E> codes) {
      super(codes.type());
      this.codes = codes;
    }

    @Override
    public void serialize(E value, JsonGenerator g, SerializerProvider provider) throws IOException {
      g.writeString(codes.code(value));
    }
  }
}
