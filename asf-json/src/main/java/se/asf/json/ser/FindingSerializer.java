package se.asf.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.asf.core.DatePeriod;
import se.asf.json.wire.RuleCodes;
import se.asf.json.wire.FigureCodes;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.radius.SiteDistance;

/**
 * Writes a {@link Finding} of asf-rules (format 2): {@code ruleId}, {@code outcome}, {@code reason},
 * {@code figures} (an array of typed figures, in the rule's order), {@code sites} (each site's
 * result, for the radius rule), {@code source} and {@code message} (the message in each configured
 * language, under its tag, formatted now). Kept in one place: when {@code Finding} gains an
 * attribute, this class and {@code FindingDeserializer} are the two to change.
 */
final class FindingSerializer extends AsfSerializer<Finding> {
  private final List<Locale> languages;

  FindingSerializer(List<Locale> languages) {
    super(Finding.class);
    this.languages = languages;
  }

  @Override
  public void serialize(Finding value, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject(value);
    Out.text(g, provider, "ruleId", value.getRuleId());
    Out.code(g, "outcome", RuleCodes.OUTCOME, value.getOutcome());
    Out.text(g, provider, "reason", value.getReasonCode());
    g.writeArrayFieldStart("figures");
    for (Figure figure : value.getFigures()) {
      figure(figure, g, provider);
    }
    g.writeEndArray();
    if (!value.getSites().isEmpty()) {
      g.writeArrayFieldStart("sites");
      for (SiteDistance site : value.getSites()) {
        g.writeStartObject();
        Out.text(g, provider, "site", site.getSiteName());
        if (site.isPositionKnown()) {
          Out.text(g, provider, "centre", site.getNearestCentre().orElseThrow());
          Out.coordinate(g, "distanceMetres", site.getDistanceMetres().orElseThrow());
          Out.decimal(g, provider, "displayedMetres", site.getDisplayedDistanceMetres().orElseThrow());
          Out.bool(g, "inside", site.isInside());
          if (!site.getWarnings().isEmpty()) {
            g.writeArrayFieldStart("warnings");
            for (se.asf.rules.radius.PositionWarning warning : site.getWarnings()) {
              g.writeString(RuleCodes.POSITION_WARNING.code(warning));
            }
            g.writeEndArray();
          }
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    Out.text(g, provider, "source", value.getSource());
    g.writeObjectFieldStart("message");
    Map<String, String> texts = value.getTexts();
    for (Locale language : languages) {
      String tag = language.toLanguageTag();
      Out.text(g, provider, tag, texts.containsKey(tag) ? texts.get(tag) : value.getMessage(language));
    }
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void figure(Figure figure, JsonGenerator g, SerializerProvider provider) throws IOException {
    g.writeStartObject();
    Out.text(g, provider, "name", figure.getName());
    Out.text(g, provider, "kind", FigureCodes.kind(figure.getKind()));
    switch (figure.getKind()) {
      case DECIMAL:
      case SHARE:
      case DISTANCE:
        Out.decimal(g, provider, "value", figure.getDecimal().orElseThrow());
        break;
      case DATE:
        Out.date(g, provider, "value", figure.getDate().orElseThrow());
        break;
      case PERIOD:
        DatePeriod period = figure.getPeriod().orElseThrow();
        g.writeObjectFieldStart("value");
        Out.date(g, provider, "start", period.getStart());
        Out.date(g, provider, "end", period.getEnd());
        g.writeEndObject();
        break;
      case TEXT:
        Out.text(g, provider, "value", figure.getText().orElseThrow());
        break;
      case CODE:
        Enum<?> code = figure.getCode().orElseThrow();
        Out.text(g, provider, "type", FigureCodes.type(code));
        Out.text(g, provider, "value", FigureCodes.code(code));
        break;
      default:
        break;
    }
    g.writeEndObject();
  }

}
