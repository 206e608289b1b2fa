package se.asf.rules;

import java.text.MessageFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * Creates the findings of the library's own rules, with their Swedish and English messages taken
 * from the library's bundles ({@code se/asf/rules/Messages_sv.properties} and {@code _en}) under the
 * key {@code RULE-ID.REASON}. The figures fill the message's placeholders in order.
 *
 * <p>Applications that write their own rules build findings with {@link Finding#builder()} and
 * their own texts.
 */
public final class Findings {
  private static final String BUNDLE = "se.asf.rules.Messages";

  private Findings() {}

  /**
   * Creates a finding.
   *
   * @param ruleId the rule's id
   * @param outcome the outcome
   * @param reason the reason code; with the rule id it names the message
   * @param source the legal or policy source
   * @param figures the figures, in the order the message uses them
   * @return the finding
   * @throws java.util.MissingResourceException if the bundles have no message for the rule and reason
   */
  public static Finding of(String ruleId, Outcome outcome, String reason, String source,
      Map<String, String> figures) {
    String[] arguments = figures.values().toArray(new String[0]);
    return Finding.builder()
        .ruleId(ruleId)
        .outcome(outcome)
        .reason(reason)
        .source(source)
        .figures(figures)
        .messageSv(message(Locale.forLanguageTag("sv"), ruleId + "." + reason, arguments))
        .messageEn(message(Locale.ENGLISH, ruleId + "." + reason, arguments))
        .build();
  }

  /**
   * Starts an ordered figure map.
   *
   * @return an empty map that keeps insertion order
   */
  public static Map<String, String> figures() {
    return new LinkedHashMap<>();
  }

  static String message(Locale locale, String key, String... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, Findings.class.getModule());
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }
}
