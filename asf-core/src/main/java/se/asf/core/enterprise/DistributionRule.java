package se.asf.core.enterprise;

/** What the statutes say about profit and value transfers (vinstutdelning, värdeöverföring). */
public enum DistributionRule {
  /** No profit may be distributed at all. */
  NO_DISTRIBUTION,
  /** Value may be transferred only to other idéburna organisations (LOU 19 kap. 6 a §). */
  ONLY_TO_IDEBURNA_ORGANISATIONS,
  /** Profit is mainly (i huvudsak) to be reinvested in the own or similar activities. */
  MAINLY_REINVESTED,
  /** Distribution is capped, for example to a share of the profit. */
  CAPPED,
  /** The statutes do not restrict distribution. */
  UNRESTRICTED
}
