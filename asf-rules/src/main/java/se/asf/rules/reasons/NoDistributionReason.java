package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of Skoopi's no-distribution rule {@code SKOOPI-NO-DISTRIBUTION}: each with its outcome and the names of its figures. */
public enum NoDistributionReason implements Reason.Declared {
  /** Profit was distributed. */
  DISTRIBUTED(Outcome.NOT_MET, "distributed"),
  /** The legal form forbids distribution. */
  LEGAL_FORM(Outcome.MET, "legalForm"),
  /** The statutes forbid distribution. */
  STATUTES(Outcome.MET, "clause"),
  /** The statutes allow distribution. */
  STATUTES_ALLOW_DISTRIBUTION(Outcome.NOT_MET, "clause"),
  /** The legal form allows distribution. */
  LEGAL_FORM_ALLOWS_DISTRIBUTION(Outcome.NOT_MET, "legalForm"),
  /** No statutes clause on distribution. */
  NO_EVIDENCE(Outcome.UNDETERMINED, "legalForm");

  private final Reason.Declaration declaration;

  NoDistributionReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
