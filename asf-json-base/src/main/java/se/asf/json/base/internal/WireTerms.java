package se.asf.json.base.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.identity.OrganisationGroup;
import se.asf.json.base.WireCodes;

/**
 * Puts an asf-core invariant's message in the terms of the wire format: an enum constant among its
 * figures ({@code EKONOMISK_FORENING}) is shown as the code a document holds
 * ({@code ekonomisk-forening}), and an organisation number that does not fit a legal form is shown
 * with what its group digit means ({@code 556987-4125 (group 5: aktiebolag)}).
 */
public final class WireTerms {
  private static final Pattern CONSTANTS = Pattern.compile("\\[?[A-Z][A-Z0-9_]*(, [A-Z][A-Z0-9_]*)*\\]?");
  private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9_]*");
  private static final Pattern ORGANISATION_NUMBER = Pattern.compile("([0-9])[0-9]{5}-[0-9]{4}");
  private static final Map<String, String> CODES = new HashMap<>();

  static {
    for (Class<?> type : WireCodes.types()) {
      for (Object constant : type.getEnumConstants()) {
        CODES.put(((Enum<?>) constant).name(), code((Enum<?>) constant));
      }
    }
  }

  private WireTerms() {}

  @SuppressWarnings({"unchecked", "rawtypes"}) // every constant of a tabled enum has a code
  private static String code(Enum<?> constant) {
    return WireCodes.code((Enum) constant);
  }

  /** The violation's message in a language, with its figures in wire terms. */
  public static String message(InvariantViolationException violation, Locale locale) {
    List<String> arguments = violation.getArguments();
    Object[] shown = new Object[arguments.size()];
    for (int i = 0; i < shown.length; i++) {
      shown[i] = figure(violation.getInvariant(), arguments.get(i), locale);
    }
    return new InvariantViolationException(violation.getInvariant(), violation.getAttribute(), shown)
        .getMessage(locale);
  }

  private static String figure(Invariant invariant, String argument, Locale locale) {
    if (CONSTANTS.matcher(argument).matches()) {
      Matcher constant = CONSTANT.matcher(argument);
      StringBuilder out = new StringBuilder();
      while (constant.find()) {
        constant.appendReplacement(out, Matcher.quoteReplacement(CODES.getOrDefault(constant.group(), constant.group())));
      }
      return constant.appendTail(out).toString();
    }
    Matcher number = ORGANISATION_NUMBER.matcher(argument);
    if (invariant == Invariant.LEGAL_FORM_IDENTITY_MISMATCH && number.matches()) {
      Optional<OrganisationGroup> group = OrganisationGroup.ofDigit(Integer.parseInt(number.group(1)));
      String word = locale.getLanguage().equals("en") ? "group" : "grupp";
      return argument + " (" + word + " " + number.group(1) + ": "
          + group.map(g -> g.getSwedishName().toLowerCase(Locale.ROOT)).orElse("-") + ")";
    }
    return argument;
  }
}
