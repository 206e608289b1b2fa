package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the reinvestment rule {@code TVV-REINVESTMENT}: each with its outcome and the names of its figures. */
public enum ReinvestmentReason implements Reason.Declared {
  /** The legal form forbids or restricts distribution. */
  LEGAL_FORM(Outcome.MET, "legalForm"),
  /** The statutes restrict distribution. */
  STATUTES(Outcome.MET, "clause"),
  /** Neither a restricting clause nor fiscal-year figures. */
  NO_EVIDENCE(Outcome.UNDETERMINED, "clause"),
  /** The reported years show no surplus. */
  NO_SURPLUS(Outcome.UNDETERMINED, "years", "reinvested", "distributed"),
  /** The reinvested share reaches the threshold. */
  THRESHOLD_REACHED(Outcome.MET, "years", "reinvested", "distributed", "share", "threshold"),
  /** The reinvested share is below the threshold. */
  BELOW_THRESHOLD(Outcome.NOT_MET, "years", "reinvested", "distributed", "share", "threshold");

  private final Reason.Declaration declaration;

  ReinvestmentReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
