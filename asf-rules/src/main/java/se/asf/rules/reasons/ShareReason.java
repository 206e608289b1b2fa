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
  BELOW_THRESHOLD(Outcome.NOT_MET, "basis", "threshold", "targetGroup", "occupied", "period", "share"),
  /**
   * Only a self-declaration, and the procurement does not accept one: ask for the workforce figures.
   */
  SELF_DECLARED(Outcome.UNDETERMINED, "threshold", "declared", "document"),
  /** A self-declared share, accepted at the qualification stage, reaches the threshold. */
  DECLARED_THRESHOLD_REACHED(Outcome.MET, "threshold", "declared", "document"),
  /** A self-declared share, accepted at the qualification stage, is below the threshold. */
  DECLARED_BELOW_THRESHOLD(Outcome.NOT_MET, "threshold", "declared", "document"),
  /** The self-declaration answers no: not a sheltered workshop or integration-focused operator. */
  DECLARED_NO(Outcome.NOT_MET, "document"),
  /** The self-declaration has no share that can be read without guessing. */
  DECLARED_SHARE_UNREADABLE(Outcome.UNDETERMINED, "declaredValue", "document"),
  /** The figures reach the threshold, but the self-declared share is below it. */
  THRESHOLD_REACHED_CONTRADICTS_DECLARATION(Outcome.MET, "basis", "threshold", "targetGroup", "occupied", "period",
      "share", "declared", "document"),
  /** The figures are below the threshold, but the self-declared share reaches it. */
  BELOW_THRESHOLD_CONTRADICTS_DECLARATION(Outcome.NOT_MET, "basis", "threshold", "targetGroup", "occupied", "period",
      "share", "declared", "document");

  private final Reason.Declaration declaration;

  ShareReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
