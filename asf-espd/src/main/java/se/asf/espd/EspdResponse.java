package se.asf.espd;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;

/**
 * A bidder as its ESPD response states it: the document's ID and ESPD-EDM version, the economic
 * operator's identity, name and address, the answers to the sheltered-workshop criterion as a
 * {@link SelfDeclaredShare}, and every {@link ReadFinding} about values that were odd or not read.
 *
 * <p>{@link #toEnterprise()} gives the asf-core {@link Enterprise} for the rules. An ESPD response
 * carries neither a legal form nor sites, so the enterprise has {@link LegalForm#OTHER} (a sole
 * trader identified by a personnummer: {@link LegalForm#ENSKILD_FIRMA}) and no sites; the other
 * evidence is empty, and the rules say UNDETERMINED where they need it.
 */
public final class EspdResponse {
  private final String documentId;
  private final EspdVersion version;
  private final LocalDate issueDate;
  private final String contractFolderId;
  private final SupplierIdentity identity;
  private final String name;
  private final PostalAddress address;
  private final SelfDeclaredShare selfDeclaredShare;
  private final List<ReadFinding> findings;

  EspdResponse(String documentId, EspdVersion version, LocalDate issueDate, String contractFolderId,
      SupplierIdentity identity, String name, PostalAddress address, SelfDeclaredShare selfDeclaredShare,
      List<ReadFinding> findings) {
    this.documentId = Objects.requireNonNull(documentId);
    this.version = Objects.requireNonNull(version);
    this.issueDate = issueDate;
    this.contractFolderId = contractFolderId;
    this.identity = Objects.requireNonNull(identity);
    this.name = Objects.requireNonNull(name);
    this.address = address;
    this.selfDeclaredShare = selfDeclaredShare;
    this.findings = List.copyOf(findings);
  }

  /**
   * Returns the document's ID ({@code cbc:ID}).
   *
   * @return the ID
   */
  public String getDocumentId() {
    return documentId;
  }

  /**
   * Returns the ESPD-EDM version the document follows.
   *
   * @return the version
   */
  public EspdVersion getVersion() {
    return version;
  }

  /**
   * Returns the issue date ({@code cbc:IssueDate}).
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> getIssueDate() {
    return Optional.ofNullable(issueDate);
  }

  /**
   * Returns the procurement's reference ({@code cbc:ContractFolderID}).
   *
   * @return the reference, or empty
   */
  public Optional<String> getContractFolderId() {
    return Optional.ofNullable(contractFolderId);
  }

  /**
   * Returns the economic operator's identity.
   *
   * @return an organisation number, a personnummer or a foreign identifier
   */
  public SupplierIdentity getIdentity() {
    return identity;
  }

  /**
   * Returns the economic operator's name ({@code cac:PartyName/cbc:Name}).
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns the economic operator's postal address.
   *
   * @return the address, or empty
   */
  public Optional<PostalAddress> getAddress() {
    return Optional.ofNullable(address);
  }

  /**
   * Returns the economic operator's country.
   *
   * @return the ISO 3166-1 alpha-2 code from the address, or empty
   */
  public Optional<String> getCountry() {
    return getAddress().flatMap(PostalAddress::getCountry);
  }

  /**
   * Returns the answers to the sheltered-workshop criterion.
   *
   * @return the self-declaration, or empty when the document has no answered criterion
   */
  public Optional<SelfDeclaredShare> getSelfDeclaredShare() {
    return Optional.ofNullable(selfDeclaredShare);
  }

  /**
   * Returns what was odd in the document, in document order.
   *
   * @return the findings, possibly none
   */
  public List<ReadFinding> getFindings() {
    return findings;
  }

  /**
   * Returns the bidder as an enterprise for the rules: identity, name, legal form
   * {@link LegalForm#ENSKILD_FIRMA} for a personnummer and {@link LegalForm#OTHER} otherwise, and the
   * self-declared share.
   *
   * @return the enterprise
   */
  public Enterprise toEnterprise() {
    return Enterprise.builder()
        .name(name)
        .identity(identity)
        .legalForm(identity instanceof Personnummer ? LegalForm.ENSKILD_FIRMA : LegalForm.OTHER)
        .selfDeclaredShare(Optional.ofNullable(selfDeclaredShare))
        .build();
  }

  @Override
  public String toString() {
    return "EspdResponse[" + documentId + ", ESPD-EDM " + version + ", " + identity + ", " + findings.size()
        + " findings]";
  }
}
