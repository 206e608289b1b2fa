package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the integration-purpose judgement, of {@code TVV-PURPOSE} and {@code LOU-4-18-PURPOSE}: each with its outcome and the names of its figures. */
public enum PurposeReason implements Reason.Declared {
  /** No evidence of the purpose. */
  NO_EVIDENCE(Outcome.UNDETERMINED),
  /** Integration is not the overarching purpose. */
  NOT_OVERARCHING(Outcome.NOT_MET, "source", "document"),
  /** The purpose rests on a self-declaration only. */
  SELF_DECLARATION_ONLY(Outcome.UNDETERMINED, "document"),
  /** Integration is the stated overarching purpose. */
  STATED(Outcome.MET, "source", "document");

  private final Reason.Declaration declaration;

  PurposeReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
