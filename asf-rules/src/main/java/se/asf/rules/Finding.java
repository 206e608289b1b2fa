package se.asf.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;
import se.asf.core.Texts;
import se.asf.core.style.AsfStyle;

/**
 * The explained result of one rule for one enterprise: which rule, its outcome, why, the figures it
 * used, the legal or policy source, and a message in Swedish and English.
 *
 * <p>For example: rule {@code LOU-4-18-SHARE}, outcome MET, reason {@code THRESHOLD_REACHED},
 * figures {@code basis=heads, threshold=30 %, targetGroup=7, occupied=20, period=2017-12-01,
 * share=35.00 %}, source {@code LOU 4 kap. 18 §}. Figures are text, in the order the rule used them.
 * Counts, amounts and thresholds are rendered exactly (decimals with
 * {@link java.math.BigDecimal#toPlainString()}); a share or ratio the rule had to divide for is
 * rounded for display only, as the rule says, and never decides anything.
 */
@Value.Immutable
@AsfStyle
public abstract class Finding {

  Finding() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static FindingBuilder builder() {
    return new FindingBuilder();
  }

  /**
   * Returns the stable id of the rule, such as {@code TVV-PURPOSE} or {@code RADIUS}.
   *
   * @return the rule id
   */
  @NotBlank
  public abstract String getRuleId();

  /**
   * Returns the outcome.
   *
   * @return MET, NOT_MET or UNDETERMINED
   */
  @NotNull
  public abstract Outcome getOutcome();

  /**
   * Returns the stable code of the reason for the outcome, such as {@code NO_EVIDENCE} or
   * {@code BELOW_THRESHOLD}; programs react to this, not to the message text.
   *
   * @return the reason code
   */
  @NotBlank
  public abstract String getReason();

  /**
   * Returns the figures the rule used, by name, in the order it used them.
   *
   * @return the figures as exact text
   */
  @NotNull
  public abstract Map<String, String> getFigures();

  /**
   * Returns the legal or policy source of the rule.
   *
   * @return for example {@code "LOU 4 kap. 18 §"} or {@code "Tillväxtverkets ASF-definition"}
   */
  @NotBlank
  public abstract String getSource();

  /**
   * Returns the message in Swedish.
   *
   * @return the Swedish message
   */
  @NotBlank
  public abstract String getMessageSv();

  /**
   * Returns the message in English.
   *
   * @return the English message
   */
  @NotBlank
  public abstract String getMessageEn();

  /**
   * Returns the message in the given language: English for {@code en}, otherwise Swedish.
   *
   * @param locale the language
   * @return the message
   */
  public String getMessage(Locale locale) {
    return "en".equals(locale.getLanguage()) ? getMessageEn() : getMessageSv();
  }

  @Value.Check
  void check() {
    Texts.requireNonBlank(getRuleId(), "ruleId");
    Texts.requireNonBlank(getReason(), "reason");
    Texts.requireNonBlank(getSource(), "source");
    Texts.requireNonBlank(getMessageSv(), "messageSv");
    Texts.requireNonBlank(getMessageEn(), "messageEn");
  }
}
