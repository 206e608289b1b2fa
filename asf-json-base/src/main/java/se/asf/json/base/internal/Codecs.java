package se.asf.json.base.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.asf.core.Share;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.base.AsfSettings;

/**
 * Every reader and writer of one configuration, wired to each other: the declared wire types (one
 * generic reader and writer each, derived from the declaration), the hand-written values (share,
 * position, identities, codes), asf-rules' findings and assessments when present, and the
 * documents. Both Jackson adapters register {@link #all()}; the documents are read and written
 * through {@link DocumentCodec}.
 */
public final class Codecs {
  /** How one Java type is read and written. */
  public record Codec<T>(Class<T> type, ValueReader<? extends T> reader, ValueWriter<? super T> writer) {}

  private final AsfSettings settings;
  /** The reader of a personnummer, validated against the settings' clock. */
  final ValueReader<Personnummer> personnummer;
  private final Map<WireType<?>, Declared<?>> declared = new IdentityHashMap<>();
  private final List<Codec<?>> all = new ArrayList<>();

  /** Builds the readers and writers. */
  public Codecs(AsfSettings settings) {
    this.settings = settings;
    this.personnummer = Scalars.personnummer(settings);
    for (WireType<?> type : Declarations.ALL) {
      add(type);
    }
    add(Share.class, Declarations.FRACTION);
    add(Organisationsnummer.class, Declarations.ORGANISATION_NUMBER);
    add(Personnummer.class, Declarations.PERSONAL_IDENTITY_NUMBER);
    all.add(new Codec<SupplierIdentity>(SupplierIdentity.class, this::supplierIdentity, (out, identity) ->
        out.string(identity instanceof Personnummer number ? personnummer(number) : identity.toString())));
    add(Declarations.IDENTITY_VIOLATION);
    all.add(new Codec<>(Position.class, PositionReader.anyForm(), Codecs::position));
    all.add(new Codec<>(Wgs84Position.class, PositionReader.wgs84(), Codecs::position));
    all.add(new Codec<>(Sweref99TmPosition.class, PositionReader.sweref99Tm(), Codecs::position));
    for (EnumCode<?> codes : EnumCodes.ALL) {
      add(codes);
    }
    if (Rules.PRESENT) {
      RuleCodecs.addTo(this);
    }
  }

  <T> void add(Class<T> type, Kind<T> kind) {
    all.add(new Codec<>(type, kind.reader(this), kind.writer(this)));
  }

  private <T> void add(WireType<T> type) {
    add(type.type(), Kind.object(type));
  }

  <E extends Enum<E>> void add(EnumCode<E> codes) {
    add(codes.type(), Kind.code(codes));
  }

  /** Returns every type's reader and writer, for a Jackson module to register. */
  public List<Codec<?>> all() {
    return List.copyOf(all);
  }

  /** Returns the settings. */
  public AsfSettings settings() {
    return settings;
  }

  /** Returns the reader and writer of a declared type, built once. */
  @SuppressWarnings("unchecked") // the table holds each declaration's own codec
  <T> Declared<T> of(WireType<T> type) {
    Declared<?> existing = declared.get(type);
    if (existing == null) {
      // Not computeIfAbsent: building one declaration's codec builds those of the types it refers to.
      existing = new Declared<>(type);
      declared.put(type, existing);
    }
    return (Declared<T>) existing;
  }

  /** A personnummer as written: masked unless the settings say otherwise. */
  String personnummer(Personnummer number) {
    return settings.isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER) ? number.toUnmaskedString() : number.toString();
  }

  /**
   * A {@link SupplierIdentity} written on its own as one string: a personnummer when it has the 12-digit
   * personnummer shape ({@code YYYYMMDD-NNNN}, or masked), a foreign identifier when it holds a colon
   * ({@code COUNTRY:SCHEME:VALUE}), otherwise an organisation number.
   */
  private SupplierIdentity supplierIdentity(TokenReader in) throws IOException {
    if (in.current() == Token.STRING) {
      String text = in.text();
      if (text.indexOf(':') >= 0) {
        return Scalars.FOREIGN_IDENTIFIER_VALUE.read(in);
      }
      if (text.length() == 13 && text.charAt(8) == '-') {
        return personnummer.read(in);
      }
    }
    return Scalars.ORGANISATIONSNUMMER_VALUE.read(in);
  }

  /**
   * {@link Position}, in the form it was given in: {@code {"lat", "lon"}} or {@code {"northing", "easting",
   * "crs": "EPSG:3006"}}.
   */
  static void position(TokenWriter out, Position value) throws IOException {
    out.startObject();
    if (value instanceof Wgs84Position wgs84) {
      Out.coordinate(out, "lat", wgs84.getLatitude());
      Out.coordinate(out, "lon", wgs84.getLongitude());
    } else {
      Sweref99TmPosition grid = (Sweref99TmPosition) value;
      Out.coordinate(out, "northing", grid.getNorthing());
      Out.coordinate(out, "easting", grid.getEasting());
      out.name("crs");
      out.string(PositionReader.SWEREF99TM_CRS);
    }
    out.endObject();
  }

  /** The reader and writer of one declared type: the present properties in declaration order, each by its kind. */
  public final class Declared<T> extends ObjectReader<T> implements ValueWriter<T> {
    private final WireType<T> type;
    private final List<ValueWriter<?>> writers = new ArrayList<>();

    private Declared(WireType<T> type) {
      super(type.properties().stream().<Field<?>>map(prop -> field(prop)).toList());
      this.type = type;
      for (Prop<T, ?> prop : type.properties()) {
        writers.add(prop.kind().writer(Codecs.this));
      }
    }

    @Override
    @SuppressWarnings("unchecked") // a property's value has its kind's Java type
    public void write(TokenWriter out, T value) throws IOException {
      out.startObject();
      for (int i = 0; i < writers.size(); i++) {
        Prop<T, ?> prop = type.properties().get(i);
        Optional<?> present = prop.get(value);
        if (present.isPresent()) {
          out.name(prop.name());
          ((ValueWriter<Object>) writers.get(i)).write(out, present.get());
        }
      }
      out.endObject();
    }

    @Override
    protected T build(FieldValues values) throws IOException {
      return type.build(values);
    }
  }

  private <V> Field<V> field(Prop<?, V> prop) {
    return Field.of(prop.name(), prop.kind().reader(this));
  }
}
