package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the radius rule {@code RADIUS}; every finding also lists each site's result: each with its outcome and the names of its figures. */
public enum RadiusReason implements Reason.Declared {
  /** No site is given. */
  NO_SITES(Outcome.UNDETERMINED, "radius"),
  /** A site is inside the radius; the figures name the nearest such site. */
  SITE_INSIDE(Outcome.MET, "radius", "site", "centre", "distance"),
  /** No known site is inside and some positions are not known. */
  POSITION_UNKNOWN(Outcome.UNDETERMINED, "radius", "unknownPositions"),
  /** Every site is outside; the figures name the nearest. */
  ALL_OUTSIDE(Outcome.NOT_MET, "radius", "site", "centre", "distance");

  private final Reason.Declaration declaration;

  RadiusReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
