package se.asf.rules.evidence;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.OrganisationGroup;
import se.asf.rules.Finding;
import se.asf.rules.Findings;
import se.asf.rules.Outcome;

/**
 * Judgements of evidence that several rules share under different ids and sources: the integration
 * purpose (Tillväxtverket's criterion and LOU 4 kap. 18 §'s main aim) and public control
 * (Tillväxtverket's independence and LOU 19 kap. 6 a §'s controlling influence). Not API.
 */
public final class Judgements {
  private static final BigDecimal HALF = new BigDecimal("0.5");

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
    Map<String, String> figures = Findings.figures();
    if (evidence.isEmpty()) {
      return Findings.of(ruleId, Outcome.UNDETERMINED, "NO_EVIDENCE", source, figures);
    }
    PurposeEvidence purpose = evidence.get();
    figures.put("source", purpose.getSource().name());
    figures.put("document", purpose.getDocument().map(d -> d.getTitle()).orElse("-"));
    if (!purpose.isIntegrationOverarching()) {
      return Findings.of(ruleId, Outcome.NOT_MET, "NOT_OVERARCHING", source, figures);
    }
    if (purpose.getSource() == EvidenceSource.SELF_DECLARATION) {
      return Findings.of(ruleId, Outcome.UNDETERMINED, "SELF_DECLARATION_ONLY", source, figures);
    }
    return Findings.of(ruleId, Outcome.MET, "STATED", source, figures);
  }

  /**
   * Judges whether public bodies control the enterprise. NOT_MET when the identity is a group-2
   * (public sector) organisation number, when public bodies hold more than half of the votes, or
   * when they appoint a majority of the board; UNDETERMINED when ownership is unknown, or when public
   * bodies hold a minority share and the board is unknown; otherwise MET.
   *
   * @param ruleId the rule id of the finding
   * @param source the source it cites
   * @param enterprise the enterprise
   * @return the finding
   */
  public static Finding publicControl(String ruleId, String source, Enterprise enterprise) {
    Map<String, String> figures = Findings.figures();
    if (enterprise.getIdentity() instanceof Organisationsnummer) {
      OrganisationGroup group = ((Organisationsnummer) enterprise.getIdentity()).getGroup();
      if (group.isPublicSector()) {
        figures.put("identity", enterprise.getIdentity().toString());
        figures.put("group", Integer.toString(group.getDigit()));
        return Findings.of(ruleId, Outcome.NOT_MET, "PUBLIC_SECTOR_IDENTITY", source, figures);
      }
    }
    if (enterprise.getOwnership().isEmpty()) {
      return Findings.of(ruleId, Outcome.UNDETERMINED, "NO_EVIDENCE", source, figures);
    }
    Ownership ownership = enterprise.getOwnership().get();
    BigDecimal publicShare = ownership.getPublicShare();
    figures.put("publicShare", percent(publicShare));
    Optional<Board> board = ownership.getBoard();
    figures.put("publicSeats", board.map(b -> b.getSeatsAppointedByPublicBodies() + "/" + b.getSeats()).orElse("-"));
    if (publicShare.compareTo(HALF) > 0) {
      return Findings.of(ruleId, Outcome.NOT_MET, "PUBLIC_MAJORITY", source, figures);
    }
    if (board.isPresent() && board.get().isPubliclyControlled()) {
      return Findings.of(ruleId, Outcome.NOT_MET, "PUBLIC_BOARD_CONTROL", source, figures);
    }
    if (board.isEmpty() && publicShare.signum() > 0) {
      return Findings.of(ruleId, Outcome.UNDETERMINED, "BOARD_UNKNOWN", source, figures);
    }
    return Findings.of(ruleId, Outcome.MET, "INDEPENDENT", source, figures);
  }

  /**
   * Renders an exact fraction as a percentage with no rounding: {@code 0.3} as {@code 30 %}.
   *
   * @param fraction the fraction
   * @return the percentage
   */
  public static String percent(BigDecimal fraction) {
    BigDecimal percent = fraction.movePointRight(2).stripTrailingZeros();
    return (percent.scale() < 0 ? percent.setScale(0) : percent).toPlainString() + " %";
  }
}
