package se.asf.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.immutables.value.Value;
import se.asf.core.style.AsfStyle;

/**
 * A Swedish organisationsnummer: the identity of a legal person (DOMAIN §4; Skatteverket SKV 709).
 *
 * <p>Ten digits written {@code NNNNNN-NNNN}. The last digit is a Luhn check digit over the first
 * nine; digits 3–4 form a number of at least 20, which tells an organisation number from a
 * personnummer; the first digit names the {@link OrganisationGroup}. A 12-digit form adds the
 * century prefix {@code 16}.
 *
 * <pre>{@code
 * Organisationsnummer number = Organisationsnummer.parse("556016-0680");
 * number.getGroup();          // AKTIEBOLAG
 * number.toString();          // "556016-0680"
 * number.toVatNumber();       // "SE556016068001"
 * Organisationsnummer.check("556016-0681"); // [CHECK_DIGIT (expected check digit 0)]
 * }</pre>
 *
 * <p>{@code parse(n.toString())} gives back {@code n}. Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract non-sealed class Organisationsnummer implements SupplierIdentity {
  private static final String KIND = "Organisationsnummer";

  Organisationsnummer() {}

  /** The ten digits, without separator or century prefix. */
  @Value.Parameter
  abstract String digits();

  /**
   * Parses an organisation number from {@code 5560160680}, {@code 556016-0680},
   * {@code 16556016-0680} or {@code 165560160680}.
   *
   * @param text the text; no spaces or other characters are accepted
   * @return the organisation number
   * @throws IdentityNumberFormatException naming every violation, with the input masked
   * @throws NullPointerException if {@code text} is null
   */
  public static Organisationsnummer parse(CharSequence text) {
    List<IdentityViolation> violations = new ArrayList<>();
    String digits = digitsOf(text, violations);
    // null exactly when a violation was found: parse builds the number from what digitsOf returns.
    if (digits == null) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(text), violations);
    }
    return ImmutableOrganisationsnummer.of(digits);
  }

  /**
   * Checks a text without throwing.
   *
   * @param text the text to check
   * @return every violation, most fundamental first; empty when {@link #parse} would succeed
   * @throws NullPointerException if {@code text} is null
   */
  public static List<IdentityViolation> check(CharSequence text) {
    List<IdentityViolation> violations = new ArrayList<>();
    digitsOf(text, violations);
    return List.copyOf(violations);
  }

  /**
   * Tells whether a text is a valid organisation number; the same as {@code check(text).isEmpty()}.
   *
   * @param text the text to check
   * @return {@code true} when {@link #parse} would succeed
   */
  public static boolean isValid(CharSequence text) {
    return check(text).isEmpty();
  }

  /**
   * Whether ten canonical digits are a valid organisation number: what {@link #digitsOf} accepts
   * without a violation, checked without building one ({@code OrganisationsnummerTest} compares the
   * two).
   */
  static boolean isValidCanonical(String digits) {
    return digits.length() == 10 && Digits.allAsciiDigits(digits)
        && (digits.charAt(2) - '0') * 10 + (digits.charAt(3) - '0') >= 20
        && OrganisationGroup.ofDigit(digits.charAt(0) - '0').isPresent()
        && Digits.luhnCheckDigit(digits) == digits.charAt(9) - '0';
  }

  /** Returns the ten digits, or null after adding violations. */
  private static String digitsOf(CharSequence text, List<IdentityViolation> violations) {
    Objects.requireNonNull(text, "text");
    if (text.length() == 0) {
      violations.add(IdentityViolation.of(IdentityProblem.EMPTY, "10 or 12 digits", -1));
      return null;
    }
    StringBuilder digits = new StringBuilder(12);
    int[] textIndex = new int[13];
    int separatorIndex = -1;
    int separatorDigitsBefore = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        textIndex[digits.length()] = i;
        digits.append(c);
      } else if (c == '-' && separatorIndex < 0) {
        separatorIndex = i;
        separatorDigitsBefore = digits.length();
      } else {
        violations.add(IdentityViolation.of(IdentityProblem.CHARACTER, "a digit or one '-'", i));
        return null;
      }
      if (digits.length() > 12) {
        break;
      }
    }
    if (digits.length() != 10 && digits.length() != 12) {
      violations.add(IdentityViolation.of(IdentityProblem.LENGTH, "10 or 12 digits", -1));
      return null;
    }
    int expectedBefore = digits.length() - 4;
    if (separatorIndex >= 0 && separatorDigitsBefore != expectedBefore) {
      violations.add(IdentityViolation.of(
          IdentityProblem.SEPARATOR, "'-' before the last four digits", separatorIndex));
      return null;
    }
    int prefix = 0;
    if (digits.length() == 12) {
      if (digits.charAt(0) != '1' || digits.charAt(1) != '6') {
        violations.add(IdentityViolation.of(IdentityProblem.CENTURY_PREFIX, "century prefix 16", 0));
        return null;
      }
      digits.delete(0, 2);
      prefix = 2;
    }
    int middle = (digits.charAt(2) - '0') * 10 + (digits.charAt(3) - '0');
    if (middle < 20) {
      violations.add(IdentityViolation.of(
          IdentityProblem.NOT_AN_ORGANISATION_NUMBER, "digits 3-4 of at least 20", textIndex[prefix + 2]));
    }
    int first = digits.charAt(0) - '0';
    if (OrganisationGroup.ofDigit(first).isEmpty()) {
      violations.add(IdentityViolation.of(
          IdentityProblem.GROUP, "a first digit of 1, 2, 3, 5, 6, 7, 8 or 9", textIndex[prefix]));
    }
    int check = Digits.luhnCheckDigit(digits);
    if (digits.charAt(9) - '0' != check) {
      violations.add(IdentityViolation.of(
          IdentityProblem.CHECK_DIGIT, "check digit " + check, textIndex[prefix + 9]));
    }
    return violations.isEmpty() ? digits.toString() : null;
  }

  @Value.Check
  void checkDigits() {
    String digits = digits();
    if (isValidCanonical(digits)) {
      // What parse builds, and every valid number: nothing to report, nothing allocated.
      return;
    }
    List<IdentityViolation> violations = new ArrayList<>();
    if (digits.length() != 10 || !Digits.allAsciiDigits(digits)) {
      violations.add(IdentityViolation.of(IdentityProblem.LENGTH, "10 digits", -1));
    } else {
      digitsOf(digits, violations);
    }
    if (!violations.isEmpty()) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(digits), violations);
    }
  }

  /**
   * Returns the organisation group named by the first digit.
   *
   * @return the group
   */
  public OrganisationGroup getGroup() {
    return OrganisationGroup.ofDigit(digits().charAt(0) - '0').orElseThrow();
  }

  /**
   * Returns the ten digits with no separator, as some registers store them.
   *
   * @return for example {@code 5560160680}
   */
  public String toDigitString() {
    return digits();
  }

  /**
   * Returns the 12-digit form with the century prefix {@code 16} and no separator.
   *
   * @return for example {@code 165560160680}
   */
  public String toTwelveDigitString() {
    return "16" + digits();
  }

  /**
   * Returns the Swedish VAT registration number: {@code SE}, the ten digits and {@code 01}.
   *
   * @return for example {@code SE556016068001}
   */
  public String toVatNumber() {
    return "SE" + digits() + "01";
  }

  /**
   * Returns the canonical form {@code NNNNNN-NNNN}; {@link #parse} accepts it.
   *
   * @return for example {@code 556016-0680}
   */
  @Override
  public String toString() {
    return canonical();
  }

  /** The canonical form, made when first asked for and then kept: assessing shows it more than once. */
  @Value.Lazy
  String canonical() {
    String digits = digits();
    char[] text = new char[11];
    digits.getChars(0, 6, text, 0);
    text[6] = '-';
    digits.getChars(6, 10, text, 7);
    return new String(text);
  }
}
