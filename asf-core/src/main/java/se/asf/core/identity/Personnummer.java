package se.asf.core.identity;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.immutables.value.Value;
import se.asf.core.style.AsfStyle;

/**
 * A Swedish personnummer or samordningsnummer: how a sole trader (enskild firma) is identified
 * (DOMAIN §4; Folkbokföringslagen 18 §, 18 a §; Skatteverket SKV 704).
 *
 * <p>It is personal data. {@link #toString()}, {@link IdentityNumberFormatException} and every
 * message of this library show it masked, as {@code 19121212-****}; only
 * {@link #toUnmaskedString()} reveals it, for callers that must pass it on.
 *
 * <p>Accepted forms: {@code YYYYMMDD-NNNN}, {@code YYYYMMDDNNNN}, {@code YYMMDD-NNNN},
 * {@code YYMMDD+NNNN} and {@code YYMMDDNNNN}. A samordningsnummer (coordination number) adds 60
 * to the day. The century of a 10-digit form depends on a reference date, which is always passed
 * in: with {@code -} (or no separator) the person is under 100 on that date, with {@code +} at
 * least 100. The Luhn check digit is computed over the ten-digit form.
 *
 * <p>{@code parse(p.toUnmaskedString(), date)} gives back {@code p} for any reference date on or
 * after the birth date (before it, the number is rejected with {@link IdentityProblem#FUTURE_DATE}).
 * Instances are immutable and thread-safe.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract non-sealed class Personnummer implements SupplierIdentity {
  private static final String KIND = "Personnummer";
  private static final int COORDINATION_DAY_OFFSET = 60;

  Personnummer() {}

  /** The twelve digits YYYYMMDDNNNN; kept package-private so the number is never read by accident. */
  @Value.Parameter
  @Value.Redacted
  abstract String digits();

  /**
   * Parses a personnummer or samordningsnummer.
   *
   * @param text the text
   * @param referenceDate the date against which a 10-digit form's century is resolved and which the
   *     birth date may not be after, typically the tender date
   * @return the number
   * @throws IdentityNumberFormatException naming every violation, with the input masked
   * @throws NullPointerException if an argument is null
   */
  public static Personnummer parse(CharSequence text, LocalDate referenceDate) {
    List<IdentityViolation> violations = new ArrayList<>();
    String digits = digitsOf(text, referenceDate, violations);
    // null exactly when a violation was found: parse builds the number from what digitsOf returns.
    if (digits == null) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(text), violations);
    }
    return ImmutablePersonnummer.of(digits);
  }

  /**
   * Parses with the reference date read from a clock, in the clock's zone.
   *
   * @param text the text
   * @param clock the clock giving today's date
   * @return the number
   * @throws IdentityNumberFormatException naming every violation, with the input masked
   */
  public static Personnummer parse(CharSequence text, Clock clock) {
    return parse(text, LocalDate.now(Objects.requireNonNull(clock, "clock")));
  }

  /**
   * Checks a text without throwing.
   *
   * @param text the text
   * @param referenceDate see {@link #parse(CharSequence, LocalDate)}
   * @return every violation, most fundamental first; empty when {@code parse} would succeed
   */
  public static List<IdentityViolation> check(CharSequence text, LocalDate referenceDate) {
    List<IdentityViolation> violations = new ArrayList<>();
    digitsOf(text, referenceDate, violations);
    return List.copyOf(violations);
  }

  /**
   * Tells whether a text is a valid personnummer or samordningsnummer on the reference date.
   *
   * @param text the text
   * @param referenceDate see {@link #parse(CharSequence, LocalDate)}
   * @return {@code true} when {@code parse} would succeed
   */
  public static boolean isValid(CharSequence text, LocalDate referenceDate) {
    return check(text, referenceDate).isEmpty();
  }

  private static String digitsOf(
      CharSequence text, LocalDate referenceDate, List<IdentityViolation> violations) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(referenceDate, "referenceDate");
    if (text.length() == 0) {
      violations.add(IdentityViolation.of(IdentityProblem.EMPTY, "10 or 12 digits", -1));
      return null;
    }
    StringBuilder digits = new StringBuilder(12);
    int[] textIndex = new int[13];
    int separatorIndex = -1;
    int digitsBeforeSeparator = -1;
    char separator = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        textIndex[digits.length()] = i;
        digits.append(c);
      } else if ((c == '-' || c == '+') && separatorIndex < 0) {
        separatorIndex = i;
        separator = c;
        digitsBeforeSeparator = digits.length();
      } else {
        violations.add(IdentityViolation.of(IdentityProblem.CHARACTER, "a digit or one '-' or '+'", i));
        return null;
      }
      if (digits.length() > 12) {
        break;
      }
    }
    int length = digits.length();
    if (length != 10 && length != 12) {
      violations.add(IdentityViolation.of(IdentityProblem.LENGTH, "10 or 12 digits", -1));
      return null;
    }
    if (separatorIndex >= 0 && digitsBeforeSeparator != length - 4) {
      violations.add(IdentityViolation.of(
          IdentityProblem.SEPARATOR, "a separator before the last four digits", separatorIndex));
      return null;
    }
    if (length == 12 && separator == '+') {
      violations.add(IdentityViolation.of(
          IdentityProblem.CENTURY_SEPARATOR, "'-' in the 12-digit form", separatorIndex));
      return null;
    }
    int prefix = length - 10;
    int month = number(digits, prefix + 2);
    int day = number(digits, prefix + 4);
    int realDay = day > COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day;
    int year;
    if (length == 12) {
      year = number(digits, 0) * 100 + number(digits, 2);
    } else {
      year = resolveYear(number(digits, 0), month, realDay, referenceDate, separator == '+');
    }
    LocalDate birthDate;
    try {
      birthDate = LocalDate.of(year, month, realDay);
    } catch (DateTimeException e) {
      violations.add(IdentityViolation.of(IdentityProblem.DATE,
          "a calendar date as YYMMDD, or with 60 added to the day", textIndex[prefix]));
      birthDate = null;
    }
    if (birthDate != null && birthDate.isAfter(referenceDate)) {
      violations.add(IdentityViolation.of(IdentityProblem.FUTURE_DATE,
          "a birth date no later than the reference date " + referenceDate, textIndex[0]));
    }
    String ten = digits.substring(prefix);
    int check = Digits.luhnCheckDigit(ten);
    if (ten.charAt(9) - '0' != check) {
      violations.add(IdentityViolation.of(
          IdentityProblem.CHECK_DIGIT, "check digit " + check, textIndex[prefix + 9]));
    }
    if (!violations.isEmpty()) {
      return null;
    }
    // The year as four ASCII digits (never the default locale's digits), then MMDDNNNN.
    return fourDigits(year) + digits.substring(prefix + 2);
  }

  /**
   * The most recent year ending in {@code yy} whose birthday is not after the reference date; with
   * {@code +}, one hundred years earlier.
   */
  private static int resolveYear(int yy, int month, int day, LocalDate reference, boolean plus) {
    int year = reference.getYear() - Math.floorMod(reference.getYear() - yy, 100);
    if (year == reference.getYear()
        && (month > reference.getMonthValue()
            || (month == reference.getMonthValue() && day > reference.getDayOfMonth()))) {
      year -= 100;
    }
    return plus ? year - 100 : year;
  }

  /** The year zero-padded to four ASCII digits, as {@code %04d} formats it in {@code Locale.ROOT}. */
  static String fourDigits(int year) {
    if (year < 0 || year > 9999) {
      return String.format(Locale.ROOT, "%04d", year);
    }
    String text = Integer.toString(year);
    return "000".substring(text.length() - 1) + text;
  }

  private static int number(CharSequence digits, int index) {
    return (digits.charAt(index) - '0') * 10 + (digits.charAt(index + 1) - '0');
  }

  @Value.Check
  void checkDigits() {
    String digits = digits();
    if (digits.length() != 12 || !Digits.allAsciiDigits(digits)) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(digits),
          List.of(IdentityViolation.of(IdentityProblem.LENGTH, "12 digits", -1)));
    }
    List<IdentityViolation> violations = new ArrayList<>();
    digitsOf(digits, LocalDate.MAX, violations);
    if (!violations.isEmpty()) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(digits), violations);
    }
  }

  /**
   * Returns the birth date; for a samordningsnummer, the date with 60 taken from the day.
   *
   * @return the birth date
   */
  public LocalDate getBirthDate() {
    String digits = digits();
    int day = number(digits, 6);
    return LocalDate.of(number(digits, 0) * 100 + number(digits, 2), number(digits, 4),
        day > COORDINATION_DAY_OFFSET ? day - COORDINATION_DAY_OFFSET : day);
  }

  /**
   * Tells whether this is a samordningsnummer (coordination number, day plus 60).
   *
   * @return {@code true} for a samordningsnummer
   */
  public boolean isSamordningsnummer() {
    return number(digits(), 6) > COORDINATION_DAY_OFFSET;
  }

  /**
   * Returns the full number as {@code YYYYMMDD-NNNN}. This is personal data: pass it only where it
   * is needed, and never log it.
   *
   * @return the unmasked 12-digit form with separator
   */
  public String toUnmaskedString() {
    return digits().substring(0, 8) + "-" + digits().substring(8);
  }

  /**
   * Returns the masked form {@code YYYYMMDD-****}: the birth-date part (with 60 added to the day of
   * a samordningsnummer) and four asterisks.
   *
   * @return for example {@code 19121212-****}
   */
  @Override
  public String toString() {
    return masked();
  }

  /** The masked form, made when first asked for and then kept: assessing shows it more than once. */
  @Value.Lazy
  String masked() {
    return digits().substring(0, 8) + "-****";
  }
}
