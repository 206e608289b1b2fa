package se.asf.core.identity;

/**
 * Why a text is not a valid identity number: a stable code for programs.
 *
 * <p>Each reason is specific; none is collapsed into a generic "invalid". The enclosing
 * {@link IdentityViolation} adds what was expected and where.
 */
public enum IdentityProblem {
  /** The text is empty. */
  EMPTY,
  /** The text has the wrong number of digits for any accepted form. */
  LENGTH,
  /** The text holds a character that is neither a digit nor an accepted separator. */
  CHARACTER,
  /** A separator stands in the wrong place, or is not allowed for this form. */
  SEPARATOR,
  /** A 12-digit organisation number does not start with the century prefix {@code 16}. */
  CENTURY_PREFIX,
  /** Digits 3–4 are below 20, so the number is a personnummer, not an organisation number. */
  NOT_AN_ORGANISATION_NUMBER,
  /** The first digit names no organisation group (0 and 4 are unused). */
  GROUP,
  /** The Luhn check digit does not match the first nine digits. */
  CHECK_DIGIT,
  /** The date part is not a calendar date (for a samordningsnummer, after subtracting 60 from the day). */
  DATE,
  /** The birth date lies after the reference date. */
  FUTURE_DATE,
  /** A 12-digit form was written with the {@code +} separator, which only the 10-digit form has. */
  CENTURY_SEPARATOR,
  /**
   * A foreign identifier's country is not an ISO 3166-1 alpha-2 code, or is {@code SE}: a Swedish
   * supplier is identified by an organisationsnummer or personnummer instead.
   */
  COUNTRY,
  /** A foreign VAT number starts with another country's VAT prefix. */
  VAT_PREFIX
}
