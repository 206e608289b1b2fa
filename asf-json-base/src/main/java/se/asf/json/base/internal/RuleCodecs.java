package se.asf.json.base.internal;

import static se.asf.json.base.internal.Declarations.AMOUNT;
import static se.asf.json.base.internal.Declarations.BOOLEAN;
import static se.asf.json.base.internal.Declarations.DATE;
import static se.asf.json.base.internal.Declarations.TEXT;
import static se.asf.json.base.internal.Prop.optional;
import static se.asf.json.base.internal.Prop.required;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.asf.core.DatePeriod;
import se.asf.json.base.JsonProblemCode;
import se.asf.rules.Assessment;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.radius.PositionWarning;
import se.asf.rules.radius.SiteDistance;

/**
 * The declarations of asf-rules' types, used only when asf-rules is present: one site's result
 * against a radius, a typed {@link Figure}, a {@link Finding} (hand-written, in {@link FindingCodec})
 * and an {@link Assessment} with its derived overall {@code outcome}. The shipped schema describes
 * them by hand. Kept in one place: when {@code Assessment} gains an attribute, its declaration here
 * is the one to change.
 */
final class RuleCodecs {
  private static final Kind<Double> DISTANCE_METRES = Kind.scalar(Scalars.COORDINATE,
      (out, value) -> out.number(value.toString()), Declarations.map("type", "number", "minimum", 0));

  private static final Prop<SiteDistance, String> SITE_NAME =
      required("site", TEXT, SiteDistance::getSiteName, "The site.");
  private static final Prop<SiteDistance, String> SITE_CENTRE =
      optional("centre", TEXT, SiteDistance::getNearestCentre, "The nearest centre.");
  private static final Prop<SiteDistance, Double> SITE_DISTANCE = optional("distanceMetres", DISTANCE_METRES,
      s -> s.isPositionKnown() ? Optional.of(s.getDistanceMetres().getAsDouble()) : Optional.empty(),
      "The exact geodesic distance.");
  private static final Prop<SiteDistance, BigDecimal> SITE_DISPLAYED = optional("displayedMetres", AMOUNT,
      SiteDistance::getDisplayedDistanceMetres, "The displayed distance, in metres to the millimetre.");
  private static final Prop<SiteDistance, Boolean> SITE_INSIDE = optional("inside", BOOLEAN,
      s -> s.isPositionKnown() ? Optional.of(s.isInside()) : Optional.empty(), "Whether the site is inside.");
  /** Format 3: warnings about the site's position, which never change the outcome. */
  private static final Prop<SiteDistance, Set<PositionWarning>> SITE_WARNINGS = optional("warnings",
      Kind.codeSet(RuleCodes.POSITION_WARNING),
      s -> s.getWarnings().isEmpty() ? Optional.empty() : Optional.of(Set.copyOf(s.getWarnings())),
      "Warnings about the position.");
  /** One site's result: with a known position, every property; without, the name only. */
  static final WireType<SiteDistance> SITE_RESULT = WireType.of(SiteDistance.class,
      "One site's result against a radius.", values -> {
        String site = values.get(SITE_NAME);
        boolean known = values.has(SITE_CENTRE);
        if (values.has(SITE_DISTANCE) != known || values.has(SITE_DISPLAYED) != known
            || values.has(SITE_INSIDE) != known || values.has(SITE_WARNINGS) && !known) {
          throw values.problem("centre", JsonProblemCode.CONFLICTING_PROPERTIES, "problem.site");
        }
        if (!known) {
          return SiteDistance.unknown(site);
        }
        SiteDistance result;
        try {
          result = SiteDistance.of(site, values.get(SITE_CENTRE), values.get(SITE_DISTANCE), values.get(SITE_INSIDE));
        } catch (IllegalArgumentException e) {
          throw values.problem("distanceMetres", JsonProblemCode.INVALID_VALUE, "problem.invalid");
        }
        BigDecimal displayed = values.get(SITE_DISPLAYED);
        BigDecimal shown = result.getDisplayedDistanceMetres().orElseThrow();
        if (displayed.compareTo(shown) != 0) {
          throw values.problem("displayedMetres", JsonProblemCode.INVALID_VALUE, "problem.displayed-distance",
              displayed.toPlainString(), Double.toString(result.getDistanceMetres().orElseThrow()),
              shown.toPlainString());
        }
        return result.withWarnings(values.optional(SITE_WARNINGS).map(List::copyOf).orElse(List.of()));
      }, SITE_NAME, SITE_CENTRE, SITE_DISTANCE, SITE_DISPLAYED, SITE_INSIDE, SITE_WARNINGS);

  /** A figure's value, whose JSON type follows the figure's kind: a number, a text or a period. */
  private static final Kind<Object> FIGURE_VALUE_KIND = new Kind<>(Map.of(), codecs -> {
    ValueReader<DatePeriod> periods = codecs.of(Declarations.DATE_PERIOD);
    return in -> {
      if (in.current() == Token.START_OBJECT) {
        return periods.read(in);
      }
      return in.current() == Token.INTEGER || in.current() == Token.DECIMAL ? Scalars.DECIMAL.read(in)
          : Scalars.TEXT.read(in);
    };
  }, codecs -> {
    ValueWriter<DatePeriod> periods = codecs.of(Declarations.DATE_PERIOD);
    return (out, value) -> {
      if (value instanceof BigDecimal decimal) {
        Out.decimal(out, decimal);
      } else if (value instanceof LocalDate date) {
        Out.date(out, date);
      } else if (value instanceof DatePeriod period) {
        periods.write(out, period);
      } else {
        Out.text(out, (String) value);
      }
    };
  });
  private static final Prop<Figure, String> FIGURE_NAME = required("name", TEXT, Figure::getName, "The name.");
  private static final Prop<Figure, String> FIGURE_KIND =
      required("kind", TEXT, f -> FigureCodes.KINDS.code(f.getKind()), "The kind of value.");
  private static final Prop<Figure, String> FIGURE_TYPE =
      optional("type", TEXT, f -> f.getCode().map(FigureCodes::type), "A code's type.");
  private static final Prop<Figure, Object> FIGURE_VALUE =
      optional("value", FIGURE_VALUE_KIND, RuleCodecs::figureValue, "The value, but for none.");
  /** A typed figure: {@code {"name", "kind", "type" (codes only), "value" (not for none)}}. */
  static final WireType<Figure> FIGURE = WireType.of(Figure.class, "A typed figure.", RuleCodecs::figure,
      FIGURE_NAME, FIGURE_KIND, FIGURE_TYPE, FIGURE_VALUE);

  /** A finding, in the message languages of the settings. */
  static final Kind<Finding> FINDING = new Kind<>(Map.of(), FindingCodec::new, FindingCodec::new);

  private static final Prop<Assessment, String> SUBJECT_NAME =
      required("subjectName", TEXT, Assessment::getSubjectName, "The enterprise assessed.");
  private static final Prop<Assessment, String> SUBJECT_IDENTITY =
      required("subjectIdentity", TEXT, Assessment::getSubjectIdentity, "Its identity.");
  private static final Prop<Assessment, String> RULE_SET_ID =
      required("ruleSetId", TEXT, Assessment::getRuleSetId, "The rule set.");
  private static final Prop<Assessment, String> RULE_SET_VERSION =
      required("ruleSetVersion", TEXT, Assessment::getRuleSetVersion, "Its version.");
  private static final Prop<Assessment, String> PROCUREMENT = optional("procurementReference", TEXT,
      Assessment::getProcurementReference, "The procurement's reference.");
  private static final Prop<Assessment, LocalDate> ASSESSMENT_DATE =
      required("assessmentDate", DATE, Assessment::getAssessmentDate, "The date assessed at.");
  private static final Prop<Assessment, Outcome> OUTCOME = required("outcome",
      Kind.code(RuleCodes.OUTCOME), Assessment::getOutcome, "Derived from the findings.");
  private static final Prop<Assessment, List<Finding>> FINDINGS =
      required("findings", Kind.listOf(FINDING), Assessment::getFindings, "The findings.");
  /**
   * An {@link Assessment}. The overall {@code outcome} is derived from the findings; it is written for
   * readers' convenience, and on input it must agree with the findings.
   */
  static final WireType<Assessment> ASSESSMENT = WireType.of(Assessment.class,
      "The findings of one rule set for one enterprise.", values -> {
        Outcome stated = values.get(OUTCOME);
        Assessment assessment = Assessment.builder()
            .subjectName(values.get(SUBJECT_NAME))
            .subjectIdentity(values.get(SUBJECT_IDENTITY))
            .ruleSetId(values.get(RULE_SET_ID))
            .ruleSetVersion(values.get(RULE_SET_VERSION))
            .procurementReference(values.optional(PROCUREMENT))
            .assessmentDate(values.get(ASSESSMENT_DATE))
            .findings(values.get(FINDINGS))
            .build();
        if (assessment.getOutcome() != stated) {
          throw values.problem("outcome", JsonProblemCode.INVALID_VALUE, "problem.outcome-mismatch",
              RuleCodes.OUTCOME.code(stated), RuleCodes.OUTCOME.code(assessment.getOutcome()));
        }
        return assessment;
      }, SUBJECT_NAME, SUBJECT_IDENTITY, RULE_SET_ID, RULE_SET_VERSION, PROCUREMENT, ASSESSMENT_DATE, OUTCOME,
      FINDINGS);

  private RuleCodecs() {}

  private static Optional<?> figureValue(Figure figure) {
    return switch (figure.getKind()) {
      case DECIMAL, SHARE, DISTANCE -> figure.getDecimal();
      case DATE -> figure.getDate();
      case PERIOD -> figure.getPeriod();
      case TEXT -> figure.getText();
      case CODE -> figure.getCode().map(FigureCodes::code);
      case NONE -> Optional.empty();
    };
  }

  private static Figure figure(FieldValues values) throws IOException {
    String name = values.get(FIGURE_NAME);
    String kindCode = values.get(FIGURE_KIND);
    Figure.Kind kind = FigureCodes.KINDS.constant(kindCode).orElseThrow(() -> values.problem("kind",
        JsonProblemCode.UNKNOWN_CODE, "problem.unknown-code", SafeText.echo(kindCode),
        String.join(", ", FigureCodes.KINDS.codes())));
    Optional<Object> value = values.optional(FIGURE_VALUE);
    if (kind == Figure.Kind.NONE) {
      if (value.isPresent()) {
        throw values.problem("value", JsonProblemCode.UNKNOWN_PROPERTY, "problem.unknown-property", "value",
            "name, kind");
      }
      return Figure.none(name);
    }
    Object v = value.orElseThrow(() -> values.problem("value", JsonProblemCode.MISSING_PROPERTY,
        "problem.missing", "value"));
    try {
      switch (kind) {
        case DECIMAL:
          return Figure.decimal(name, (BigDecimal) v);
        case SHARE:
          return Figure.percent(name, (BigDecimal) v);
        case DISTANCE:
          return Figure.distance(name, (BigDecimal) v);
        case PERIOD:
          return Figure.period(name, (DatePeriod) v);
        case DATE:
          return Figure.date(name, LocalDate.parse((String) v));
        case TEXT:
          return Figure.text(name, (String) v);
        default:
          String type = values.get(FIGURE_TYPE);
          String code = (String) v;
          return Figure.code(name, FigureCodes.constant(type, code).orElseThrow(() -> values.problem("value",
              JsonProblemCode.UNKNOWN_CODE, "problem.unknown-code", SafeText.echo(type + "/" + code),
              String.join(", ", FigureCodes.types()))));
      }
    } catch (ClassCastException | DateTimeParseException e) {
      throw values.problem("value", JsonProblemCode.WRONG_TYPE, "problem.figure-value", kindCode);
    }
  }

  /** Adds the readers and writers of asf-rules' types. */
  static void addTo(Codecs codecs) {
    codecs.add(Finding.class, FINDING);
    codecs.add(Assessment.class, Kind.object(ASSESSMENT));
    codecs.add(RuleCodes.OUTCOME);
    codecs.add(RuleCodes.POSITION_WARNING);
  }
}
