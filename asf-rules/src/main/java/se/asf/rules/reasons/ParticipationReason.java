package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the participation rule {@code TVV-PARTICIPATION}: each with its outcome and the names of its figures. */
public enum ParticipationReason implements Reason.Declared {
  /** No evidence of participation. */
  NO_EVIDENCE(Outcome.UNDETERMINED),
  /** Participation in another way is not documented. */
  NOT_DOCUMENTED(Outcome.UNDETERMINED, "mechanism"),
  /** Co-workers participate. */
  PARTICIPATION(Outcome.MET, "mechanism", "document");

  private final Reason.Declaration declaration;

  ParticipationReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
