package se.asf.rules.validation;

import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.Optional;
import se.asf.core.identity.Personnummer;
import se.asf.core.text.SafeText;

/**
 * Renders an invalid value for a violation report without revealing personal data.
 *
 * <p>Only simple values are rendered: numbers, booleans, characters, enums, dates and times, text,
 * and asf-core values (whose {@code toString} masks a {@link Personnummer}). Text is cut to
 * {@value #MAX_LENGTH} characters after {@link SafeText#display} has masked every personal identity
 * number, in any spelling, and escaped every control character. Beans, collections
 * and arrays are not rendered at all: their {@code toString} may hold anything.
 */
final class SafeValue {
  static final int MAX_LENGTH = 64;

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
      return Optional.of(mask(value.toString()));
    }
    return Optional.empty();
  }

  /**
   * Masks personal identity numbers and escapes control characters ({@link SafeText#display}), then
   * cuts, so a cut cannot expose a half-masked number.
   */
  static String mask(String text) {
    return cut(SafeText.display(text));
  }

  /** By package, not module, so that it also holds on the class path. */
  private static boolean isCoreValue(Class<?> type) {
    return type.getPackageName().startsWith("se.asf.core.");
  }

  private static String cut(String text) {
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH) + "…";
  }
}
