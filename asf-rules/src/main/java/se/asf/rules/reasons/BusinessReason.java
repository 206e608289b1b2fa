package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the business-activity rule {@code TVV-BUSINESS}: each with its outcome and the names of its figures. */
public enum BusinessReason implements Reason.Declared {
  /** No business activity is stated. */
  NO_EVIDENCE(Outcome.UNDETERMINED),
  /** The enterprise sells goods or services. */
  SELLS_GOODS_OR_SERVICES(Outcome.MET, "activities");

  private final Reason.Declaration declaration;

  BusinessReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
