package se.asf.core;

/**
 * The structural invariants that asf-core value types enforce when they are built.
 *
 * <p>Each constant is a stable code for programs; {@link InvariantViolationException} carries it
 * together with a message in Swedish and English. These are invariants of the data itself (a
 * latitude above 90°, more full-time equivalents than heads), not the business rules of an
 * assessment, which live in the asf-rules module.
 */
public enum Invariant {
  /** A coordinate is NaN or infinite. */
  COORDINATE_NOT_FINITE,
  /** A WGS 84 latitude is outside [-90°, 90°]. */
  LATITUDE_OUT_OF_RANGE,
  /** A WGS 84 longitude is outside [-180°, 180°]. */
  LONGITUDE_OUT_OF_RANGE,
  /** A SWEREF 99 TM northing is outside the projection's area of use. */
  NORTHING_OUT_OF_RANGE,
  /** A SWEREF 99 TM easting is outside the projection's area of use. */
  EASTING_OUT_OF_RANGE,
  /** A text attribute that must say something is empty or blank. */
  BLANK_TEXT,
  /** A count is negative. */
  NEGATIVE_COUNT,
  /** An exact decimal amount is negative. */
  NEGATIVE_AMOUNT,
  /** Full-time equivalents exceed the heads they are counted over. */
  FTE_EXCEEDS_HEADS,
  /** A share (a fraction) is outside [0, 1]. */
  SHARE_OUT_OF_RANGE,
  /** Owners' shares add up to more than the whole. */
  SHARES_EXCEED_WHOLE,
  /** More board seats are attributed than the board has. */
  BOARD_SEATS_EXCEED_BOARD,
  /** A board has no seats. */
  BOARD_WITHOUT_SEATS,
  /** A period ends before it starts. */
  PERIOD_ENDS_BEFORE_START,
  /** Two workforce lines have the same engagement form and target group. */
  DUPLICATE_WORKFORCE_LINE,
  /** Two entries that must be unique (fiscal years, centre names, site names) repeat. */
  DUPLICATE_ENTRY,
  /** The legal form does not fit the supplier's identity (organisation-number group or personnummer). */
  LEGAL_FORM_IDENTITY_MISMATCH,
  /** A lowest pay exceeds the highest pay. */
  PAY_RANGE_INVERTED,
  /** A radius is zero or negative. */
  RADIUS_NOT_POSITIVE,
  /** A geographic requirement names no centre. */
  NO_CENTRES,
  /** A reserved procurement's share threshold is below the statutory minimum of 30 %. */
  THRESHOLD_BELOW_STATUTORY_MINIMUM,
  /** A share requirement is given where the legal basis has none, or missing where it needs one. */
  SHARE_REQUIREMENT_MISMATCH,
  /** A share requirement's target groups are empty or include {@code NONE}. */
  TARGET_GROUPS_INVALID,
  /** A set of counted engagement forms is empty. */
  NO_COUNTED_FORMS,
  /** The tender deadline is not before the contract period starts. */
  DEADLINE_NOT_BEFORE_CONTRACT,
  /** A number that must be positive is zero or negative. */
  NOT_POSITIVE,
  /** A self-declared share is given without the value it was read from. */
  SHARE_WITHOUT_VALUE;

  /** The key of this invariant's message in the {@code se.asf.core.Messages} bundles. */
  String messageKey() {
    return "invariant." + name();
  }
}
