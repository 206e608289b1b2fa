package se.asf.rules.reasons;

import se.asf.rules.Outcome;
import se.asf.rules.Reason;

/** The reasons of the whole-legal-entity judgement, of {@code HFD-2021-48-ENTITY} and {@code TVV-ENTITY}: each with its outcome and the names of its figures. */
public enum EntityReason implements Reason.Declared {
  /** The evidence describes only a unit of the legal entity. */
  UNIT_ONLY(Outcome.NOT_MET, "unit", "identity"),
  /** The evidence describes the whole legal entity. */
  WHOLE_ENTITY(Outcome.MET, "identity");

  private final Reason.Declaration declaration;

  EntityReason(Outcome outcome, String... parameters) {
    this.declaration = Reason.Declaration.of(outcome, parameters);
  }

  @Override
  public Reason.Declaration declaration() {
    return declaration;
  }
}
