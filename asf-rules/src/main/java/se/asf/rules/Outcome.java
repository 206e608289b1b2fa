package se.asf.rules;

import java.util.Collection;

/**
 * The outcome of a rule, or of a whole assessment.
 *
 * <p>{@link #UNDETERMINED} means the evidence the rule needs is missing: a procurement officer then
 * asks the bidder for more information rather than rejecting it. It is never silently turned into
 * {@link #MET} or {@link #NOT_MET}.
 */
public enum Outcome {
  /** The criterion is met. */
  MET,
  /** The criterion is not met, for a stated reason. */
  NOT_MET,
  /** The evidence needed to judge the criterion is missing. */
  UNDETERMINED;

  /**
   * Combines the outcomes of several findings into an overall outcome: {@link #NOT_MET} if any is
   * NOT_MET, else {@link #UNDETERMINED} if any is UNDETERMINED, else {@link #MET}. No findings at all
   * is {@link #UNDETERMINED}: nothing was shown.
   *
   * @param outcomes the findings' outcomes
   * @return the overall outcome
   */
  public static Outcome combine(Collection<Outcome> outcomes) {
    if (outcomes.isEmpty()) {
      return UNDETERMINED;
    }
    if (outcomes.contains(NOT_MET)) {
      return NOT_MET;
    }
    return outcomes.contains(UNDETERMINED) ? UNDETERMINED : MET;
  }
}
