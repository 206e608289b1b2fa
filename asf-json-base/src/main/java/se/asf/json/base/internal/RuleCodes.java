package se.asf.json.base.internal;

import se.asf.rules.Outcome;

/** The code tables of asf-rules' enums, apart from asf-core's so that asf-rules may be absent. */
public final class RuleCodes {
  /** {@link Outcome} of asf-rules. */
  public static final EnumCode<Outcome> OUTCOME = EnumCode.builder(Outcome.class)
      .put(Outcome.MET, "met")
      .put(Outcome.NOT_MET, "not-met")
      .put(Outcome.UNDETERMINED, "undetermined")
      .build();

  private RuleCodes() {}
}
