package se.asf.rules;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.asf.core.enterprise.Enterprise;

/**
 * One rule: it judges one criterion for one enterprise and explains itself in a {@link Finding}.
 *
 * <p>A rule never throws for missing evidence: it answers {@link Outcome#UNDETERMINED} with the
 * reason. It reads no clock and no default locale; the assessment date is passed in. Rules are
 * stateless and thread-safe. Rule sets are composed from rules ({@link RuleSet}); applications can
 * add their own with {@link #of}.
 *
 * <p>A rule made with {@link #of(String, String, Class, Evaluation)} declares its reasons and its
 * source: it refuses to return a finding whose reason or source it did not declare, and the library's
 * tests walk every declared reason of every library rule ({@link RuleCatalogue}).
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

  /**
   * Returns the reasons this rule can give, when it declares them.
   *
   * @return every reason, in declaration order; empty for a rule that does not declare them
   */
  default List<Reason> getReasons() {
    return List.of();
  }

  /**
   * Returns the legal or policy source the rule cites, when it declares it.
   *
   * @return the source, or empty
   */
  default Optional<String> getSource() {
    return Optional.empty();
  }

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
    return of(id, Optional.empty(), List.of(), null, evaluation);
  }

  /**
   * Creates a rule that declares its source and its reasons, an enum.
   *
   * @param <R> the reason type
   * @param id the rule's stable id
   * @param source the legal or policy source every finding cites
   * @param reasons the enum of its reasons; every constant is one it may give
   * @param evaluation the judgement; its findings must carry the id, the source and a declared reason
   * @return the rule
   */
  static <R extends Enum<R> & Reason> Rule of(String id, String source, Class<R> reasons, Evaluation evaluation) {
    Objects.requireNonNull(source, "source");
    // Every constant of the enum is declared, and nothing else is: a class check decides it.
    return of(id, Optional.of(source), List.copyOf(EnumSet.allOf(reasons)), reasons, evaluation);
  }

  // The declared reasons are checked by class (null: any reason), with Class.isInstance rather than a
  // Predicate<Reason>, whose erased call casts every reason to the interface first: on the hot path of
  // assessing, an interface check costs a search of the reason class's interfaces.
  private static Rule of(String id, Optional<String> source, List<Reason> reasons, Class<?> declared,
      Evaluation evaluation) {
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
        if (declared != null && !declared.isInstance(finding.getReason())) {
          throw new IllegalStateException("rule " + id + " does not declare the reason " + finding.getReasonCode());
        }
        if (source.isPresent() && !source.get().equals(finding.getSource())) {
          throw new IllegalStateException("rule " + id + " cites " + source.get() + ", not " + finding.getSource());
        }
        return finding;
      }

      @Override
      public List<Reason> getReasons() {
        return reasons;
      }

      @Override
      public Optional<String> getSource() {
        return source;
      }

      @Override
      public String toString() {
        return "Rule[" + id + "]";
      }
    };
  }
}
