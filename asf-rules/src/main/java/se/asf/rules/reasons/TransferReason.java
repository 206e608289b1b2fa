package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the value-transfer rule {@code LOU-19-6A-TRANSFERS}: each with its outcome and the names of its figures. */
public enum TransferReason implements Reason.Declared {
  /** Value was transferred. */
  DISTRIBUTED(Outcome.NOT_MET, "distributed"),
  /** The legal form forbids transfers. */
  LEGAL_FORM(Outcome.MET),
  /** The statutes forbid transfers or allow them only to idéburna organisations. */
  STATUTES(Outcome.MET, "clause"),
  /** The statutes allow transfers. */
  STATUTES_ALLOW_TRANSFERS(Outcome.NOT_MET, "clause"),
  /** The legal form allows transfers. */
  LEGAL_FORM_ALLOWS_TRANSFERS(Outcome.NOT_MET),
  /** No statutes clause on transfers. */
  NO_EVIDENCE(Outcome.UNDETERMINED);

  private final Reason.Declaration declaration;

  TransferReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
