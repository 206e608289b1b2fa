package se.asf.core.enterprise;

/**
 * How co-workers are given participation (delaktighet): Tillväxtverket's second ASF criterion (seed
 * 003, chapter 2).
 */
public enum ParticipationMechanism {
  /** Through ownership: the co-workers own the enterprise, for example as members of a cooperative. */
  OWNERSHIP,
  /** Through an agreement on participation. */
  AGREEMENT,
  /** In another well-documented way. */
  OTHER_DOCUMENTED
}
