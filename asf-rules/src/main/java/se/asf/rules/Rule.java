package se.asf.rules;

import java.time.LocalDate;
import java.util.Objects;
import se.asf.core.enterprise.Enterprise;

/**
 * One rule: it judges one criterion for one enterprise and explains itself in a {@link Finding}.
 *
 * <p>A rule never throws for missing evidence: it answers {@link Outcome#UNDETERMINED} with the
 * reason. It reads no clock and no default locale; the assessment date is passed in. Rules are
 * stateless and thread-safe. Rule sets are composed from rules ({@link RuleSet}); applications can
 * add their own with {@link #of}.
 */
public interface Rule {

  /**
   * Returns the rule's stable id, such as {@code LOU-4-18-SHARE}.
   *
   * @return the id
   */
  String getId();

  /**
   * Judges the enterprise.
   *
   * @param enterprise the enterprise, already structurally valid
   * @param assessmentDate the date as of which it is judged, such as the tender deadline
   * @return the finding, whose rule id is {@link #getId()}
   */
  Finding evaluate(Enterprise enterprise, LocalDate assessmentDate);

  /** The judgement of a rule, for {@link #of}. */
  @FunctionalInterface
  interface Evaluation {
    /**
     * Judges the enterprise.
     *
     * @param enterprise the enterprise
     * @param assessmentDate the assessment date
     * @return the finding
     */
    Finding evaluate(Enterprise enterprise, LocalDate assessmentDate);
  }

  /**
   * Creates a rule from an id and a judgement.
   *
   * @param id the rule's stable id
   * @param evaluation the judgement; its findings must carry the same id
   * @return the rule
   */
  static Rule of(String id, Evaluation evaluation) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(evaluation, "evaluation");
    return new Rule() {
      @Override
      public String getId() {
        return id;
      }

      @Override
      public Finding evaluate(Enterprise enterprise, LocalDate assessmentDate) {
        Finding finding = evaluation.evaluate(enterprise, assessmentDate);
        if (!finding.getRuleId().equals(id)) {
          throw new IllegalStateException("rule " + id + " returned a finding of rule " + finding.getRuleId());
        }
        return finding;
      }

      @Override
      public String toString() {
        return "Rule[" + id + "]";
      }
    };
  }
}
