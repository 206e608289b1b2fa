package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of Skoopi's own-organisation-number rule {@code SKOOPI-OWN-ORGNR}: each with its outcome and the names of its figures. */
public enum OwnOrganisationNumberReason implements Reason.Declared {
  /** A sole trader, identified by a personnummer. */
  SOLE_TRADER(Outcome.NOT_MET, "identity"),
  /**
   * A foreign identifier: whether it is the enterprise's own registration, and not its owner's, is
   * for the national register to tell.
   */
  FOREIGN_IDENTITY(Outcome.UNDETERMINED, "identity"),
  /** The enterprise has its own organisation number. */
  OWN_NUMBER(Outcome.MET, "identity");

  private final Reason.Declaration declaration;

  OwnOrganisationNumberReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
