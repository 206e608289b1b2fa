package se.asf.rules.validation;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import java.util.regex.Pattern;
import se.asf.core.identity.Personnummer;

/**
 * Renders an invalid value for a violation report without revealing personal data.
 *
 * <p>Only simple values are rendered: numbers, booleans, characters, enums, dates and times, text,
 * and asf-core values (whose {@code toString} masks a {@link Personnummer}). Text is cut to
 * {@value #MAX_LENGTH} characters and anything shaped like a personal identity number (six or
 * eight digits, an optional separator, four digits) loses its last four digits. Beans, collections
 * and arrays are not rendered at all: their {@code toString} may hold anything.
 */
final class SafeValue {
  static final int MAX_LENGTH = 64;
  private static final Pattern IDENTITY_NUMBER =
      Pattern.compile("(?<![0-9])([0-9]{8}|[0-9]{6})[-+ ]?[0-9]{4}(?![0-9])");

  private SafeValue() {}

  static Optional<String> render(Object value) {
    if (value == null) {
      return Optional.empty();
    }
    if (value instanceof CharSequence) {
      return Optional.of(mask(value.toString()));
    }
    if (value instanceof Number || value instanceof Boolean || value instanceof Character
        || value instanceof Enum || value instanceof TemporalAccessor || value instanceof TemporalAmount
        || isCoreValue(value.getClass())) {
      return Optional.of(cut(value.toString()));
    }
    return Optional.empty();
  }

  /** Masks identity-number-shaped digits, then cuts, so a cut cannot expose a half-masked number. */
  static String mask(String text) {
    return cut(IDENTITY_NUMBER.matcher(text).replaceAll("$1-****"));
  }

  /** By package, not module, so that it also holds on the class path. */
  private static boolean isCoreValue(Class<?> type) {
    return type.getPackageName().startsWith("se.asf.core.");
  }

  private static String cut(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
