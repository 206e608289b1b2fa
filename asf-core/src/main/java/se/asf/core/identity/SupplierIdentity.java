package se.asf.core.identity;

/**
 * How a supplier is identified: by an {@link Organisationsnummer}, or, for a sole trader (enskild
 * firma), by the owner's {@link Personnummer}.
 *
 * <p>The bidding legal entity as a whole is what qualifies for a reserved contract (HFD 2021:48),
 * so a supplier has exactly one identity. {@link #toString()} never reveals a personnummer in full.
 */
public sealed interface SupplierIdentity permits Organisationsnummer, Personnummer {

  /**
   * Returns the canonical text form, masked where the identity is personal data.
   *
   * @return {@code 556016-0680} for an organisation number, {@code 19121212-****} for a personnummer
   */
  @Override
  String toString();
}
