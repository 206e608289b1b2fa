package se.asf.core.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The identity of a supplier from outside Sweden: an ISO 3166-1 alpha-2 country, a
 * {@link ForeignIdentifierScheme} (VAT number or national register) and the number itself.
 *
 * <p>A reserved contract under LOU 4 kap. 18 § is EU law (Directive 2014/24/EU art. 20), so a
 * supplier from any EEA state may bid; it is identified by what its own country issues.
 *
 * <p>Where a checksum is well known, it is checked, and {@link #isChecksumVerified()} says so:
 * <table>
 *   <caption>Checked identifiers</caption>
 *   <tr><th>country</th><th>national register</th><th>VAT</th><th>check</th></tr>
 *   <tr><td>{@code FI}</td><td>Y-tunnus {@code NNNNNNN-N}</td><td>{@code FI} + 8 digits</td>
 *       <td>mod 11, weights 7 9 10 5 8 4 2; remainder 0 gives check digit 0, remainder 1 is never
 *       issued</td></tr>
 *   <tr><td>{@code DK}</td><td>CVR-nummer, 8 digits</td><td>{@code DK} + 8 digits</td>
 *       <td>mod 11, weights 2 7 6 5 4 3 2 1 over all eight digits, sum divisible by 11</td></tr>
 *   <tr><td>{@code NO}</td><td>organisasjonsnummer, 9 digits</td><td>{@code NO} + 9 digits +
 *       {@code MVA}</td><td>mod 11, weights 3 2 7 6 5 4 3 2; check digit 11 − remainder (11 gives
 *       0, 10 is never issued)</td></tr>
 * </table>
 *
 * <p>Every other country gets a format check only: 2 to 30 letters and digits (with {@code -},
 * {@code .} or {@code /} inside a register number), and for VAT the country's prefix ({@code EL} for
 * Greece) followed by 2 to 13 letters and digits. Spaces
 * are removed and letters upper-cased; a VAT number given without its prefix gets it. The country
 * {@code SE} is refused ({@link IdentityProblem#COUNTRY}): a Swedish supplier has an
 * {@link Organisationsnummer} or a {@link Personnummer}, which know their own checks.
 *
 * <pre>{@code
 * ForeignIdentifier y = ForeignIdentifier.of("FI", ForeignIdentifierScheme.NATIONAL_REGISTER, "0112038-9");
 * y.isChecksumVerified();                    // true
 * y.toString();                              // "FI:NATIONAL_REGISTER:0112038-9"
 * ForeignIdentifier.ofVatNumber("DK24256790").getCountry();  // "DK"
 * ForeignIdentifier.parse(y.toString()).equals(y);           // true
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe. The numbers identify legal persons in public
 * registers, so {@link #toString()} shows them in full.
 */
public final class ForeignIdentifier implements SupplierIdentity {
  private static final String KIND = "Foreign identifier";
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
  private static final int MAX_LENGTH = 30;
  private static final int[] FI_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};
  private static final int[] DK_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};
  private static final int[] NO_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  private final String country;
  private final ForeignIdentifierScheme scheme;
  private final String value;
  private final boolean checksumVerified;

  private ForeignIdentifier(String country, ForeignIdentifierScheme scheme, String value, boolean verified) {
    this.country = country;
    this.scheme = scheme;
    this.value = value;
    this.checksumVerified = verified;
  }

  /**
   * Creates an identifier from its parts, normalising the value (spaces removed, upper case, VAT
   * prefix added, the canonical separator of a checked register number).
   *
   * @param country the ISO 3166-1 alpha-2 code, for example {@code FI}; case is ignored
   * @param scheme the kind of number
   * @param value the number as written
   * @return the identifier
   * @throws IdentityNumberFormatException naming every violation, with the value masked
   * @throws NullPointerException if an argument is null
   */
  public static ForeignIdentifier of(String country, ForeignIdentifierScheme scheme, CharSequence value) {
    List<IdentityViolation> violations = new ArrayList<>();
    ForeignIdentifier identifier = build(country, scheme, value, violations);
    if (identifier == null) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(value), violations);
    }
    return identifier;
  }

  /**
   * Checks the parts without throwing.
   *
   * @param country the country code
   * @param scheme the kind of number
   * @param value the number as written
   * @return every violation, most fundamental first; empty when {@link #of} would succeed
   */
  public static List<IdentityViolation> check(String country, ForeignIdentifierScheme scheme, CharSequence value) {
    List<IdentityViolation> violations = new ArrayList<>();
    build(country, scheme, value, violations);
    return List.copyOf(violations);
  }

  /**
   * Creates an identifier from a VAT number that starts with its VAT prefix, such as
   * {@code FI01120389}, {@code DK24256790}, {@code NO923609016MVA} or {@code EL094014201}.
   *
   * @param vatNumber the VAT number; spaces are ignored
   * @return the identifier, with scheme {@link ForeignIdentifierScheme#VAT}
   * @throws IdentityNumberFormatException when the prefix names no foreign country, or the number is
   *     invalid
   */
  public static ForeignIdentifier ofVatNumber(CharSequence vatNumber) {
    String compact = compact(Objects.requireNonNull(vatNumber, "vatNumber"));
    String prefix = compact.substring(0, Math.min(2, compact.length()));
    String country = "EL".equals(prefix) ? "GR" : prefix;
    return of(country, ForeignIdentifierScheme.VAT, compact);
  }

  /**
   * Parses the canonical form {@link #toString()} writes, {@code COUNTRY:SCHEME:VALUE}.
   *
   * @param text for example {@code FI:VAT:FI01120389}
   * @return the identifier
   * @throws IdentityNumberFormatException when the text is not of that form or its parts are invalid
   */
  public static ForeignIdentifier parse(CharSequence text) {
    String s = Objects.requireNonNull(text, "text").toString();
    int first = s.indexOf(':');
    // With no ':' at all, first is -1 and the search for a second finds none either.
    int second = s.indexOf(':', first + 1);
    if (second < 0) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(s), List.of(IdentityViolation.of(
          IdentityProblem.SEPARATOR, "COUNTRY:SCHEME:VALUE", first)));
    }
    ForeignIdentifierScheme scheme;
    try {
      scheme = ForeignIdentifierScheme.valueOf(s.substring(first + 1, second));
    } catch (IllegalArgumentException e) {
      throw new IdentityNumberFormatException(KIND, Digits.mask(s), List.of(IdentityViolation.of(
          IdentityProblem.CHARACTER, "VAT or NATIONAL_REGISTER", first + 1)));
    }
    return of(s.substring(0, first), scheme, s.substring(second + 1));
  }

  private static String compact(CharSequence value) {
    StringBuilder compact = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != ' ') {
        compact.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
      }
    }
    return compact.toString();
  }

  private static ForeignIdentifier build(String countryCode, ForeignIdentifierScheme scheme, CharSequence text,
      List<IdentityViolation> violations) {
    Objects.requireNonNull(countryCode, "country");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(text, "value");
    String country = countryCode.toUpperCase(Locale.ROOT);
    // Every ISO 3166-1 code has two letters.
    if (!COUNTRIES.contains(country) || "SE".equals(country)) {
      violations.add(IdentityViolation.of(IdentityProblem.COUNTRY,
          "an ISO 3166-1 alpha-2 code other than SE (a Swedish supplier has an organisationsnummer)", -1));
      return null;
    }
    String value = compact(text);
    if (value.isEmpty()) {
      violations.add(IdentityViolation.of(IdentityProblem.EMPTY, "a number", -1));
      return null;
    }
    if (value.length() > MAX_LENGTH + 5) {
      violations.add(IdentityViolation.of(IdentityProblem.LENGTH, "at most " + MAX_LENGTH + " characters", -1));
      return null;
    }
    String vatPrefix = "GR".equals(country) ? "EL" : country;
    if (scheme == ForeignIdentifierScheme.VAT) {
      boolean letters = value.length() >= 2 && Character.isLetter(value.charAt(0)) && Character.isLetter(value.charAt(1));
      if (letters && !value.startsWith(vatPrefix)) {
        violations.add(IdentityViolation.of(IdentityProblem.VAT_PREFIX, "the prefix " + vatPrefix, 0));
        return null;
      }
      String number = letters ? value.substring(2) : value;
      return vat(country, vatPrefix, number, violations);
    }
    return register(country, value, violations);
  }

  private static ForeignIdentifier vat(String country, String prefix, String number, List<IdentityViolation> violations) {
    switch (country) {
      case "FI":
        return digits(number, 8, "8 digits after FI", violations)
            && checkFinnish(number, violations) ? verified(country, ForeignIdentifierScheme.VAT, prefix + number) : null;
      case "DK":
        return digits(number, 8, "8 digits after DK", violations)
            && checkDanish(number, violations) ? verified(country, ForeignIdentifierScheme.VAT, prefix + number) : null;
      case "NO": {
        String digits = number.endsWith("MVA") ? number.substring(0, number.length() - 3) : number;
        return digits(digits, 9, "9 digits after NO, then MVA", violations)
            && checkNorwegian(digits, violations)
            ? verified(country, ForeignIdentifierScheme.VAT, prefix + digits + "MVA") : null;
      }
      default:
        if (number.length() < 2 || number.length() > 13) {
          violations.add(IdentityViolation.of(IdentityProblem.LENGTH, "2 to 13 letters or digits after " + prefix, -1));
          return null;
        }
        for (int i = 0; i < number.length(); i++) {
          if (!isAsciiLetterOrDigit(number.charAt(i))) {
            violations.add(IdentityViolation.of(IdentityProblem.CHARACTER, "a letter or digit", i + 2));
            return null;
          }
        }
        return new ForeignIdentifier(country, ForeignIdentifierScheme.VAT, prefix + number, false);
    }
  }

  private static ForeignIdentifier register(String country, String value, List<IdentityViolation> violations) {
    ForeignIdentifierScheme scheme = ForeignIdentifierScheme.NATIONAL_REGISTER;
    switch (country) {
      case "FI": {
        int dash = value.indexOf('-');
        String digits = dash == 7 ? value.substring(0, 7) + value.substring(8) : value;
        if (dash >= 0 && dash != 7) {
          violations.add(IdentityViolation.of(IdentityProblem.SEPARATOR, "'-' before the last digit", dash));
          return null;
        }
        return digits(digits, 8, "7 digits, '-', 1 digit", violations) && checkFinnish(digits, violations)
            ? verified(country, scheme, digits.substring(0, 7) + "-" + digits.charAt(7)) : null;
      }
      case "DK":
        return digits(value, 8, "8 digits", violations) && checkDanish(value, violations)
            ? verified(country, scheme, value) : null;
      case "NO":
        return digits(value, 9, "9 digits", violations) && checkNorwegian(value, violations)
            ? verified(country, scheme, value) : null;
      default:
        if (value.length() < 2 || value.length() > MAX_LENGTH) {
          violations.add(IdentityViolation.of(IdentityProblem.LENGTH, "2 to " + MAX_LENGTH + " characters", -1));
          return null;
        }
        for (int i = 0; i < value.length(); i++) {
          char c = value.charAt(i);
          boolean inner = i > 0 && i < value.length() - 1 && (c == '-' || c == '.' || c == '/');
          if (!isAsciiLetterOrDigit(c) && !inner) {
            violations.add(IdentityViolation.of(IdentityProblem.CHARACTER, "a letter or digit, or - . / inside", i));
            return null;
          }
        }
        return new ForeignIdentifier(country, scheme, value, false);
    }
  }

  private static ForeignIdentifier verified(String country, ForeignIdentifierScheme scheme, String value) {
    return new ForeignIdentifier(country, scheme, value, true);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean digits(String value, int count, String expected, List<IdentityViolation> violations) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        violations.add(IdentityViolation.of(IdentityProblem.CHARACTER, expected, i));
        return false;
      }
    }
    if (value.length() != count) {
      violations.add(IdentityViolation.of(IdentityProblem.LENGTH, expected, -1));
      return false;
    }
    return true;
  }

  private static int weighted(String digits, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum;
  }

  /** Y-tunnus: remainder 0 gives 0, remainder 1 is never issued, otherwise 11 − remainder. */
  private static boolean checkFinnish(String eight, List<IdentityViolation> violations) {
    int remainder = weighted(eight, FI_WEIGHTS) % 11;
    if (remainder == 1) {
      violations.add(IdentityViolation.of(IdentityProblem.CHECK_DIGIT,
          "a number whose weighted sum (7 9 10 5 8 4 2) mod 11 is not 1", -1));
      return false;
    }
    int check = remainder == 0 ? 0 : 11 - remainder;
    return checkDigit(eight, 7, check, violations);
  }

  /** CVR: the weighted sum of all eight digits is divisible by 11. */
  private static boolean checkDanish(String eight, List<IdentityViolation> violations) {
    int partial = weighted(eight.substring(0, 7) + "0", DK_WEIGHTS) % 11;
    int check = (11 - partial) % 11;
    if (check == 10) {
      violations.add(IdentityViolation.of(IdentityProblem.CHECK_DIGIT,
          "a number whose weighted sum (2 7 6 5 4 3 2 1) can be divisible by 11", -1));
      return false;
    }
    return checkDigit(eight, 7, check, violations);
  }

  /** Organisasjonsnummer: 11 − remainder, 11 gives 0, 10 is never issued. */
  private static boolean checkNorwegian(String nine, List<IdentityViolation> violations) {
    int check = 11 - weighted(nine, NO_WEIGHTS) % 11;
    if (check == 10) {
      violations.add(IdentityViolation.of(IdentityProblem.CHECK_DIGIT,
          "a number whose weighted sum (3 2 7 6 5 4 3 2) mod 11 is not 1", -1));
      return false;
    }
    return checkDigit(nine, 8, check == 11 ? 0 : check, violations);
  }

  private static boolean checkDigit(String digits, int index, int check, List<IdentityViolation> violations) {
    if (digits.charAt(index) - '0' != check) {
      violations.add(IdentityViolation.of(IdentityProblem.CHECK_DIGIT, "check digit " + check, -1));
      return false;
    }
    return true;
  }

  /**
   * Returns the country that issued the number.
   *
   * @return the ISO 3166-1 alpha-2 code, upper case, never {@code SE}; {@code GR} for a Greek
   *     {@code EL} VAT number
   */
  public String getCountry() {
    return country;
  }

  /**
   * Returns the kind of number.
   *
   * @return VAT or national register
   */
  public ForeignIdentifierScheme getScheme() {
    return scheme;
  }

  /**
   * Returns the normalised number: upper case, no spaces; a VAT number with its prefix.
   *
   * @return for example {@code FI01120389} or {@code 0112038-9}
   */
  public String getValue() {
    return value;
  }

  /**
   * Tells whether the number's check digit was verified, which this library does for the Finnish,
   * Danish and Norwegian numbers only; other numbers were checked for their format.
   *
   * @return {@code true} when a checksum was verified
   */
  public boolean isChecksumVerified() {
    return checksumVerified;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ForeignIdentifier
        && ((ForeignIdentifier) other).country.equals(country)
        && ((ForeignIdentifier) other).scheme == scheme
        && ((ForeignIdentifier) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, scheme, value);
  }

  /**
   * Returns the canonical form {@code COUNTRY:SCHEME:VALUE}; {@link #parse} accepts it.
   *
   * @return for example {@code FI:NATIONAL_REGISTER:0112038-9}
   */
  @Override
  public String toString() {
    return country + ":" + scheme.name() + ":" + value;
  }
}
