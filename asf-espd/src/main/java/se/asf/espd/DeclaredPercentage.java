package se.asf.espd;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import se.asf.core.Share;

/**
 * The rule for reading the sheltered-workshop percentage, which the standard's examples leave open
 * (they carry {@code 0.7} and {@code 0.10}):
 *
 * <ul>
 *   <li>the value is a plain decimal, {@code .} as separator, optionally signed;
 *   <li>it is read in percent, as the criterion asks for "the corresponding percentage" and the
 *       unit is {@code PERCENTAGE}: {@code 70} is 70 %;
 *   <li>0 is 0 % either way;
 *   <li>a value in (0, 1] is ambiguous: a service that writes fractions means {@code 0.7} as 70 %,
 *       one that writes percent means 0.7 %; the readings fall on different sides of any threshold
 *       above 1 %, so no share is read, and a finding says so;
 *   <li>a value below 0 or above 100 is out of range: no share, a finding.
 * </ul>
 */
final class DeclaredPercentage {
  private static final Pattern DECIMAL = Pattern.compile("[+-]?\\d{1,12}(\\.\\d{1,12})?");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** The outcome: a share, or the finding that explains why there is none. */
  record Reading(Share share, ReadFindingCode finding) {}

  private DeclaredPercentage() {}

  static Reading read(String text) {
    if (!DECIMAL.matcher(text).matches()) {
      return new Reading(null, ReadFindingCode.PERCENTAGE_NOT_A_NUMBER);
    }
    BigDecimal value = new BigDecimal(text);
    if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
      return new Reading(null, ReadFindingCode.PERCENTAGE_OUT_OF_RANGE);
    }
    if (value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0) {
      return new Reading(null, ReadFindingCode.PERCENTAGE_AMBIGUOUS_SCALE);
    }
    return new Reading(Share.ofPercent(value), null);
  }
}
