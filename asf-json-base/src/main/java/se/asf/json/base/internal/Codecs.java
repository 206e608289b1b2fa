package se.asf.json.base.internal;

import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.asf.core.Share;
import se.asf.core.geo.Position;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.base.AsfSettings;
import se.asf.json.base.JsonProblemCode;

/**
 * Every reader and writer of one configuration, wired to each other: the declared wire types (one
 * generic reader and writer each, derived from the declaration), the hand-written values (share,
 * position, identities, codes), asf-rules' findings and assessments when present, and the
 * documents. Both Jackson adapters register {@link #all()}; the documents are read and written
 * through {@link DocumentCodec}.
 */
public final class Codecs {
  /** The reference system code a SWEREF 99 TM position carries. */
  static final String SWEREF99TM_CRS = "EPSG:3006";

  /** How one Java type is read and written. */
  public record Codec<T>(Class<T> type, ValueReader<? extends T> reader, ValueWriter<? super T> writer) {}

  private final AsfSettings settings;
  private final ValueReader<Personnummer> personnummer;
  private final PositionReader<Position> positions = PositionReader.anyForm();
  private final Map<WireType<?>, Declared<?>> declared = new LinkedHashMap<>();
  private final List<Codec<?>> all = new ArrayList<>();
  private final Object rules;

  /** Builds the readers and writers. */
  public Codecs(AsfSettings settings) {
    this.settings = settings;
    this.personnummer = Scalars.personnummer(settings);
    for (WireType<?> type : Declarations.ALL) {
      add(type);
    }
    all.add(new Codec<>(Share.class, Scalars.SHARE, (out, share) -> Out.decimal(out, share.getFraction())));
    all.add(new Codec<>(Organisationsnummer.class, Scalars.ORGANISATIONSNUMMER_VALUE,
        (out, number) -> out.string(number.toString())));
    all.add(new Codec<>(Personnummer.class, personnummer, (out, number) -> out.string(personnummer(number))));
    all.add(new Codec<SupplierIdentity>(SupplierIdentity.class, this::supplierIdentity, (out, identity) ->
        out.string(identity instanceof Personnummer number ? personnummer(number) : identity.toString())));
    all.add(new Codec<>(IdentityViolation.class, new IdentityViolationReader(), Codecs::identityViolation));
    all.add(new Codec<>(Position.class, positions, Codecs::position));
    all.add(new Codec<>(Wgs84Position.class, PositionReader.wgs84(), Codecs::position));
    all.add(new Codec<>(Sweref99TmPosition.class, PositionReader.sweref99Tm(), Codecs::position));
    for (EnumCode<?> codes : EnumCodes.ALL) {
      all.add(code(codes));
    }
    this.rules = Rules.PRESENT ? RuleCodecs.add(settings, all, of(Declarations.DATE_PERIOD)) : null;
  }

  private <T> void add(WireType<T> type) {
    Declared<T> codec = of(type);
    all.add(new Codec<>(type.type(), codec, codec));
  }

  /** Returns every type's reader and writer, for a Jackson module to register. */
  public List<Codec<?>> all() {
    return List.copyOf(all);
  }

  /** Returns the settings. */
  public AsfSettings settings() {
    return settings;
  }

  /** The codecs of asf-rules' types, or {@code null} when asf-rules is absent. */
  RuleCodecs rules() {
    return (RuleCodecs) rules;
  }

  @SuppressWarnings("unchecked") // the table holds each declaration's own codec
  <T> Declared<T> of(WireType<T> type) {
    Declared<?> existing = declared.get(type);
    if (existing == null) {
      existing = new Declared<>(type);
      declared.put(type, existing);
    }
    return (Declared<T>) existing;
  }

  private String personnummer(Personnummer number) {
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

  private static <E extends Enum<E>> Codec<E> code(EnumCode<E> codes) {
    return new Codec<>(codes.type(), Scalars.code(codes), (out, value) -> out.string(codes.code(value)));
  }

  /** {@link IdentityViolation}: {@code problem}, {@code expected}, {@code index}. */
  private static void identityViolation(TokenWriter out, IdentityViolation value) throws IOException {
    out.startObject();
    out.name("problem");
    out.string(EnumCodes.IDENTITY_PROBLEM.code(value.getProblem()));
    Out.text(out, "expected", value.getExpected());
    out.name("index");
    out.number(Integer.toString(value.getIndex()));
    out.endObject();
  }

  /** Reads {@code {"problem": "check-digit", "expected": "check digit 0", "index": 10}}. */
  private static final class IdentityViolationReader extends ObjectReader<IdentityViolation> {
    private static final Field<IdentityProblem> PROBLEM = Field.of("problem", Scalars.code(EnumCodes.IDENTITY_PROBLEM));
    private static final Field<String> EXPECTED = Field.of("expected", Scalars.TEXT);
    private static final Field<Integer> INDEX = Field.of("index", Scalars.INT);

    IdentityViolationReader() {
      super(List.of(PROBLEM, EXPECTED, INDEX));
    }

    @Override
    protected IdentityViolation build(FieldValues values) throws IOException {
      int index = values.required(INDEX);
      if (index < -1) {
        throw values.problem("index", JsonProblemCode.INVALID_VALUE, "problem.index", Integer.toString(index));
      }
      return IdentityViolation.of(values.required(PROBLEM), values.required(EXPECTED), index);
    }
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
      out.string(SWEREF99TM_CRS);
    }
    out.endObject();
  }

  @SuppressWarnings("unchecked") // each case's reader reads the kind's Java type
  <V> ValueReader<V> reader(Kind<V> kind) {
    if (kind instanceof Kind.Scalar<V> scalar) {
      return (ValueReader<V>) switch (scalar.scalar()) {
        case TEXT -> Scalars.TEXT;
        case BOOLEAN -> Scalars.BOOLEAN;
        case INT -> Scalars.INT;
        case DECIMAL -> Scalars.DECIMAL;
        case YEAR -> Scalars.YEAR;
        case DATE -> Scalars.DATE_VALUE;
        case PERIOD -> Scalars.PERIOD_VALUE;
        case SHARE -> Scalars.SHARE;
        case POSITION -> positions;
        case ORGANISATIONSNUMMER -> Scalars.ORGANISATIONSNUMMER_VALUE;
        case PERSONNUMMER -> personnummer;
        case FOREIGN_IDENTIFIER -> Scalars.FOREIGN_IDENTIFIER_VALUE;
      };
    } else if (kind instanceof Kind.Code<?> code) {
      return (ValueReader<V>) Scalars.code(code.codes());
    } else if (kind instanceof Kind.CodeSet<?> codes) {
      return (ValueReader<V>) Scalars.codeSet(codes.codes());
    } else if (kind instanceof Kind.Obj<V> object) {
      return of(object.type());
    } else {
      return (ValueReader<V>) Scalars.listOf(reader(((Kind.ListOf<?>) kind).element()));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // a property's value has its kind's Java type
  private void write(TokenWriter out, Kind<?> kind, Object value) throws IOException {
    if (kind instanceof Kind.Scalar<?> scalar) {
      switch (scalar.scalar()) {
        case TEXT -> Out.text(out, (String) value);
        case BOOLEAN -> out.bool((Boolean) value);
        case INT -> out.number(Integer.toString((Integer) value));
        case DECIMAL -> Out.decimal(out, (BigDecimal) value);
        case YEAR -> out.number(Integer.toString(((Year) value).getValue()));
        case DATE -> Out.date(out, (LocalDate) value);
        case PERIOD -> out.string(((Period) value).toString());
        case SHARE -> Out.decimal(out, ((Share) value).getFraction());
        case POSITION -> position(out, (Position) value);
        case ORGANISATIONSNUMMER -> out.string(value.toString());
        case PERSONNUMMER -> out.string(personnummer((Personnummer) value));
        case FOREIGN_IDENTIFIER -> out.string(value.toString());
      }
    } else if (kind instanceof Kind.Code<?> code) {
      out.string(((EnumCode) code.codes()).code((Enum) value));
    } else if (kind instanceof Kind.CodeSet<?> codes) {
      Out.codes(out, (EnumCode) codes.codes(), (Collection) value);
    } else if (kind instanceof Kind.Obj<?> object) {
      ((Declared<Object>) of(object.type())).write(out, value);
    } else {
      Kind<?> element = ((Kind.ListOf<?>) kind).element();
      out.startArray();
      for (Object item : (List<?>) value) {
        write(out, element, item);
      }
      out.endArray();
    }
  }

  /** The reader and writer of one declared type: the present properties in declaration order, each by its kind. */
  final class Declared<T> extends ObjectReader<T> implements ValueWriter<T> {
    private final WireType<T> type;
    private final Map<String, Field<?>> fields;

    private Declared(WireType<T> type) {
      this(type, Codecs.this.fields(type));
    }

    private Declared(WireType<T> type, Map<String, Field<?>> fields) {
      super(List.copyOf(fields.values()));
      this.type = type;
      this.fields = fields;
    }

    @Override
    public void write(TokenWriter out, T value) throws IOException {
      out.startObject();
      for (Prop<T, ?> prop : type.properties()) {
        Optional<?> present = prop.get(value);
        if (present.isPresent()) {
          out.name(prop.name());
          Codecs.this.write(out, prop.kind(), present.get());
        }
      }
      out.endObject();
    }

    @Override
    protected T build(FieldValues values) throws IOException {
      return type.build(new Values() {
        @SuppressWarnings("unchecked") // the field of a property reads the property's type
        private <V> Field<V> field(Prop<?, V> prop) {
          return (Field<V>) fields.get(prop.name());
        }

        @Override
        public boolean has(Prop<?, ?> prop) {
          return values.has(fields.get(prop.name()));
        }

        @Override
        public <V> V get(Prop<?, V> prop) throws IOException {
          return values.required(field(prop));
        }

        @Override
        public <V> Optional<V> optional(Prop<?, V> prop) {
          return values.optional(field(prop));
        }

        @Override
        public IOException problem(String property, JsonProblemCode code, String key, Serializable... arguments) {
          return values.problem(property, code, key, arguments);
        }
      });
    }
  }

  private Map<String, Field<?>> fields(WireType<?> type) {
    Map<String, Field<?>> fields = new LinkedHashMap<>();
    for (Prop<?, ?> prop : type.properties()) {
      // Read lazily: types refer to each other, and each is built once.
      fields.put(prop.name(), Field.of(prop.name(), new Lazy<>(prop.kind())));
    }
    return fields;
  }

  /** A kind's reader, looked up on first use. */
  private final class Lazy<V> implements ValueReader<V> {
    private final Kind<V> kind;
    private ValueReader<V> reader;

    Lazy(Kind<V> kind) {
      this.kind = kind;
    }

    @Override
    public V read(TokenReader in) throws IOException {
      if (reader == null) {
        reader = reader(kind);
      }
      return reader.read(in);
    }
  }
}
