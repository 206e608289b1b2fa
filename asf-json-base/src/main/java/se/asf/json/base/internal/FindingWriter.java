package se.asf.json.base.internal;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asf.core.DatePeriod;
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
  private final ValueWriter<DatePeriod> periods;
  private final List<Locale> languages;

  FindingWriter(Codecs codecs, List<Locale> languages) {
    this.sites = Out.list(codecs.of(RuleCodecs.SITE_RESULT));
    this.periods = codecs.of(Declarations.DATE_PERIOD);
    this.languages = languages;
  }

  @Override
  public void write(TokenWriter g, Finding value) throws IOException {
    g.startObject();
    Out.text(g, "ruleId", value.getRuleId());
    Out.text(g, "outcome", RuleCodes.OUTCOME.code(value.getOutcome()));
    Out.text(g, "reason", value.getReasonCode());
    g.name("figures");
    Out.list(this::figure).write(g, value.getFigures());
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

  private void figure(TokenWriter g, Figure figure) throws IOException {
    g.startObject();
    Out.text(g, "name", figure.getName());
    Out.text(g, "kind", FigureCodes.KINDS.code(figure.getKind()));
    switch (figure.getKind()) {
      case DECIMAL:
      case SHARE:
      case DISTANCE:
        Out.decimal(g, "value", figure.getDecimal().orElseThrow());
        break;
      case DATE:
        Out.date(g, "value", figure.getDate().orElseThrow());
        break;
      case PERIOD:
        g.name("value");
        periods.write(g, figure.getPeriod().orElseThrow());
        break;
      case TEXT:
        Out.text(g, "value", figure.getText().orElseThrow());
        break;
      case CODE:
        Enum<?> code = figure.getCode().orElseThrow();
        Out.text(g, "type", FigureCodes.type(code));
        Out.text(g, "value", FigureCodes.code(code));
        break;
      default:
        break;
    }
    g.endObject();
  }

}
