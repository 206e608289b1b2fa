package se.asf.espd;

/**
 * An oddity in a document that was read nevertheless: a stable code for programs. The enclosing
 * {@link ReadFinding} adds where and a message in Swedish or English.
 */
public enum ReadFindingCode {
  /**
   * The declared percentage lies in (0, 1]: it may be a fraction (0.7 for 70 %) or a percentage
   * (0.7 %). No share is read from it.
   */
  PERCENTAGE_AMBIGUOUS_SCALE,
  /** The declared percentage is below 0 or above 100. No share is read from it. */
  PERCENTAGE_OUT_OF_RANGE,
  /** The declared percentage is not a decimal number. No share is read from it. */
  PERCENTAGE_NOT_A_NUMBER,
  /**
   * The percentage carries no {@code PERCENTAGE} unit code or format, so it may not be a
   * percentage. No share is read from it.
   */
  PERCENTAGE_UNIT,
  /**
   * The percentage is in the element of another ESPD-EDM version ({@code cbc:ResponseQuantity} in
   * 3.x or 4.x, {@code cbc:ResponseNumeric} in 2.1.x). It is read.
   */
  PERCENTAGE_ELEMENT,
  /** The answer is yes, but no percentage is given. */
  PERCENTAGE_MISSING,
  /** The answer is no, yet a percentage is given. It is kept as written. */
  PERCENTAGE_WITH_NO,
  /** The document has no sheltered-workshop criterion. */
  NO_CRITERION,
  /** The sheltered-workshop criterion has no answer. */
  NOT_ANSWERED,
  /** A question of the criterion is answered more than once; the first answer is used. */
  DUPLICATE_ANSWER,
  /** The economic operator has more than one identifier; the first is used. */
  MORE_IDENTIFIERS,
  /** The document names more than one economic operator; the first is read. */
  MORE_ECONOMIC_OPERATORS,
  /** The identifier was a Swedish VAT number ({@code SE} + 10 digits + {@code 01}), read as the number inside. */
  SWEDISH_VAT_NUMBER,
  /** The reserved lot's notice carries no buyer name. */
  NO_BUYER,
  /** A lot of the notice has reserved execution (BT-736 {@code yes}) but no BT-71 reservation. */
  RESERVED_EXECUTION_ONLY
}
