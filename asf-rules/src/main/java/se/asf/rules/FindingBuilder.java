package se.asf.rules;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.asf.rules.radius.SiteDistance;

/**
 * Builds a {@link Finding}: an application's own rule, a finding read back from a document, or a
 * rule that judges sites.
 *
 * <pre>{@code
 * Finding finding = Finding.builder()
 *     .ruleId("OWN-RULE")                    // required
 *     .reason(reason)                        // required; gives the outcome
 *     .source("Förfrågningsunderlaget 4.2")  // required
 *     .addFigures(Figure.count("sites", 2))  // named as the reason's parameters
 *     .putText("sv", "…")                    // optional fixed texts per language
 *     .build();
 * }</pre>
 *
 * <p>Figures and sites keep the order they are added in, texts the order they are put in. A
 * builder is not thread-safe; the finding it builds is.
 */
public final class FindingBuilder {
  private String ruleId;
  private Reason reason;
  private final List<Figure> figures = new ArrayList<>();
  private final List<SiteDistance> sites = new ArrayList<>();
  private String source;
  private final Map<String, String> texts = new LinkedHashMap<>();

  /** Creates an empty builder; {@link Finding#builder()} does the same. */
  public FindingBuilder() {}

  /**
   * Fills the builder from a finding: its rule id, reason and source replace those set, its
   * figures and sites are added, and its texts put.
   *
   * @param instance the finding
   * @return this builder
   */
  public FindingBuilder from(Finding instance) {
    Objects.requireNonNull(instance, "instance");
    ruleId(instance.getRuleId());
    reason(instance.getReason());
    addAllFigures(instance.getFigures());
    addAllSites(instance.getSites());
    source(instance.getSource());
    return putAllTexts(instance.getTexts());
  }

  /**
   * Sets the rule's id.
   *
   * @param ruleId the id, such as {@code TVV-PURPOSE}; not blank
   * @return this builder
   */
  public FindingBuilder ruleId(String ruleId) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    return this;
  }

  /**
   * Sets the reason, which gives the outcome.
   *
   * @param reason the reason
   * @return this builder
   */
  public FindingBuilder reason(Reason reason) {
    this.reason = Objects.requireNonNull(reason, "reason");
    return this;
  }

  /**
   * Adds a figure.
   *
   * @param element the figure
   * @return this builder
   */
  public FindingBuilder addFigure(Figure element) {
    figures.add(Objects.requireNonNull(element, "figures element"));
    return this;
  }

  /**
   * Adds figures.
   *
   * @param elements the figures
   * @return this builder
   */
  public FindingBuilder addFigures(Figure... elements) {
    for (Figure element : elements) {
      addFigure(element);
    }
    return this;
  }

  /**
   * Adds figures.
   *
   * @param elements the figures
   * @return this builder
   */
  public FindingBuilder addAllFigures(Iterable<? extends Figure> elements) {
    for (Figure element : elements) {
      addFigure(element);
    }
    return this;
  }

  /**
   * Replaces the figures.
   *
   * @param elements the figures
   * @return this builder
   */
  public FindingBuilder figures(Iterable<? extends Figure> elements) {
    figures.clear();
    return addAllFigures(elements);
  }

  /**
   * Adds a site's result.
   *
   * @param element the site's result
   * @return this builder
   */
  public FindingBuilder addSite(SiteDistance element) {
    sites.add(Objects.requireNonNull(element, "sites element"));
    return this;
  }

  /**
   * Adds sites' results.
   *
   * @param elements the sites' results
   * @return this builder
   */
  public FindingBuilder addSites(SiteDistance... elements) {
    for (SiteDistance element : elements) {
      addSite(element);
    }
    return this;
  }

  /**
   * Adds sites' results.
   *
   * @param elements the sites' results
   * @return this builder
   */
  public FindingBuilder addAllSites(Iterable<? extends SiteDistance> elements) {
    for (SiteDistance element : elements) {
      addSite(element);
    }
    return this;
  }

  /**
   * Replaces the sites' results.
   *
   * @param elements the sites' results
   * @return this builder
   */
  public FindingBuilder sites(Iterable<? extends SiteDistance> elements) {
    sites.clear();
    return addAllSites(elements);
  }

  /**
   * Sets the legal or policy source.
   *
   * @param source the source, such as {@code LOU 4 kap. 18 §}; not blank
   * @return this builder
   */
  public FindingBuilder source(String source) {
    this.source = Objects.requireNonNull(source, "source");
    return this;
  }

  /**
   * Puts a fixed text of the message.
   *
   * @param language the language tag, such as {@code sv}
   * @param text the text; not blank
   * @return this builder
   */
  public FindingBuilder putText(String language, String text) {
    texts.put(Objects.requireNonNull(language, "texts key"),
        Objects.requireNonNull(text, () -> "texts value for key: " + language));
    return this;
  }

  /**
   * Puts a fixed text of the message.
   *
   * @param entry the language tag and the text
   * @return this builder
   */
  public FindingBuilder putText(Map.Entry<String, ? extends String> entry) {
    return putText(entry.getKey(), entry.getValue());
  }

  /**
   * Puts fixed texts of the message.
   *
   * @param entries the texts by language tag
   * @return this builder
   */
  public FindingBuilder putAllTexts(Map<String, ? extends String> entries) {
    entries.forEach(this::putText);
    return this;
  }

  /**
   * Replaces the fixed texts of the message.
   *
   * @param entries the texts by language tag
   * @return this builder
   */
  public FindingBuilder texts(Map<String, ? extends String> entries) {
    texts.clear();
    return putAllTexts(entries);
  }

  /**
   * Builds the finding.
   *
   * @return the finding
   * @throws IllegalStateException if the rule id, the reason or the source is not set
   * @throws se.asf.core.InvariantViolationException if the rule id, the source or a text is blank
   * @throws IllegalArgumentException if the figures are not named as the reason's parameters
   */
  public Finding build() {
    if (ruleId == null || reason == null || source == null) {
      List<String> missing = new ArrayList<>();
      if (ruleId == null) {
        missing.add("ruleId");
      }
      if (reason == null) {
        missing.add("reason");
      }
      if (source == null) {
        missing.add("source");
      }
      throw new IllegalStateException("Cannot build Finding, some of required attributes are not set " + missing);
    }
    return new Finding(ruleId, reason, List.copyOf(figures), List.copyOf(sites), source,
        texts.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(texts)));
  }
}
