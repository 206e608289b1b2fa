package se.asf.cli;

import java.util.Locale;
import se.asf.core.InvariantViolationException;

/** Renders library exceptions as messages in the chosen language. */
final class CliErrors {
  private CliErrors() {}

  static String message(IllegalArgumentException e, Locale locale) {
    if (e instanceof InvariantViolationException) {
      return ((InvariantViolationException) e).getMessage(locale);
    }
    return e.getMessage();
  }
}
