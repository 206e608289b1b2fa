package se.asf.espd;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.ForeignIdentifierScheme;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;

/**
 * Reads an economic operator's identifier, in this order, never guessing:
 *
 * <ol>
 *   <li>a Swedish VAT number, {@code SE} + 10 digits + {@code 01}: the organisation number inside,
 *       or, when the ten digits are a personnummer (a sole trader's VAT number), that personnummer;
 *   <li>a Swedish organisation number in any spelling {@link Organisationsnummer#parse} accepts;
 *   <li>a foreign VAT number: two letters that are an EU VAT prefix ({@code EL} for Greece) or an
 *       ISO 3166-1 country code, then the number ({@link ForeignIdentifier#ofVatNumber});
 *   <li>otherwise, a number in the national register of the address's country: a personnummer
 *       for {@code SE}, a {@link ForeignIdentifier} for any other country.
 * </ol>
 *
 * <p>An identifier that fits none of these, or fails its check, is refused with the reasons.
 */
final class Identities {
  private static final Pattern SWEDISH_VAT = Pattern.compile("SE(\\d{10})01");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private Identities() {}

  /** The identity, and whether it was read from a Swedish VAT number. */
  record Read(SupplierIdentity identity, boolean swedishVat) {}

  /** Thrown with the reasons, never the identifier itself. */
  static final class Unreadable extends Exception {
    private static final long serialVersionUID = 1L;

    Unreadable(String reasons) {
      super(reasons, null, false, false);
    }
  }

  static Read read(String text, Optional<String> country, LocalDate referenceDate) throws Unreadable {
    String compact = text.replace(" ", "").toUpperCase(Locale.ROOT);
    var vat = SWEDISH_VAT.matcher(compact);
    if (vat.matches()) {
      String ten = vat.group(1);
      if (Organisationsnummer.isValid(ten)) {
        return new Read(Organisationsnummer.parse(ten), true);
      }
      if (Personnummer.isValid(ten, referenceDate)) {
        return new Read(Personnummer.parse(ten, referenceDate), true);
      }
      throw new Unreadable("Swedish VAT number: " + reasons(Organisationsnummer.check(ten)));
    }
    if (Organisationsnummer.isValid(compact)) {
      return new Read(Organisationsnummer.parse(compact), false);
    }
    if (compact.length() > 2 && Character.isLetter(compact.charAt(0)) && Character.isLetter(compact.charAt(1))) {
      String prefix = compact.substring(0, 2);
      if (("EL".equals(prefix) || COUNTRIES.contains(prefix)) && !"SE".equals(prefix)) {
        try {
          return new Read(ForeignIdentifier.ofVatNumber(compact), false);
        } catch (IdentityNumberFormatException e) {
          throw new Unreadable(prefix + " VAT number: " + reasons(e.getViolations()));
        }
      }
    }
    String code = country.map(c -> c.toUpperCase(Locale.ROOT)).orElse("");
    if ("SE".equals(code)) {
      if (Personnummer.isValid(compact, referenceDate)) {
        return new Read(Personnummer.parse(compact, referenceDate), false);
      }
      throw new Unreadable("Swedish number: " + reasons(Organisationsnummer.check(compact)));
    }
    if (code.isEmpty()) {
      throw new Unreadable("neither a Swedish number nor a VAT number, and no country in the address");
    }
    try {
      return new Read(ForeignIdentifier.of(code, ForeignIdentifierScheme.NATIONAL_REGISTER, compact), false);
    } catch (IdentityNumberFormatException e) {
      throw new Unreadable(code + " register number: " + reasons(e.getViolations()));
    }
  }

  private static String reasons(List<IdentityViolation> violations) {
    return violations.stream().map(v -> v.getMessage(Locale.ENGLISH)).collect(Collectors.joining(" "));
  }
}
