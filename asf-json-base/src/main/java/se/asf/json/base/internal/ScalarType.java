package se.asf.json.base.internal;

/** The scalar values of the wire format, each read and written by hand in each Jackson adapter. */
public enum ScalarType {
  /** Any well-formed text. */
  TEXT,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A JSON integer that fits an {@code int}. */
  INT,
  /** An exact decimal, within the number limit. */
  DECIMAL,
  /** A year, as a JSON integer. */
  YEAR,
  /** An ISO-8601 date. */
  DATE,
  /** An ISO-8601 period. */
  PERIOD,
  /** A share, as a fraction. */
  SHARE,
  /** A position in either reference system. */
  POSITION,
  /** An organisation number. */
  ORGANISATIONSNUMMER,
  /** A personnummer, masked on output unless the settings say otherwise. */
  PERSONNUMMER,
  /** A foreign identifier, {@code COUNTRY:SCHEME:VALUE}. */
  FOREIGN_IDENTIFIER
}
