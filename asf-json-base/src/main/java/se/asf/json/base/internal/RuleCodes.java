package se.asf.json.base.internal;

import se.asf.rules.Outcome;
import se.asf.rules.radius.PositionWarning;

/** The code tables of asf-rules' enums, apart from asf-core's so that asf-rules may be absent. */
public final class RuleCodes {
  /** {@link Outcome} of asf-rules. */
  public static final EnumCode<Outcome> OUTCOME = EnumCode.of(Outcome.class, "met", "not-met", "undetermined");

  /** {@link PositionWarning} of asf-rules: a warning on one site's result against a radius. */
  public static final EnumCode<PositionWarning> POSITION_WARNING =
      EnumCode.of(PositionWarning.class, "likely-swapped-coordinates");

  private RuleCodes() {}
}
