package se.asf.rules;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import se.asf.core.internal.Texts;
import se.asf.core.text.SafeText;
import se.asf.rules.radius.SiteDistance;

/**
 * The explained result of one rule for one enterprise: which rule, why ({@link Reason}, which also
 * gives the outcome), the typed figures it used, for a rule about sites each site's result, and the
 * legal or policy source. Its message is formatted when asked for, in the reader's language
 * ({@link #getMessage(Locale)}).
 *
 * <p>For example: rule {@code LOU-4-18-SHARE}, reason {@code THRESHOLD_REACHED} (MET), figures
 * {@code basis=HEADS, threshold=30 %, targetGroup=7, occupied=20, period=2017-12-01, share=35.00 %},
 * source {@code LOU 4 kap. 18 §}. The figures' names are exactly the reason's parameters, in the
 * order the rule gives them. Counts, amounts and thresholds are exact; a share or ratio the rule had
 * to divide for is rounded for display only, as the rule says, and never decides anything.
 *
 * <p>Findings of the library's rules carry no texts: their messages come from {@link RuleMessages}.
 * A finding may carry fixed texts per language ({@link #getTexts()}): an application's own rule can
 * give its messages that way, and a finding read back from a document keeps the texts it was written
 * with.
 *
 * <p>Instances are immutable and thread-safe; two findings are equal when their rule ids, reasons,
 * figures, sites, sources and texts are. A finding is built with {@link #of} or {@link #builder()},
 * which both check that its figures are named exactly as its reason's parameters, or with
 * {@link #deferred(String, Reason, String, Supplier)}, whose figures are made and checked when first
 * read.
 */
public final class Finding {

  private final String ruleId;
  private final Reason reason;
  private final List<SiteDistance> sites;
  private final String source;
  private final Map<String, String> texts;
  /** Makes the figures of a deferred finding; {@code null} when they were given. */
  private final Supplier<? extends List<Figure>> deferredFigures;
  /**
   * The figures; for a deferred finding {@code null} until first read. Not volatile: an immutable
   * list, whose fields are final, is published safely through a race, and a race computes equal lists.
   */
  private List<Figure> figures;

  Finding(String ruleId, Reason reason, List<Figure> figures, List<SiteDistance> sites, String source,
      Map<String, String> texts) {
    this(ruleId, reason, Objects.requireNonNull(figures, "figures"), null, sites, source, texts);
  }

  private Finding(String ruleId, Reason reason, List<Figure> figures, Supplier<? extends List<Figure>> deferred,
      List<SiteDistance> sites, String source, Map<String, String> texts) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.reason = Objects.requireNonNull(reason, "reason");
    this.figures = figures;
    this.deferredFigures = deferred;
    this.sites = sites;
    this.source = Objects.requireNonNull(source, "source");
    this.texts = texts;
    check();
  }

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static FindingBuilder builder() {
    return new FindingBuilder();
  }

  /**
   * Creates a finding of a declared reason, whose message comes from {@link RuleMessages}.
   *
   * @param ruleId the rule's id
   * @param reason the reason, which gives the outcome
   * @param source the legal or policy source
   * @param figures the figures, named exactly as the reason's parameters
   * @return the finding
   * @throws IllegalArgumentException if the figures' names are not the reason's parameters
   */
  public static Finding of(String ruleId, Reason reason, String source, Figure... figures) {
    // The common path of every rule: no builder, and one immutable copy of the figures.
    return new Finding(ruleId, reason, List.of(figures), List.of(), source, Map.of());
  }

  /**
   * Creates a finding of a declared reason for a rule that judges sites, such as {@code RADIUS}.
   *
   * @param ruleId the rule's id
   * @param reason the reason, which gives the outcome
   * @param source the legal or policy source
   * @param sites every site's result, in the enterprise's order
   * @param figures the figures, named exactly as the reason's parameters
   * @return the finding
   * @throws IllegalArgumentException if the figures' names are not the reason's parameters
   */
  public static Finding of(String ruleId, Reason reason, String source, List<SiteDistance> sites,
      Figure... figures) {
    return new Finding(ruleId, reason, List.of(figures), List.copyOf(sites), source, Map.of());
  }

  /**
   * Creates a finding of a declared reason whose figures are made when first read: a rule decides
   * with a few comparisons, and the figures that explain the decision cost only an assessment that is
   * explained (a message, a report, a program reading them). The figures are then kept.
   *
   * <p>The figures' names are checked against the reason's parameters when they are made; a rule
   * that names them wrongly fails on the first read, with an {@link IllegalStateException}, instead
   * of at creation. The library's own rules are checked for every reason they declare by its tests.
   *
   * @param ruleId the rule's id
   * @param reason the reason, which gives the outcome
   * @param source the legal or policy source
   * @param figures makes the figures, named exactly as the reason's parameters; it may be called more
   *     than once under a race and must then give equal figures
   * @return the finding
   */
  public static Finding deferred(String ruleId, Reason reason, String source,
      Supplier<? extends List<Figure>> figures) {
    return new Finding(ruleId, reason, null, Objects.requireNonNull(figures, "figures"), List.of(), source, Map.of());
  }

  /**
   * Creates a finding of a declared reason for a rule that judges sites, whose figures are made when
   * first read, as {@link #deferred(String, Reason, String, Supplier)} says.
   *
   * @param ruleId the rule's id
   * @param reason the reason, which gives the outcome
   * @param source the legal or policy source
   * @param sites every site's result, in the enterprise's order
   * @param figures makes the figures, named exactly as the reason's parameters
   * @return the finding
   */
  public static Finding deferred(String ruleId, Reason reason, String source, List<SiteDistance> sites,
      Supplier<? extends List<Figure>> figures) {
    return new Finding(ruleId, reason, null, Objects.requireNonNull(figures, "figures"), List.copyOf(sites), source,
        Map.of());
  }

  /**
   * Returns the stable id of the rule, such as {@code TVV-PURPOSE} or {@code RADIUS}.
   *
   * @return the rule id
   */
  @NotBlank
  public String getRuleId() {
    return ruleId;
  }

  /**
   * Returns the reason for the outcome; programs react to it, or to its code, not to the message.
   *
   * @return the reason
   */
  @NotNull
  public Reason getReason() {
    return reason;
  }

  /**
   * Returns the stable code of the reason, such as {@code NO_EVIDENCE} or {@code BELOW_THRESHOLD}.
   *
   * @return the reason's code
   */
  public String getReasonCode() {
    return getReason().getCode();
  }

  /**
   * Returns the outcome, the reason's.
   *
   * @return MET, NOT_MET or UNDETERMINED
   */
  public Outcome getOutcome() {
    return getReason().getOutcome();
  }

  /**
   * Returns the figures the rule used, in the order of the reason's parameters.
   *
   * @return the figures
   */
  @NotNull
  public List<Figure> getFigures() {
    List<Figure> known = figures;
    if (known == null) {
      known = List.copyOf(deferredFigures.get());
      try {
        checkFigures(known);
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException("deferred figures of " + getRuleId() + ": " + e.getMessage(), e);
      }
      figures = known;
    }
    return known;
  }

  /**
   * Returns a figure by name.
   *
   * @param name the figure's name, one of the reason's parameters
   * @return the figure, or empty when the finding has none of that name
   */
  public Optional<Figure> figure(String name) {
    for (Figure figure : getFigures()) {
      if (figure.getName().equals(name)) {
        return Optional.of(figure);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns each site's result, for a rule that judges sites ({@code RADIUS}): every site of the
   * enterprise in its order, with the nearest centre, the distance and whether it is inside, or
   * marked as having no known position.
   *
   * @return the sites' results; empty for other rules
   */
  @NotNull
  public List<SiteDistance> getSites() {
    return sites;
  }

  /**
   * Returns the legal or policy source of the rule.
   *
   * @return for example {@code "LOU 4 kap. 18 §"}
   */
  @NotBlank
  public String getSource() {
    return source;
  }

  /**
   * Returns fixed texts of the message by language tag, such as {@code sv} and {@code en}: given by
   * an application's own rule, or read back from a document. Empty for the library's rules, whose
   * messages are formatted on demand.
   *
   * @return the texts by language tag
   */
  @NotNull
  public Map<String, String> getTexts() {
    return texts;
  }

  /**
   * Returns the key of the message: {@code RULE-ID.CODE}.
   *
   * @return the key
   */
  public String getMessageKey() {
    return getReason().getMessageKey(getRuleId());
  }

  /**
   * Returns the message in the reader's language, formatted now with the figures in that language.
   *
   * <p>A fixed text in the locale's language comes first; else the message of {@link RuleMessages}
   * (in the language, else Swedish); else the fixed Swedish text, else any fixed text. The message
   * is shown as {@link SafeText#display} shows text: personal identity numbers masked, control
   * characters escaped.
   *
   * @param locale the reader's language; a language with no messages is answered in Swedish
   * @return the message
   * @throws java.util.MissingResourceException if there is neither a message nor a text
   */
  public String getMessage(Locale locale) {
    // Figures and texts may come from the input (a site's name): shown safely, never a personnummer
    // in full or a control character.
    return SafeText.display(message(locale));
  }

  private String message(Locale locale) {
    Map<String, String> texts = getTexts();
    String own = texts.get(locale.getLanguage());
    if (own != null) {
      return own;
    }
    Optional<String> formatted = RuleMessages.format(getMessageKey(), locale, getFigures());
    if (formatted.isPresent()) {
      return formatted.get();
    }
    String fallback = texts.get(RuleMessages.DEFAULT_LANGUAGE.getLanguage());
    if (fallback == null && !texts.isEmpty()) {
      fallback = texts.values().iterator().next();
    }
    if (fallback == null) {
      throw new java.util.MissingResourceException("no message for " + getMessageKey(),
          RuleMessages.BUNDLE_PREFIX, getMessageKey());
    }
    return fallback;
  }

  private void check() {
    Texts.requireNonBlank(getRuleId(), "ruleId");
    Texts.requireNonBlank(getSource(), "source");
    getTexts().forEach((language, text) -> Texts.requireNonBlank(text, "texts." + language));
    if (figures != null) {
      checkFigures(figures);
    }
  }

  private void checkFigures(List<Figure> figures) {
    // A handful of figures: compared pairwise, with no set to build for every finding. The rules
    // give them in declared order, under the very names declared, which the first loop confirms; the
    // library's kinds of reason declare distinct names, so that is all there is to check. Another
    // kind of reason, whose names may repeat, takes the pairwise check.
    List<String> parameters = getReason().getParameters();
    if (figures.size() == parameters.size()) {
      int same = 0;
      while (same < figures.size() && figures.get(same).getName() == parameters.get(same)) {
        same++;
      }
      if (same == figures.size() && declaresDistinctNames(getReason())) {
        return;
      }
    }
    boolean declared = figures.size() == parameters.size();
    for (int i = 0; i < figures.size(); i++) {
      String name = figures.get(i).getName();
      for (int j = 0; j < i; j++) {
        if (figures.get(j).getName().equals(name)) {
          throw new IllegalArgumentException("figure " + name + " is given twice");
        }
      }
      declared &= parameters.contains(name);
    }
    if (!declared) {
      throw new IllegalArgumentException("the figures of " + getMessageKey() + " are "
          + figures.stream().map(Figure::getName).toList() + ", but its reason declares " + parameters);
    }
  }

  /** Whether the reason is one of the library's kinds, whose parameter names are distinct by construction. */
  private static boolean declaresDistinctNames(Reason reason) {
    return reason instanceof Reason.Declared || reason instanceof Reason.Undeclared;
  }

  /**
   * Tells whether another object is a finding with the same rule id, reason, figures, sites, source
   * and texts.
   *
   * @param other the other object
   * @return whether the two are equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    return other instanceof Finding that
        && ruleId.equals(that.ruleId)
        && reason.equals(that.reason)
        && getFigures().equals(that.getFigures())
        && sites.equals(that.sites)
        && source.equals(that.source)
        && texts.equals(that.texts);
  }

  @Override
  public int hashCode() {
    return Objects.hash(ruleId, reason, getFigures(), sites, source, texts);
  }

  /**
   * Returns the finding's parts, for logs: personal identity numbers in its figures are shown as
   * the figures show them.
   *
   * @return for example {@code Finding{ruleId=RADIUS, reason=SITE_INSIDE, ...}}
   */
  @Override
  public String toString() {
    return "Finding{ruleId=" + ruleId + ", reason=" + reason + ", figures=" + getFigures() + ", sites=" + sites
        + ", source=" + source + ", texts=" + texts + "}";
  }
}
