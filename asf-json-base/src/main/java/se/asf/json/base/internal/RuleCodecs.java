package se.asf.json.base.internal;

import static se.asf.json.base.internal.Declarations.AMOUNT;
import static se.asf.json.base.internal.Declarations.BOOLEAN;
import static se.asf.json.base.internal.Declarations.DATE;
import static se.asf.json.base.internal.Declarations.TEXT;
import static se.asf.json.base.internal.Prop.optional;
import static se.asf.json.base.internal.Prop.required;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.asf.json.base.JsonProblemCode;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.radius.PositionWarning;
import se.asf.rules.radius.SiteDistance;

/**
 * The declarations of asf-rules' types, used only when asf-rules is present: a {@link Finding}
 * (hand-written, in {@link FindingReader} and {@link FindingWriter}), one site's result against a
 * radius, and an {@link Assessment} with its derived overall {@code outcome}. The shipped schema
 * describes them by hand. Kept in one place: when {@code Assessment} gains an attribute, its
 * declaration here is the one to change.
 */
final class RuleCodecs {
  private static final Kind<Double> DISTANCE_METRES = Declarations.scalar(Scalars.COORDINATE,
      (out, value) -> out.number(value.toString()), Declarations.map("type", "number", "minimum", 0));

  private static final Prop<SiteDistance, String> SITE_NAME =
      required("site", TEXT, SiteDistance::getSiteName, "The site.");
  private static final Prop<SiteDistance, String> SITE_CENTRE =
      optional("centre", TEXT, SiteDistance::getNearestCentre, "The nearest centre.");
  private static final Prop<SiteDistance, Double> SITE_DISTANCE = optional("distanceMetres", DISTANCE_METRES,
      s -> s.isPositionKnown() ? Optional.of(s.getDistanceMetres().getAsDouble()) : Optional.empty(),
      "The exact geodesic distance.");
  private static final Prop<SiteDistance, java.math.BigDecimal> SITE_DISPLAYED = optional("displayedMetres", AMOUNT,
      SiteDistance::getDisplayedDistanceMetres, "The displayed distance, in millimetres.");
  private static final Prop<SiteDistance, Boolean> SITE_INSIDE = optional("inside", BOOLEAN,
      s -> s.isPositionKnown() ? Optional.of(s.isInside()) : Optional.empty(), "Whether the site is inside.");
  /** Format 3: warnings about the site's position, which never change the outcome. */
  private static final Prop<SiteDistance, Set<PositionWarning>> SITE_WARNINGS = optional("warnings",
      Declarations.codeSet(RuleCodes.POSITION_WARNING),
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
        java.math.BigDecimal displayed = values.get(SITE_DISPLAYED);
        java.math.BigDecimal shown = result.getDisplayedDistanceMetres().orElseThrow();
        if (displayed.compareTo(shown) != 0) {
          throw values.problem("displayedMetres", JsonProblemCode.INVALID_VALUE, "problem.displayed-distance",
              displayed.toPlainString(), Double.toString(result.getDistanceMetres().orElseThrow()),
              shown.toPlainString());
        }
        return result.withWarnings(values.optional(SITE_WARNINGS).map(List::copyOf).orElse(List.of()));
      }, SITE_NAME, SITE_CENTRE, SITE_DISTANCE, SITE_DISPLAYED, SITE_INSIDE, SITE_WARNINGS);

  /** A finding, in the message languages of the settings. */
  static final Kind<Finding> FINDING = new Kind.Scalar<>(FindingReader::new,
      codecs -> new FindingWriter(codecs, codecs.settings().getMessageLanguages()), Map.of());

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
  private static final Prop<Assessment, java.time.LocalDate> ASSESSMENT_DATE =
      required("assessmentDate", DATE, Assessment::getAssessmentDate, "The date assessed at.");
  private static final Prop<Assessment, Outcome> OUTCOME = required("outcome",
      Declarations.code(RuleCodes.OUTCOME), Assessment::getOutcome, "Derived from the findings.");
  private static final Prop<Assessment, List<Finding>> FINDINGS =
      required("findings", Declarations.listOf(FINDING), Assessment::getFindings, "The findings.");
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

  /** Adds the readers and writers of asf-rules' types. */
  static void addTo(Codecs codecs) {
    codecs.add(Finding.class, FINDING);
    codecs.add(Assessment.class, Declarations.object(ASSESSMENT));
    codecs.add(RuleCodes.OUTCOME);
    codecs.add(RuleCodes.POSITION_WARNING);
  }
}
