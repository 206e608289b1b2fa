package se.asf.json.base.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.radius.SiteDistance;

/**
 * Writes a {@link Finding} of asf-rules (format 2): {@code ruleId}, {@code outcome}, {@code reason},
 * {@code figures} (an array of typed figures, in the rule's order), {@code sites} (each site's
 * result, for the radius rule), {@code source} and {@code message} (the message in each configured
 * language, under its tag, formatted now). Kept in one place: when {@code Finding} gains an
 * attribute, this class and {@code FindingReader} are the two to change.
 */
final class FindingWriter implements ValueWriter<Finding> {
  private final ValueWriter<List<SiteDistance>> sites;
  private final ValueWriter<List<Figure>> figures;
  private final List<Locale> languages;

  FindingWriter(Codecs codecs, List<Locale> languages) {
    this.sites = Out.list(codecs.of(RuleCodecs.SITE_RESULT));
    this.figures = Out.list(codecs.of(RuleCodecs.FIGURE));
    this.languages = languages;
  }

  @Override
  public void write(TokenWriter g, Finding value) throws IOException {
    g.startObject();
    Out.text(g, "ruleId", value.getRuleId());
    Out.text(g, "outcome", RuleCodes.OUTCOME.code(value.getOutcome()));
    Out.text(g, "reason", value.getReasonCode());
    g.name("figures");
    figures.write(g, value.getFigures());
    if (!value.getSites().isEmpty()) {
      g.name("sites");
      sites.write(g, value.getSites());
    }
    Out.text(g, "source", value.getSource());
    g.name("message");
    g.startObject();
    Map<String, String> texts = value.getTexts();
    for (Locale language : languages) {
      String tag = language.toLanguageTag();
      Out.text(g, tag, texts.containsKey(tag) ? texts.get(tag) : value.getMessage(language));
    }
    g.endObject();
    g.endObject();
  }
}
