package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of Skoopi's no-public-owner rule {@code SKOOPI-NO-PUBLIC-OWNER}: each with its outcome and the names of its figures. */
public enum NoPublicOwnerReason implements Reason.Declared {
  /** A public-sector organisation number. */
  PUBLIC_SECTOR_IDENTITY(Outcome.NOT_MET, "identity"),
  /** The owners are not known. */
  NO_EVIDENCE(Outcome.UNDETERMINED),
  /** Public bodies are among the owners. */
  PUBLIC_OWNER(Outcome.NOT_MET, "publicOwners"),
  /**
   * A foreign identifier, which does not tell whether the supplier is itself a public body, and no
   * public body is among the owners.
   */
  FOREIGN_IDENTITY(Outcome.UNDETERMINED, "identity"),
  /** No public body is among the owners. */
  NO_PUBLIC_OWNER(Outcome.MET);

  private final Reason.Declaration declaration;

  NoPublicOwnerReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
