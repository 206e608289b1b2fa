package se.asf.rules.evidence;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.OrganisationGroup;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.reasons.ControlReason;
import se.asf.rules.reasons.EntityReason;
import se.asf.rules.reasons.PurposeReason;

/**
 * Judgements of evidence that several rules share under different ids and sources: the integration
 * purpose (Tillväxtverket's criterion and LOU 4 kap. 18 §'s main aim), public control
 * (Tillväxtverket's independence and LOU 19 kap. 6 a §'s controlling influence) and the whole legal
 * entity (HFD 2021:48 and Tillväxtverket's definition). Not API.
 */
public final class Judgements {
  private static final BigDecimal HALF = new BigDecimal("0.5");
  /** The figure of each evidence source, the same for every enterprise. */
  private static final Map<EvidenceSource, Figure> SOURCES = new EnumMap<>(EvidenceSource.class);
  /** The figure of a purpose with no document. */
  private static final Figure NO_DOCUMENT = Figure.none("document");

  static {
    for (EvidenceSource source : EvidenceSource.values()) {
      SOURCES.put(source, Figure.code("source", source));
    }
  }

  private Judgements() {}

  /**
   * Judges whether integration is the stated overarching purpose: UNDETERMINED without evidence or
   * with a self-declaration only; NOT_MET when the evidence says it is not the overarching purpose.
   *
   * @param ruleId the rule id of the finding
   * @param source the source it cites
   * @param enterprise the enterprise
   * @return the finding
   */
  public static Finding integrationPurpose(String ruleId, String source, Enterprise enterprise) {
    Optional<PurposeEvidence> evidence = enterprise.getPurpose();
    if (evidence.isEmpty()) {
      return Finding.of(ruleId, PurposeReason.NO_EVIDENCE, source);
    }
    PurposeEvidence purpose = evidence.get();
    Figure kind = SOURCES.get(purpose.getSource());
    if (!purpose.isIntegrationOverarching()) {
      return Finding.of(ruleId, PurposeReason.NOT_OVERARCHING, source, kind, document(purpose));
    }
    if (purpose.getSource() == EvidenceSource.SELF_DECLARATION) {
      return Finding.of(ruleId, PurposeReason.SELF_DECLARATION_ONLY, source, document(purpose));
    }
    // The common case: the figures when read.
    return Finding.deferred(ruleId, PurposeReason.STATED, source, () -> List.of(kind, document(purpose)));
  }

  private static Figure document(PurposeEvidence purpose) {
    Optional<DocumentReference> given = purpose.getDocument();
    return given.isPresent() ? Figure.text("document", given.get().getTitle()) : NO_DOCUMENT;
  }

  /**
   * Judges whether public bodies control the enterprise. NOT_MET when the identity is a group-2
   * (public sector) organisation number, when public bodies hold more than half of the votes, or
   * when they appoint a majority of the board; UNDETERMINED when ownership is unknown, or when public
   * bodies hold a minority share and the board is unknown; otherwise MET, except for a supplier with
   * a {@link ForeignIdentifier}, whose number cannot show that it is not itself a public body:
   * UNDETERMINED ({@link ControlReason#FOREIGN_IDENTITY}).
   *
   * @param ruleId the rule id of the finding
   * @param source the source it cites
   * @param enterprise the enterprise
   * @return the finding
   */
  public static Finding publicControl(String ruleId, String source, Enterprise enterprise) {
    if (enterprise.getIdentity() instanceof Organisationsnummer) {
      OrganisationGroup group = ((Organisationsnummer) enterprise.getIdentity()).getGroup();
      if (group.isPublicSector()) {
        return Finding.of(ruleId, ControlReason.PUBLIC_SECTOR_IDENTITY, source,
            Figure.text("identity", enterprise.getIdentity().toString()), Figure.count("group", group.getDigit()));
      }
    }
    if (enterprise.getOwnership().isEmpty()) {
      return Finding.of(ruleId, ControlReason.NO_EVIDENCE, source);
    }
    Ownership ownership = enterprise.getOwnership().get();
    BigDecimal publicShare = ownership.getPublicShare();
    Figure share = Figure.percent("publicShare", Shares.percent(publicShare));
    Optional<Board> board = ownership.getBoard();
    Figure publicSeats = board.map(b -> Figure.count("publicSeats", b.getSeatsAppointedByPublicBodies()))
        .orElseGet(() -> Figure.none("publicSeats"));
    Figure boardSeats = board.map(b -> Figure.count("boardSeats", b.getSeats()))
        .orElseGet(() -> Figure.none("boardSeats"));
    if (publicShare.compareTo(HALF) > 0) {
      return Finding.of(ruleId, ControlReason.PUBLIC_MAJORITY, source, share, publicSeats, boardSeats);
    }
    if (board.isPresent() && board.get().isPubliclyControlled()) {
      return Finding.of(ruleId, ControlReason.PUBLIC_BOARD_CONTROL, source, share, publicSeats, boardSeats);
    }
    if (board.isEmpty() && publicShare.signum() > 0) {
      return Finding.of(ruleId, ControlReason.BOARD_UNKNOWN, source, share);
    }
    if (enterprise.getIdentity() instanceof ForeignIdentifier) {
      return Finding.of(ruleId, ControlReason.FOREIGN_IDENTITY, source,
          Figure.text("identity", enterprise.getIdentity().toString()), share);
    }
    return Finding.of(ruleId, ControlReason.INDEPENDENT, source, share, publicSeats, boardSeats);
  }

  /**
   * Judges whether the evidence describes the whole legal entity: NOT_MET when it describes only a
   * unit ({@link Enterprise#getUnit()}), since a unit cannot qualify on its own.
   *
   * @param ruleId the rule id of the finding
   * @param source the source it cites
   * @param enterprise the enterprise
   * @return the finding
   */
  public static Finding wholeEntity(String ruleId, String source, Enterprise enterprise) {
    if (enterprise.getUnit().isPresent()) {
      return Finding.of(ruleId, EntityReason.UNIT_ONLY, source, Figure.text("unit", enterprise.getUnit().get()),
          Figure.text("identity", enterprise.getIdentity().toString()));
    }
    // The common case: the identity's shown form when read.
    return Finding.deferred(ruleId, EntityReason.WHOLE_ENTITY, source,
        () -> List.of(Figure.text("identity", enterprise.getIdentity().toString())));
  }
}
