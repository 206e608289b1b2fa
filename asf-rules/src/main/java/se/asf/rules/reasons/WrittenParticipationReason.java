package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of Skoopi's written-participation rule {@code SKOOPI-WRITTEN-PARTICIPATION}: each with its outcome and the names of its figures. */
public enum WrittenParticipationReason implements Reason.Declared {
  /** No evidence of participation. */
  NO_EVIDENCE(Outcome.UNDETERMINED),
  /** No written document is referenced. */
  NO_DOCUMENT(Outcome.UNDETERMINED, "mechanism"),
  /** Participation is written down. */
  IN_WRITING(Outcome.MET, "mechanism", "document");

  private final Reason.Declaration declaration;

  WrittenParticipationReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
