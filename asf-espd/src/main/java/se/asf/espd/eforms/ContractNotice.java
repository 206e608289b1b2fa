package se.asf.espd.eforms;

import java.util.List;
import java.util.Optional;
import se.asf.espd.ReadFinding;

/**
 * What {@link NoticeReader} read from an eForms contract notice: its reserved lots, as
 * {@link ReservedLot} skeletons, and its oddities.
 */
public final class ContractNotice {
  private final String noticeId;
  private final List<String> lotIds;
  private final List<ReservedLot> reservedLots;
  private final List<ReadFinding> findings;

  ContractNotice(String noticeId, List<String> lotIds, List<ReservedLot> reservedLots, List<ReadFinding> findings) {
    this.noticeId = noticeId;
    this.lotIds = List.copyOf(lotIds);
    this.reservedLots = List.copyOf(reservedLots);
    this.findings = List.copyOf(findings);
  }

  /**
   * Returns the notice's ID (BT-701).
   *
   * @return the ID, or empty
   */
  public Optional<String> getNoticeId() {
    return Optional.ofNullable(noticeId);
  }

  /**
   * Returns the ID (BT-137) of every lot of the notice, reserved or not, in notice order; groups of
   * lots ({@code schemeName="LotsGroup"}) are not lots. A caller that finds no reserved lot by an ID
   * can say whether the lot is missing or not reserved.
   *
   * @return the lot IDs, possibly none
   */
  public List<String> getLotIds() {
    return lotIds;
  }

  /**
   * Returns the lots with BT-71 {@code res-ws} or BT-736 {@code yes}, in notice order.
   *
   * @return the reserved lots, possibly none
   */
  public List<ReservedLot> getReservedLots() {
    return reservedLots;
  }

  /**
   * Returns one reserved lot by its ID.
   *
   * @param lotId for example {@code LOT-0001}
   * @return the lot, or empty when no reserved lot has that ID
   */
  public Optional<ReservedLot> getReservedLot(String lotId) {
    return reservedLots.stream().filter(lot -> lot.getLotId().equals(lotId)).findFirst();
  }

  /**
   * Returns what was odd in the notice.
   *
   * @return the findings, possibly none
   */
  public List<ReadFinding> getFindings() {
    return findings;
  }
}
