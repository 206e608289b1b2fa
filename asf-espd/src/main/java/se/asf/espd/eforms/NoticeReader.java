package se.asf.espd.eforms;

import static javax.xml.stream.XMLStreamConstants.END_DOCUMENT;
import static javax.xml.stream.XMLStreamConstants.END_ELEMENT;
import static javax.xml.stream.XMLStreamConstants.START_ELEMENT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.asf.core.DatePeriod;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.text.SafeText;
import se.asf.espd.ReadException;
import se.asf.espd.ReadFinding;
import se.asf.espd.ReadFindingCode;
import se.asf.espd.ReadProblem;
import se.asf.espd.ReadProblemCode;
import se.asf.espd.xml.Limits;
import se.asf.espd.xml.XmlCursor;

/**
 * Reads the reserved lots of an eForms contract notice ({@code ContractNotice}, UBL 2.3 with the
 * eForms extensions) into {@link ReservedLot} skeletons, with the same hardened, streaming parser as
 * the ESPD reader.
 *
 * <pre>{@code
 * ContractNotice notice = NoticeReader.standard().read(Path.of("notice.xml"));
 * ReservedProcurement procurement = notice.getReservedLot("LOT-0001").orElseThrow()
 *     .toProcurementBuilder()
 *     .contractPeriod(DatePeriod.of(start, end))   // when the notice has none
 *     .build();
 * }</pre>
 *
 * <p>A lot is reserved when BT-71 ({@code cbc:TendererRequirementTypeCode listName="reserved-procurement"})
 * is {@code res-ws} or BT-736 ({@code cbc:ExecutionRequirementCode listName="reserved-execution"}) is
 * {@code yes}. BT-71 {@code res-pub-ser} (Directive art. 77) is not a LOU 4 kap. 18 § reservation and
 * is not read as one. A reader is immutable and thread-safe.
 */
public final class NoticeReader {
  /** The namespace of a UBL {@code ContractNotice}. */
  public static final String NOTICE_NAMESPACE = "urn:oasis:names:specification:ubl:schema:xsd:ContractNotice-2";
  private static final String ROOT = "ContractNotice";
  private static final String ORGANISATION = "UBLExtensions/UBLExtension/ExtensionContent/EformsExtension/"
      + "Organizations/Organization";
  private static final NoticeReader STANDARD = new NoticeReader(new Limits(32L * 1024 * 1024, 64, 10_000));

  private final Limits limits;

  private NoticeReader(Limits limits) {
    this.limits = limits;
  }

  /**
   * Returns a reader with the default limits (32 MiB, 64 levels, 10 000 characters per kept text).
   *
   * @return the reader
   */
  public static NoticeReader standard() {
    return STANDARD;
  }

  /**
   * Reads a file.
   *
   * @param file the notice
   * @return the reserved lots
   * @throws ReadException when the notice is refused
   */
  public ContractNotice read(Path file) throws ReadException {
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
   * @param in the notice's bytes
   * @return the reserved lots
   * @throws ReadException when the notice is refused
   */
  public ContractNotice read(InputStream in) throws ReadException {
    Objects.requireNonNull(in, "in");
    try (XmlCursor cursor = XmlCursor.open(in, limits)) {
      return new Run(cursor).read();
    }
  }

  /** One lot as read. */
  private static final class Lot {
    String path;
    String id;
    String title;
    String reservedParticipation;
    String reservedExecution;
    LocalDate deadline;
    LocalDate start;
    LocalDate end;
  }

  /** One organisation of the notice's extension. */
  private static final class Organisation {
    String id;
    String name;
    String companyId;
  }

  private static final class Run {
    private final XmlCursor c;
    private final List<ReadFinding> findings = new ArrayList<>();
    private final List<Lot> lots = new ArrayList<>();
    private final Map<String, Organisation> organisations = new HashMap<>();
    private Organisation organisation;
    private Lot lot;
    private String noticeId;
    private String contractFolderId;
    private String noticeTitle;
    private String buyerReference;

    Run(XmlCursor cursor) {
      this.c = cursor;
    }

    ContractNotice read() throws ReadException {
      if (c.next() != START_ELEMENT) {
        throw c.problem(ReadProblemCode.NOT_WELL_FORMED, "no root element");
      }
      if (!ROOT.equals(c.local(1))) {
        throw c.problem(ReadProblemCode.WRONG_ROOT, "expected " + ROOT + ", found " + SafeText.echo(c.local(1)));
      }
      if (!NOTICE_NAMESPACE.equals(c.namespace(1))) {
        throw c.problem(ReadProblemCode.WRONG_NAMESPACE, "expected " + NOTICE_NAMESPACE);
      }
      while (true) {
        int event = c.next();
        if (event == END_DOCUMENT || (event == END_ELEMENT && c.depth() == 0)) {
          break;
        }
        if (event == START_ELEMENT) {
          element(localPath());
        }
      }
      return result();
    }

    private String localPath() {
      StringBuilder path = new StringBuilder(96);
      for (int level = 2; level <= c.depth(); level++) {
        path.append(level == 2 ? "" : "/").append(c.local(level));
      }
      return path.toString();
    }

    private void element(String path) throws ReadException {
      switch (path) {
        case "ID" -> noticeId = c.text();
        case "ContractFolderID" -> contractFolderId = c.text();
        case "ProcurementProject/Name" -> noticeTitle = c.text();
        case "ContractingParty/Party/PartyIdentification/ID" -> {
          String id = c.text();
          buyerReference = buyerReference == null ? id : buyerReference;
        }
        case ORGANISATION -> organisation = new Organisation();
        case ORGANISATION + "/Company/PartyIdentification/ID" -> {
          organisation.id = c.text();
          organisations.putIfAbsent(organisation.id, organisation);
        }
        case ORGANISATION + "/Company/PartyName/Name" -> organisation.name = first(organisation.name);
        case ORGANISATION + "/Company/PartyLegalEntity/CompanyID" -> organisation.companyId = first(organisation.companyId);
        case "ProcurementProjectLot" -> {
          lot = new Lot();
          lot.path = c.path();
          lots.add(lot);
        }
        case "ProcurementProjectLot/ID" -> {
          boolean isLot = "Lot".equals(c.attribute("schemeName"));
          String id = c.text();
          lot.id = isLot ? id : null;
        }
        case "ProcurementProjectLot/ProcurementProject/Name" -> lot.title = first(lot.title);
        case "ProcurementProjectLot/ProcurementProject/PlannedPeriod/StartDate" -> lot.start = date();
        case "ProcurementProjectLot/ProcurementProject/PlannedPeriod/EndDate" -> lot.end = date();
        case "ProcurementProjectLot/TenderingProcess/TenderSubmissionDeadlinePeriod/EndDate" -> lot.deadline = date();
        case "ProcurementProjectLot/TenderingTerms/TendererQualificationRequest/SpecificTendererRequirement/"
            + "TendererRequirementTypeCode" -> {
          boolean reserved = "reserved-procurement".equals(c.attribute("listName"));
          String code = c.text();
          if (reserved) {
            lot.reservedParticipation = code;
          }
        }
        case "ProcurementProjectLot/TenderingTerms/ContractExecutionRequirement/ExecutionRequirementCode" -> {
          boolean reserved = "reserved-execution".equals(c.attribute("listName"));
          String code = c.text();
          if (reserved) {
            lot.reservedExecution = code;
          }
        }
        default -> {
          // Every other element is walked through: the paths above are matched at any depth.
        }
      }
    }

    private String first(String current) throws ReadException {
      String text = c.text();
      return current == null ? text : current;
    }

    private LocalDate date() throws ReadException {
      String path = c.path();
      String text = c.text();
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeException e) {
        throw new ReadException(ReadProblem.of(ReadProblemCode.MALFORMED_VALUE, path, -1, -1,
            "a date YYYY-MM-DD, found " + SafeText.echo(text)), e);
      }
    }

    private ContractNotice result() {
      ContractingAuthority buyer = buyer();
      List<ReservedLot> reserved = new ArrayList<>();
      List<String> lotIds = new ArrayList<>();
      for (Lot l : lots) {
        if (l.id == null) {
          continue; // a group of lots
        }
        lotIds.add(l.id);
        boolean participation = "res-ws".equals(l.reservedParticipation);
        boolean execution = "yes".equals(l.reservedExecution);
        if (!participation && !execution) {
          continue;
        }
        if (!participation) {
          findings.add(ReadFinding.of(ReadFindingCode.RESERVED_EXECUTION_ONLY, l.path,
              l.reservedParticipation == null ? "" : " (BT-71 " + SafeText.echo(l.reservedParticipation) + ")"));
        }
        List<ReservedLot.ToComplete> toComplete = new ArrayList<>(List.of(ReservedLot.ToComplete.SHARE_THRESHOLD,
            ReservedLot.ToComplete.COUNTING_BASIS, ReservedLot.ToComplete.GEOGRAPHIC_REQUIREMENT,
            ReservedLot.ToComplete.ADDITIONAL_REQUIREMENTS, ReservedLot.ToComplete.VOLUMES_GUARANTEED));
        DatePeriod period = null;
        if (l.start != null && l.end != null && !l.end.isBefore(l.start)) {
          period = DatePeriod.of(l.start, l.end);
        } else {
          toComplete.add(ReservedLot.ToComplete.CONTRACT_PERIOD);
        }
        if (l.deadline == null) {
          toComplete.add(ReservedLot.ToComplete.TENDER_DEADLINE);
        }
        if (buyer == null) {
          toComplete.add(ReservedLot.ToComplete.BUYER);
        }
        String title = l.title != null ? l.title : noticeTitle;
        if (title == null || title.isBlank()) {
          title = null;
          toComplete.add(ReservedLot.ToComplete.TITLE);
        }
        reserved.add(new ReservedLot(l.id, noticeId, contractFolderId, title, buyer, l.deadline, period,
            participation ? LegalBasis.LOU_4_18_RESERVED_PARTICIPATION : LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME,
            l.reservedParticipation, execution, toComplete));
      }
      return new ContractNotice(noticeId, lotIds, reserved, findings);
    }

    private ContractingAuthority buyer() {
      Organisation o = buyerReference == null ? null : organisations.get(buyerReference);
      if (o == null || o.name == null || o.name.isBlank()) {
        findings.add(ReadFinding.of(ReadFindingCode.NO_BUYER, "/" + ROOT + "/cac:ContractingParty",
            buyerReference == null ? "" : SafeText.echo(buyerReference)));
        return null;
      }
      if (o.companyId != null && Organisationsnummer.isValid(o.companyId.replace(" ", ""))) {
        return ContractingAuthority.of(o.name, Organisationsnummer.parse(o.companyId.replace(" ", "")));
      }
      return ContractingAuthority.of(o.name);
    }
  }
}
