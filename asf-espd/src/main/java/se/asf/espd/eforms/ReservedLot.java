package se.asf.espd.eforms;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.asf.core.DatePeriod;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.ReservedProcurementBuilder;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;

/**
 * A reserved lot of an eForms contract notice: the skeleton of a {@link ReservedProcurement}, with
 * what the notice carries and a list of what it cannot.
 *
 * <p>A notice carries the lot ID (BT-137) and title (BT-21), the buyer (OPT-300 and its
 * organisation's BT-500 name and BT-501 number), the tender deadline (BT-131), the contract period
 * where given (BT-536, BT-537), and the reservation: BT-71 {@code res-ws} (reserved participation,
 * LOU 4 kap. 18 § första stycket 1) or BT-736 {@code yes} (reserved execution in a sheltered
 * employment programme, första stycket 2). It cannot carry the share threshold, which comes from
 * the law (30 %, or more if the procurement documents say so), nor a radius or any other
 * requirement of the procurement documents: {@link #getToComplete()} lists them.
 */
public final class ReservedLot {
  /** What a user must still complete, because a notice cannot carry it or this one did not. */
  public enum ToComplete {
    /** The share threshold: 30 % by law (filled in), more if the procurement documents say so. */
    SHARE_THRESHOLD,
    /** A geographic requirement (centres and radius), when the procurement documents have one. */
    GEOGRAPHIC_REQUIREMENT,
    /** Further qualification requirements of the procurement documents (purpose, reinvestment). */
    ADDITIONAL_REQUIREMENTS,
    /** Whether volumes are guaranteed to a supplier, which the procurement documents state. */
    VOLUMES_GUARANTEED,
    /** The counting basis (heads or full-time equivalents) and the forms and groups that count. */
    COUNTING_BASIS,
    /** The contract period: the notice gives none for the lot. */
    CONTRACT_PERIOD,
    /** The tender deadline: the notice gives none for the lot. */
    TENDER_DEADLINE,
    /** The buyer: the notice names none. */
    BUYER,
    /** The title: neither the lot nor the notice has one. */
    TITLE
  }

  private final String lotId;
  private final String noticeId;
  private final String contractFolderId;
  private final String title;
  private final ContractingAuthority buyer;
  private final LocalDate tenderDeadline;
  private final DatePeriod contractPeriod;
  private final LegalBasis legalBasis;
  private final String reservedParticipationCode;
  private final boolean reservedExecution;
  private final List<ToComplete> toComplete;

  ReservedLot(String lotId, String noticeId, String contractFolderId, String title, ContractingAuthority buyer,
      LocalDate tenderDeadline, DatePeriod contractPeriod, LegalBasis legalBasis, String reservedParticipationCode,
      boolean reservedExecution, List<ToComplete> toComplete) {
    this.lotId = Objects.requireNonNull(lotId);
    this.noticeId = noticeId;
    this.contractFolderId = contractFolderId;
    this.title = title;
    this.buyer = buyer;
    this.tenderDeadline = tenderDeadline;
    this.contractPeriod = contractPeriod;
    this.legalBasis = Objects.requireNonNull(legalBasis);
    this.reservedParticipationCode = reservedParticipationCode;
    this.reservedExecution = reservedExecution;
    this.toComplete = List.copyOf(toComplete);
  }

  /**
   * Returns the lot's ID (BT-137).
   *
   * @return for example {@code LOT-0001}
   */
  public String getLotId() {
    return lotId;
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
   * Returns the procedure's reference (BT-04, {@code cbc:ContractFolderID}).
   *
   * @return the reference, or empty
   */
  public Optional<String> getContractFolderId() {
    return Optional.ofNullable(contractFolderId);
  }

  /**
   * Returns the lot's title (BT-21), or the notice's when the lot has none.
   *
   * @return the title, or empty
   */
  public Optional<String> getTitle() {
    return Optional.ofNullable(title);
  }

  /**
   * Returns the buyer.
   *
   * @return the buyer, with its organisation number when the notice gives a valid Swedish one
   */
  public Optional<ContractingAuthority> getBuyer() {
    return Optional.ofNullable(buyer);
  }

  /**
   * Returns the tender deadline (BT-131, date part).
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> getTenderDeadline() {
    return Optional.ofNullable(tenderDeadline);
  }

  /**
   * Returns the contract period (BT-536 to BT-537).
   *
   * @return the period, or empty when the notice gives no start and end
   */
  public Optional<DatePeriod> getContractPeriod() {
    return Optional.ofNullable(contractPeriod);
  }

  /**
   * Returns the legal basis of the reservation.
   *
   * @return {@link LegalBasis#LOU_4_18_RESERVED_PARTICIPATION} for BT-71 {@code res-ws},
   *     {@link LegalBasis#LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME} for BT-736 {@code yes} alone
   */
  public LegalBasis getLegalBasis() {
    return legalBasis;
  }

  /**
   * Returns the BT-71 code as written.
   *
   * @return for example {@code res-ws}, or empty when the lot has no BT-71
   */
  public Optional<String> getReservedParticipationCode() {
    return Optional.ofNullable(reservedParticipationCode);
  }

  /**
   * Tells whether BT-736 is {@code yes}.
   *
   * @return {@code true} for reserved execution
   */
  public boolean isReservedExecution() {
    return reservedExecution;
  }

  /**
   * Returns what the user must still complete.
   *
   * @return always {@link ToComplete#SHARE_THRESHOLD}, {@link ToComplete#COUNTING_BASIS},
   *     {@link ToComplete#GEOGRAPHIC_REQUIREMENT}, {@link ToComplete#ADDITIONAL_REQUIREMENTS} and
   *     {@link ToComplete#VOLUMES_GUARANTEED}, and whatever this notice did not give
   */
  public List<ToComplete> getToComplete() {
    return toComplete;
  }

  /**
   * Returns a procurement builder holding what the notice gives: the reference (the procedure's
   * reference and the lot ID), the title, the buyer, the legal basis, the statutory share
   * requirement (30 % by heads, from the law), the tender deadline and the contract period. The user
   * completes the rest ({@link #getToComplete()}) before {@code build()}.
   *
   * @return a builder
   */
  public ReservedProcurementBuilder toProcurementBuilder() {
    ReservedProcurementBuilder builder = ReservedProcurement.builder()
        .reference(contractFolderId == null ? lotId : contractFolderId + " " + lotId)
        .legalBasis(legalBasis)
        .shareRequirement(ShareRequirement.statutory());
    getTitle().ifPresent(builder::title);
    getBuyer().ifPresent(builder::addContractingAuthority);
    getTenderDeadline().ifPresent(builder::tenderDeadline);
    getContractPeriod().ifPresent(builder::contractPeriod);
    return builder;
  }

  @Override
  public String toString() {
    return "ReservedLot[" + lotId + ", " + legalBasis + ", to complete " + toComplete + "]";
  }
}
