package se.asf.espd;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import se.asf.core.enterprise.DeclarationDocument;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.enterprise.SelfDeclaredShareBuilder;
import se.asf.core.text.SafeText;
import se.asf.espd.xml.Limits;
import se.asf.espd.xml.XmlCursor;

/**
 * Reads a bidder from an ESPD response (ESPD-EDM 2.1.x, 3.x and 4.x; a UBL 2.2/2.3
 * {@code QualificationApplicationResponse}), streaming, with the JDK's hardened StAX parser.
 *
 * <pre>{@code
 * EspdResponse response = EspdReader.standard().read(Path.of("espd-response.xml"));
 * Enterprise bidder = response.toEnterprise();
 * response.getFindings().forEach(f -> System.out.println(f.getMessage(Locale.ENGLISH)));
 * }</pre>
 *
 * <p>What is read, and where from:
 * <ul>
 *   <li>the document ID ({@code cbc:ID}), issue date, procurement reference
 *       ({@code cbc:ContractFolderID}) and ESPD-EDM version ({@link EspdVersion});
 *   <li>the first {@code cac:EconomicOperatorParty/cac:Party}: its first
 *       {@code cac:PartyIdentification/cbc:ID} (read as {@code Identities} describes: a Swedish VAT
 *       number becomes an {@code Organisationsnummer}), {@code cac:PartyName/cbc:Name} and
 *       {@code cac:PostalAddress};
 *   <li>the sheltered-workshop criterion, found by its {@code cbc:CriterionTypeCode}
 *       ({@value #TYPE_CODE_V2} or {@value #TYPE_CODE_V4}) and, inside it, by structure: the
 *       questions ({@code cbc:TypeCode} {@code QUESTION}) whose {@code cbc:ValueDataTypeCode} is
 *       {@code INDICATOR}, {@code PERCENTAGE} and {@code DESCRIPTION}. Their answers are the
 *       {@code cac:TenderingCriterionResponse}s whose {@code cbc:ValidatedCriterionPropertyID} names
 *       those questions' IDs, whatever the IDs are. The percentage is read from
 *       {@code cbc:ResponseQuantity unitCode="PERCENTAGE"} (2.1.x) or
 *       {@code cbc:ResponseNumeric format="PERCENTAGE"} (3.x, 4.x), in percent; a value in (0, 1] is
 *       ambiguous and is not read as a share ({@link ReadFindingCode#PERCENTAGE_AMBIGUOUS_SCALE}).
 * </ul>
 *
 * <p>The UBL schema puts the criteria before the responses, and this reader relies on that order: a
 * response to a question defined later in the document is not matched.
 *
 * <p>Security: no DTD is processed (a document with one is refused), external entities are off,
 * and the byte count, element depth and length of every text kept are limited. A reader is
 * immutable and thread-safe.
 */
public final class EspdReader {
  /** The sheltered-workshop criterion's type code in ESPD-EDM 2.1.1 and 3.x. */
  public static final String TYPE_CODE_V2 = "CRITERION.OTHER.EO_DATA.SHELTERED_WORKSHOP";
  /** The sheltered-workshop criterion's type code in ESPD-EDM 4.x (the eForms criterion code). */
  public static final String TYPE_CODE_V4 = "shelt-worksh";
  /** The namespace of a UBL {@code QualificationApplicationResponse}. */
  public static final String RESPONSE_NAMESPACE =
      "urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationResponse-2";
  static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";
  static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
  private static final String ROOT = "QualificationApplicationResponse";

  /** The default limits: 32 MiB, 64 levels, 10 000 characters per kept text. */
  public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
  /** The default depth limit. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** The default text limit. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 10_000;

  private static final EspdReader STANDARD = builder().build();

  private final Limits limits;
  private final Clock clock;

  private EspdReader(Limits limits, Clock clock) {
    this.limits = limits;
    this.clock = clock;
  }

  /**
   * Returns a reader with the default limits and the system clock in UTC.
   *
   * @return the reader
   */
  public static EspdReader standard() {
    return STANDARD;
  }

  /**
   * Returns a builder, to set other limits or a clock.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads a file.
   *
   * @param file the ESPD response
   * @return the bidder
   * @throws ReadException when the document is refused
   */
  public EspdResponse read(Path file) throws ReadException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new ReadException(ReadProblem.of(ReadProblemCode.IO, "/", -1, -1,
          SafeText.echo(String.valueOf(e.getMessage()))), e);
    }
  }

  /**
   * Reads a stream, which is not closed.
   *
   * @param in the ESPD response's bytes
   * @return the bidder
   * @throws ReadException when the document is refused
   */
  public EspdResponse read(InputStream in) throws ReadException {
    Objects.requireNonNull(in, "in");
    try (XmlCursor cursor = XmlCursor.open(in, limits)) {
      return new Run(cursor).read();
    }
  }

  /** The roles of the criterion's questions. */
  private enum Role { INDICATOR, PERCENTAGE, DESCRIPTION }

  /** One answer, with where it was. */
  private record Answer(String text, String element, String unit, String path) {}

  /** The state of reading one document. */
  private final class Run {
    private final XmlCursor c;
    private final List<ReadFinding> findings = new ArrayList<>();
    private String documentId;
    private String profileExecutionId;
    private String profilePath;
    private String versionId;
    private LocalDate issueDate;
    private String contractFolderId;
    private String operatorPath;
    private final List<String> identifiers = new ArrayList<>();
    private String identifierPath;
    private String name;
    private String street;
    private String postalZone;
    private String city;
    private String country;
    private String criterionPath;
    private final Map<String, Role> questions = new HashMap<>();
    private final Map<Role, Answer> answers = new HashMap<>();
    private boolean answered;

    Run(XmlCursor cursor) {
      this.c = cursor;
    }

    EspdResponse read() throws ReadException {
      if (c.next() != START_ELEMENT) {
        throw c.problem(ReadProblemCode.NOT_WELL_FORMED, "no root element");
      }
      if (!ROOT.equals(c.local(1))) {
        throw c.problem(ReadProblemCode.WRONG_ROOT, "expected " + ROOT + ", found " + SafeText.echo(c.local(1)));
      }
      if (!RESPONSE_NAMESPACE.equals(c.namespace(1))) {
        throw c.problem(ReadProblemCode.WRONG_NAMESPACE,
            "expected " + RESPONSE_NAMESPACE + ", found " + SafeText.echo(String.valueOf(c.namespace(1))));
      }
      while (true) {
        int event = c.next();
        if (event == END_DOCUMENT || (event == END_ELEMENT && c.depth() == 0)) {
          break;
        }
        if (event == START_ELEMENT) {
          child();
        }
      }
      return result();
    }

    private void child() throws ReadException {
      if (CBC.equals(c.namespace(2))) {
        switch (c.local(2)) {
          case "ID" -> documentId = c.text();
          case "ProfileExecutionID" -> {
            profilePath = c.path();
            profileExecutionId = c.text();
          }
          case "VersionID" -> versionId = c.text();
          case "ContractFolderID" -> contractFolderId = c.text();
          case "IssueDate" -> issueDate = date(c.path(), c.text());
          default -> c.skip();
        }
      } else if (CAC.equals(c.namespace(2))) {
        switch (c.local(2)) {
          case "EconomicOperatorParty" -> economicOperator();
          case "TenderingCriterion" -> criterion();
          case "TenderingCriterionResponse" -> response();
          default -> c.skip();
        }
      } else {
        c.skip();
      }
    }

    private LocalDate date(String path, String text) throws ReadException {
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeException e) {
        throw new ReadException(ReadProblem.of(ReadProblemCode.MALFORMED_VALUE, path, c.line(), c.column(),
            "a date YYYY-MM-DD, found " + SafeText.echo(text)), e);
      }
    }

    private void economicOperator() throws ReadException {
      if (operatorPath != null) {
        findings.add(ReadFinding.of(ReadFindingCode.MORE_ECONOMIC_OPERATORS, c.path(), ""));
        c.skip();
        return;
      }
      operatorPath = c.path();
      int base = c.depth();
      boolean partySeen = false;
      while (true) {
        int event = c.next();
        if (event == END_ELEMENT && c.depth() < base) {
          return;
        }
        if (event != START_ELEMENT) {
          continue;
        }
        int level = c.depth() - base;
        if (level == 1) {
          if (!partySeen && c.is(CAC, "Party")) {
            partySeen = true;
          } else {
            c.skip();
          }
        } else if (level == 2) {
          if (!(CAC.equals(c.namespace(c.depth())) && (c.local(c.depth()).equals("PartyIdentification")
              || c.local(c.depth()).equals("PartyName") || c.local(c.depth()).equals("PostalAddress")))) {
            c.skip();
          }
        } else if (level == 3) {
          party(c.local(base + 2));
        } else if (level == 4 && "Country".equals(c.local(base + 3)) && c.is(CBC, "IdentificationCode")) {
          country = c.text();
        } else {
          c.skip();
        }
      }
    }

    private void party(String parent) throws ReadException {
      if (parent.equals("PartyIdentification") && c.is(CBC, "ID")) {
        String path = c.path();
        String id = c.text();
        if (identifiers.isEmpty()) {
          identifierPath = path;
        } else {
          findings.add(ReadFinding.of(ReadFindingCode.MORE_IDENTIFIERS, path, ""));
        }
        identifiers.add(id);
      } else if (parent.equals("PartyName") && c.is(CBC, "Name") && name == null) {
        name = c.text();
      } else if (parent.equals("PostalAddress") && CBC.equals(c.namespace(c.depth()))) {
        switch (c.local(c.depth())) {
          case "StreetName" -> street = c.text();
          case "CityName" -> city = c.text();
          case "PostalZone" -> postalZone = c.text();
          default -> c.skip();
        }
      } else if (!(parent.equals("PostalAddress") && c.is(CAC, "Country"))) {
        c.skip();
      }
    }

    private void criterion() throws ReadException {
      int base = c.depth();
      boolean ours = false;
      while (true) {
        int event = c.next();
        if (event == END_ELEMENT && c.depth() < base) {
          return;
        }
        if (event != START_ELEMENT) {
          continue;
        }
        if (c.depth() == base + 1 && c.is(CBC, "CriterionTypeCode")) {
          String code = c.text();
          if (!isShelteredWorkshop(code)) {
            c.skip(); // the rest of this criterion
            return;
          }
          String path = c.path();
          if (criterionPath != null) {
            throw new ReadException(ReadProblem.of(ReadProblemCode.DUPLICATE_CRITERION, path, c.line(), c.column(),
                "the first is " + criterionPath), null);
          }
          criterionPath = path;
          ours = true;
        } else if (ours && c.is(CAC, "TenderingCriterionProperty")) {
          property();
        } else if (c.depth() == base + 1 && !c.is(CAC, "TenderingCriterionPropertyGroup")) {
          c.skip();
        } else if (!ours && c.depth() > base + 1) {
          c.skip();
        }
      }
    }

    private boolean isShelteredWorkshop(String code) {
      return TYPE_CODE_V2.equalsIgnoreCase(code) || code.toLowerCase(Locale.ROOT).endsWith(TYPE_CODE_V4);
    }

    private void property() throws ReadException {
      int base = c.depth();
      String id = null;
      String type = null;
      String dataType = null;
      while (true) {
        int event = c.next();
        if (event == END_ELEMENT && c.depth() < base) {
          break;
        }
        if (event != START_ELEMENT) {
          continue;
        }
        if (c.depth() == base + 1 && c.is(CBC, "ID")) {
          id = c.text();
        } else if (c.depth() == base + 1 && c.is(CBC, "TypeCode")) {
          type = c.text();
        } else if (c.depth() == base + 1 && c.is(CBC, "ValueDataTypeCode")) {
          dataType = c.text();
        } else {
          c.skip();
        }
      }
      if (id == null || !"QUESTION".equalsIgnoreCase(type) || dataType == null) {
        return;
      }
      Role role = switch (dataType.toUpperCase(Locale.ROOT)) {
        case "INDICATOR" -> Role.INDICATOR;
        case "PERCENTAGE" -> Role.PERCENTAGE;
        case "DESCRIPTION" -> Role.DESCRIPTION;
        default -> null;
      };
      if (role != null && !questions.containsValue(role)) {
        questions.put(id, role);
      }
    }

    private void response() throws ReadException {
      int base = c.depth();
      Role role = null;
      while (true) {
        int event = c.next();
        if (event == END_ELEMENT && c.depth() < base) {
          return;
        }
        if (event != START_ELEMENT) {
          continue;
        }
        if (c.depth() == base + 1 && c.is(CBC, "ValidatedCriterionPropertyID")) {
          role = questions.get(c.text());
          if (role == null) {
            c.skip(); // the rest of this response: not one of ours
            return;
          }
          answered = true;
        } else if (role != null && c.depth() == base + 1 && c.is(CAC, "ResponseValue")) {
          continue;
        } else if (role != null && c.depth() == base + 2 && CBC.equals(c.namespace(c.depth()))) {
          answer(role, c.local(c.depth()));
        } else {
          c.skip();
        }
      }
    }

    private void answer(Role role, String element) throws ReadException {
      String path = c.path();
      String unit = switch (element) {
        case "ResponseQuantity" -> c.attribute("unitCode");
        case "ResponseNumeric" -> c.attribute("format");
        default -> null;
      };
      boolean fits = switch (role) {
        case INDICATOR -> element.equals("ResponseIndicator");
        case PERCENTAGE -> element.equals("ResponseQuantity") || element.equals("ResponseNumeric");
        case DESCRIPTION -> element.equals("Description");
      };
      if (!fits) {
        c.skip();
        return;
      }
      String text = c.text();
      if (answers.containsKey(role)) {
        findings.add(ReadFinding.of(ReadFindingCode.DUPLICATE_ANSWER, path, SafeText.echo(text)));
        return;
      }
      answers.put(role, new Answer(text, element, unit, path));
    }

    private EspdResponse result() throws ReadException {
      String root = "/" + ROOT;
      EspdVersion version = version(root);
      if (documentId == null || documentId.isEmpty()) {
        throw missing(root, "cbc:ID, the document's identifier");
      }
      if (operatorPath == null) {
        throw missing(root, "cac:EconomicOperatorParty");
      }
      if (identifiers.isEmpty() || identifiers.get(0).isEmpty()) {
        throw missing(operatorPath, "cac:Party/cac:PartyIdentification/cbc:ID");
      }
      if (name == null || name.isEmpty()) {
        throw missing(operatorPath, "cac:Party/cac:PartyName/cbc:Name");
      }
      LocalDate referenceDate = issueDate != null ? issueDate : LocalDate.now(clock);
      Identities.Read identity;
      try {
        identity = Identities.read(identifiers.get(0), Optional.ofNullable(country), referenceDate);
      } catch (Identities.Unreadable e) {
        throw new ReadException(ReadProblem.of(ReadProblemCode.IDENTIFIER, identifierPath, -1, -1,
            SafeText.echo(e.getMessage())), null);
      }
      if (identity.swedishVat()) {
        findings.add(0, ReadFinding.of(ReadFindingCode.SWEDISH_VAT_NUMBER, identifierPath, identity.identity().toString()));
      }
      PostalAddress address = street == null && postalZone == null && city == null && country == null
          ? null : PostalAddress.of(street, postalZone, city, country);
      return new EspdResponse(documentId, version, issueDate, contractFolderId, identity.identity(), name, address,
          declaration(version), findings);
    }

    private ReadException missing(String path, String what) {
      return new ReadException(ReadProblem.of(ReadProblemCode.MISSING, path, -1, -1, what), null);
    }

    private EspdVersion version(String root) throws ReadException {
      Optional<EspdVersion> version = Optional.empty();
      String path = root;
      String shown = "";
      if (profileExecutionId != null) {
        version = EspdVersion.fromProfileExecutionId(profileExecutionId);
        path = profilePath;
        shown = profileExecutionId;
      }
      if (version.isEmpty() && versionId != null) {
        version = EspdVersion.parse(versionId);
        shown = shown.isEmpty() ? versionId : shown + ", " + versionId;
      }
      if (version.isEmpty() || !version.get().isSupported()) {
        throw new ReadException(ReadProblem.of(ReadProblemCode.UNKNOWN_EDM_VERSION, path, -1, -1,
            "expected 2.1.x, 3.x or 4.x" + (shown.isEmpty() ? "" : ", found " + SafeText.echo(shown))), null);
      }
      return version.get();
    }

    private SelfDeclaredShare declaration(EspdVersion version) {
      if (criterionPath == null) {
        findings.add(ReadFinding.of(ReadFindingCode.NO_CRITERION, "/" + ROOT, TYPE_CODE_V2 + " / " + TYPE_CODE_V4));
        return null;
      }
      if (!answered || answers.isEmpty()) {
        findings.add(ReadFinding.of(ReadFindingCode.NOT_ANSWERED, criterionPath, ""));
        return null;
      }
      SelfDeclaredShareBuilder builder = SelfDeclaredShare.builder()
          .document(DeclarationDocument.ESPD_RESPONSE)
          .documentId(documentId)
          .standardVersion("ESPD-EDM " + version);
      Answer indicator = answers.get(Role.INDICATOR);
      Boolean yes = null;
      if (indicator != null) {
        if ("true".equalsIgnoreCase(indicator.text()) || "false".equalsIgnoreCase(indicator.text())) {
          yes = Boolean.valueOf(indicator.text().toLowerCase(Locale.ROOT));
          builder.indicator(yes);
        } else {
          findings.add(ReadFinding.of(ReadFindingCode.NOT_ANSWERED, indicator.path(), SafeText.echo(indicator.text())));
        }
      }
      Answer percentage = answers.get(Role.PERCENTAGE);
      if (percentage == null || percentage.text().isEmpty()) {
        if (Boolean.TRUE.equals(yes)) {
          findings.add(ReadFinding.of(ReadFindingCode.PERCENTAGE_MISSING, criterionPath, ""));
        }
      } else {
        percentage(builder, percentage, version, yes);
      }
      Answer description = answers.get(Role.DESCRIPTION);
      if (description != null && !description.text().isBlank()) {
        builder.categories(description.text());
      }
      return builder.build();
    }

    private void percentage(SelfDeclaredShareBuilder builder, Answer answer, EspdVersion version, Boolean yes) {
      String text = answer.text();
      String shown = SafeText.echo(text);
      builder.declaredValue(shown);
      if (Boolean.FALSE.equals(yes)) {
        findings.add(ReadFinding.of(ReadFindingCode.PERCENTAGE_WITH_NO, answer.path(), shown));
      }
      boolean quantity = answer.element().equals("ResponseQuantity");
      if (quantity != version.usesResponseQuantity()) {
        findings.add(ReadFinding.of(ReadFindingCode.PERCENTAGE_ELEMENT, answer.path(), "ESPD-EDM " + version));
      }
      if (!"PERCENTAGE".equalsIgnoreCase(answer.unit())) {
        findings.add(ReadFinding.of(ReadFindingCode.PERCENTAGE_UNIT, answer.path(),
            (quantity ? "unitCode=" : "format=") + (answer.unit() == null ? "-" : SafeText.echo(answer.unit()))));
        return;
      }
      DeclaredPercentage.Reading reading = DeclaredPercentage.read(text);
      if (reading.share() != null) {
        builder.declaredShare(reading.share());
      } else {
        findings.add(ReadFinding.of(reading.finding(), answer.path(), shown));
      }
    }
  }

  /** Sets a reader's limits and clock. */
  public static final class Builder {
    private long maxBytes = DEFAULT_MAX_BYTES;
    private int maxDepth = DEFAULT_MAX_DEPTH;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private Clock clock = Clock.system(ZoneOffset.UTC);

    private Builder() {}

    /**
     * Sets the most bytes read.
     *
     * @param maxBytes at least 1
     * @return this builder
     */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Sets the deepest element nesting.
     *
     * @param maxDepth at least 1
     * @return this builder
     */
    public Builder maxDepth(int maxDepth) {
      this.maxDepth = maxDepth;
      return this;
    }

    /**
     * Sets the longest text kept from an element.
     *
     * @param maxTextLength at least 1
     * @return this builder
     */
    public Builder maxTextLength(int maxTextLength) {
      this.maxTextLength = maxTextLength;
      return this;
    }

    /**
     * Sets the clock whose date resolves a personnummer's century when the document has no issue
     * date.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     * @throws IllegalArgumentException if a limit is not positive
     */
    public EspdReader build() {
      return new EspdReader(new Limits(maxBytes, maxDepth, maxTextLength), clock);
    }
  }
}
