package se.asf.core.identity;

/**
 * What kind of number a {@link ForeignIdentifier} is: a VAT registration number or a national
 * business-register number.
 *
 * <p>An ESPD response usually carries the VAT number; a national register number (Finnish
 * Y-tunnus, Danish CVR-nummer, Norwegian organisasjonsnummer) is what the supplier's registration
 * certificate shows. Both identify the same legal person; this library keeps the one it was given
 * and never converts one into the other.
 */
public enum ForeignIdentifierScheme {
  /** A VAT registration number, written with its two-letter VAT prefix ({@code EL} for Greece). */
  VAT,
  /** A national business-register number, as the country's register writes it. */
  NATIONAL_REGISTER
}
