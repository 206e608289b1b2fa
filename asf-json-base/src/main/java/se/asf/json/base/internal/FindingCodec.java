package se.asf.json.base.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.asf.json.base.JsonProblemCode;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.Reason;
import se.asf.rules.Rule;
import se.asf.rules.RuleCatalogue;
import se.asf.rules.radius.SiteDistance;

/**
 * Reads and writes a {@link Finding} of asf-rules. It reads format 3 or 2 (typed figures as an array,
 * optional per-site results, messages under any language tags; format 3 adds optional {@code warnings}
 * to a site's result, such as {@code likely-swapped-coordinates}) or format 1 (figures as an object of
 * texts, messages in Swedish and English), which are read as text figures. It writes {@code ruleId},
 * {@code outcome}, {@code reason}, {@code figures} (typed, in the rule's order), {@code sites} (each
 * site's result, for the radius rule), {@code source} and {@code message} (the message in each
 * configured language, under its tag, formatted now). Kept in one place: when {@code Finding} gains
 * an attribute, this class is the one to change.
 *
 * <p>The reason of a library rule is its declared reason when the figures fit it, and its outcome
 * must be the declared one; any other reason is kept as {@link Reason#of}. The messages read are kept
 * as the finding's texts.
 */
final class FindingCodec extends ObjectReader<Finding> implements ValueWriter<Finding> {
  private static final Map<String, List<Reason>> DECLARED = new LinkedHashMap<>();

  static {
    for (Rule rule : RuleCatalogue.libraryRules()) {
      DECLARED.put(rule.getId(), rule.getReasons());
    }
  }

  private static final Field<String> RULE_ID = Field.of("ruleId", Scalars.TEXT);
  private static final Field<Outcome> OUTCOME = Field.of("outcome", Scalars.code(RuleCodes.OUTCOME));
  private static final Field<String> REASON = Field.of("reason", Scalars.TEXT);
  private static final String FIGURES = "figures";

  private static Field<Figures> figures(ValueReader<List<Figure>> typed) {
    return Field.of(FIGURES, in -> {
      if (in.current() == Token.START_OBJECT) {
        List<Figure> figures = new ArrayList<>();
        Scalars.TEXT_MAP.read(in).forEach((name, text) -> figures.add(Figure.text(name, text)));
        return new Figures(figures, true);
      }
      return new Figures(typed.read(in), false);
    });
  }
  private static final Field<String> SOURCE = Field.of("source", Scalars.TEXT);
  private static final Field<Map<String, String>> MESSAGE = Field.of("message", Scalars.TEXT_MAP);

  private final Field<Figures> figures;
  private final Field<List<SiteDistance>> sites;
  private final ValueWriter<List<Figure>> figureWriter;
  private final ValueWriter<List<SiteDistance>> siteWriter;
  private final List<Locale> languages;

  FindingCodec(Codecs codecs) {
    this(codecs, figures(Scalars.listOf(codecs.of(RuleCodecs.FIGURE))),
        Field.of("sites", Scalars.listOf(codecs.of(RuleCodecs.SITE_RESULT))));
  }

  private FindingCodec(Codecs codecs, Field<Figures> figures, Field<List<SiteDistance>> sites) {
    super(List.of(RULE_ID, OUTCOME, REASON, figures, sites, SOURCE, MESSAGE));
    this.figures = figures;
    this.sites = sites;
    this.figureWriter = Out.list(codecs.of(RuleCodecs.FIGURE));
    this.siteWriter = Out.list(codecs.of(RuleCodecs.SITE_RESULT));
    this.languages = codecs.settings().getMessageLanguages();
  }

  @Override
  public void write(TokenWriter out, Finding value) throws IOException {
    out.startObject();
    Out.text(out, "ruleId", value.getRuleId());
    Out.text(out, "outcome", RuleCodes.OUTCOME.code(value.getOutcome()));
    Out.text(out, "reason", value.getReasonCode());
    out.name("figures");
    figureWriter.write(out, value.getFigures());
    if (!value.getSites().isEmpty()) {
      out.name("sites");
      siteWriter.write(out, value.getSites());
    }
    Out.text(out, "source", value.getSource());
    out.name("message");
    out.startObject();
    Map<String, String> texts = value.getTexts();
    for (Locale language : languages) {
      String tag = language.toLanguageTag();
      Out.text(out, tag, texts.containsKey(tag) ? texts.get(tag) : value.getMessage(language));
    }
    out.endObject();
    out.endObject();
  }

  @Override
  protected Finding build(FieldValues values) throws IOException {
    String ruleId = values.get(RULE_ID);
    Outcome outcome = values.get(OUTCOME);
    String code = values.get(REASON);
    Figures figures = values.get(this.figures);
    Map<String, String> message = values.get(MESSAGE);
    if (figures.textual()) {
      for (String language : List.of("sv", "en")) {
        if (!message.containsKey(language)) {
          throw Problems.fail(JsonProblemCode.MISSING_PROPERTY, "problem.missing", language).under(language)
              .under("message");
        }
      }
    } else if (message.isEmpty()) {
      throw values.problem("message", JsonProblemCode.MISSING_PROPERTY, "problem.messages-missing");
    }
    List<String> names = figures.figures().stream().map(Figure::getName).toList();
    Reason reason = Reason.of(code, outcome, names);
    Optional<Reason> declared = figures.textual() ? Optional.empty() : DECLARED.getOrDefault(ruleId, List.of())
        .stream().filter(r -> r.getCode().equals(code)).findFirst();
    if (declared.isPresent()) {
      if (declared.get().getOutcome() != outcome) {
        throw values.problem("outcome", JsonProblemCode.INVALID_VALUE, "problem.reason-outcome", SafeText.echo(code),
            RuleCodes.OUTCOME.code(declared.get().getOutcome()), RuleCodes.OUTCOME.code(outcome));
      }
      if (new java.util.HashSet<>(declared.get().getParameters()).equals(new java.util.HashSet<>(names))) {
        reason = declared.get();
      }
    }
    Finding finding = Finding.builder()
        .ruleId(ruleId)
        .reason(reason)
        .figures(figures.figures())
        .sites(values.optional(sites).orElse(List.of()))
        .source(values.get(SOURCE))
        .build();
    // A declared reason's message is formatted on demand; only a text that differs from it is kept.
    Map<String, String> texts = new LinkedHashMap<>();
    message.forEach((language, text) -> {
      if (!(finding.getReason() instanceof Reason.Declared)
          || !text.equals(finding.getMessage(Locale.forLanguageTag(language)))) {
        texts.put(language, text);
      }
    });
    return texts.isEmpty() ? finding : Finding.builder().from(finding).texts(texts).build();
  }

  /** The figures read, and whether they were format 1's texts. */
  record Figures(List<Figure> figures, boolean textual) {}
}
