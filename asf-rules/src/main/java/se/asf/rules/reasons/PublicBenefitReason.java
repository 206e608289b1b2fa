package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the public-benefit purpose rule {@code LOU-19-6A-PURPOSE}: each with its outcome and the names of its figures. */
public enum PublicBenefitReason implements Reason.Declared {
  /** It is not known whether the purpose is exclusively public-benefit. */
  NO_EVIDENCE(Outcome.UNDETERMINED, "source"),
  /** The public-benefit purpose is not exclusive. */
  NOT_EXCLUSIVELY(Outcome.NOT_MET, "publicBenefit"),
  /** The purpose is not shown in the statutes. */
  NOT_IN_STATUTES(Outcome.UNDETERMINED, "source"),
  /** The statutes give an exclusively public-benefit purpose. */
  EXCLUSIVELY(Outcome.MET);

  private final Reason.Declaration declaration;

  PublicBenefitReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
