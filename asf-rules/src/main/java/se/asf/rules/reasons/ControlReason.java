package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the public-control judgement, of {@code TVV-INDEPENDENCE} and {@code LOU-19-6A-CONTROL}: each with its outcome and the names of its figures. */
public enum ControlReason implements Reason.Declared {
  /** A public-sector organisation number. */
  PUBLIC_SECTOR_IDENTITY(Outcome.NOT_MET, "identity", "group"),
  /** Ownership is not known. */
  NO_EVIDENCE(Outcome.UNDETERMINED),
  /** Public bodies hold a majority of the votes. */
  PUBLIC_MAJORITY(Outcome.NOT_MET, "publicShare", "publicSeats", "boardSeats"),
  /** Public bodies appoint a majority of the board. */
  PUBLIC_BOARD_CONTROL(Outcome.NOT_MET, "publicShare", "publicSeats", "boardSeats"),
  /** Public bodies hold a minority and the board is not known. */
  BOARD_UNKNOWN(Outcome.UNDETERMINED, "publicShare"),
  /**
   * A foreign identifier, which (unlike group 2 of an organisation number) does not tell whether the
   * supplier is itself a public body, and ownership shows no public control: never a silent MET.
   */
  FOREIGN_IDENTITY(Outcome.UNDETERMINED, "identity", "publicShare"),
  /** No public body controls the enterprise. */
  INDEPENDENT(Outcome.MET, "publicShare", "publicSeats", "boardSeats");

  private final Reason.Declaration declaration;

  ControlReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
