package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the share requirement {@code LOU-4-18-SHARE}: each with its outcome and the names of its figures. */
public enum ShareReason implements Reason.Declared {
  /** The workforce is not known. */
  NO_EVIDENCE(Outcome.UNDETERMINED, "basis", "threshold"),
  /** The workforce period begins after the assessment date. */
  PERIOD_AFTER_ASSESSMENT_DATE(Outcome.UNDETERMINED, "period", "assessmentDate"),
  /** The workforce period ends before the earliest date the rule accepts. */
  PERIOD_TOO_OLD(Outcome.UNDETERMINED, "period", "earliestEnd"),
  /**
   * The requirement counts full-time equivalents and some counted line gives heads only: its FTE
   * are not known, and an unknown count is never taken as zero.
   */
  FULL_TIME_EQUIVALENTS_UNKNOWN(Outcome.UNDETERMINED, "basis", "threshold", "unknownLines", "period"),
  /** Nobody is occupied in the counted forms. */
  NO_ONE_OCCUPIED(Outcome.NOT_MET, "basis", "threshold", "occupied", "period"),
  /** The share reaches the threshold. */
  THRESHOLD_REACHED(Outcome.MET, "basis", "threshold", "targetGroup", "occupied", "period", "share"),
  /** The share is below the threshold. */
  BELOW_THRESHOLD(Outcome.NOT_MET, "basis", "threshold", "targetGroup", "occupied", "period", "share");

  private final Reason.Declaration declaration;

  ShareReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
