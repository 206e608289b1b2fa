package se.asf.rules.radius;

import java.util.Locale;
import se.asf.rules.RuleMessages;

/**
 * A warning about a site's position that never changes an outcome: the position is accepted and
 * judged as given, and the warning tells the reader that it may be a typing error worth checking
 * with the bidder. The rule that raises each warning is {@link PositionPlausibility}.
 */
public enum PositionWarning {
  /**
   * A WGS 84 position far outside Sweden and its neighbours that would lie in Sweden with latitude
   * and longitude swapped: probably written as {@code lon, lat}.
   */
  LIKELY_SWAPPED_COORDINATES;

  /**
   * Returns the warning in the reader's language, from the asf-rules message bundles (key
   * {@code code.PositionWarning.<CONSTANT>}; Swedish and English ship, Swedish is the default).
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String getMessage(Locale locale) {
    return RuleMessages.word(this, locale);
  }
}
