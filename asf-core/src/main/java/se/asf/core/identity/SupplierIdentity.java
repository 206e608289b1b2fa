package se.asf.core.identity;

/**
 * How a supplier is identified: by an {@link Organisationsnummer}, or, for a sole trader (enskild
 * firma), by the owner's {@link Personnummer}; a supplier from another country by a
 * {@link ForeignIdentifier} (LOU 4 kap. 18 § is EU law, so any EEA supplier may bid).
 *
 * <p>The bidding legal entity as a whole is what qualifies for a reserved contract (HFD 2021:48),
 * so a supplier has exactly one identity. {@link #toString()} never reveals a personnummer in full.
 */
public sealed interface SupplierIdentity permits Organisationsnummer, Personnummer, ForeignIdentifier {

  /**
   * Returns the canonical text form, masked where the identity is personal data.
   *
   * @return {@code 556016-0680} for an organisation number, {@code 19121212-****} for a personnummer,
   *     {@code FI:VAT:FI01120389} for a foreign identifier
   */
  @Override
  String toString();
}
