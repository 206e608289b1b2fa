package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of Skoopi's pay-ratio rule {@code SKOOPI-PAY-RATIO}: each with its outcome and the names of its figures. */
public enum PayRatioReason implements Reason.Declared {
  /** The pay range is not known. */
  NO_EVIDENCE(Outcome.UNDETERMINED),
  /** The ratio is within the limit. */
  WITHIN_LIMIT(Outcome.MET, "lowest", "highest", "ratio", "limit"),
  /** The ratio is above the limit. */
  ABOVE_LIMIT(Outcome.NOT_MET, "lowest", "highest", "ratio", "limit");

  private final Reason.Declaration declaration;

  PayRatioReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
