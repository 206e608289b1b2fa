package se.asf.core.enterprise;

/**
 * What a legal form by itself says about distributing profit to owners or members. Where the law
 * leaves it to the statutes or an agreement, this says so instead of guessing.
 */
public enum ProfitDistributionByLaw {
  /** The law forbids distribution: a stiftelse's assets serve its purpose, not its founder (stiftelselagen 1994:1220). */
  PROHIBITED,
  /** The law restricts distribution: an aktiebolag med särskild vinstutdelningsbegränsning (aktiebolagslagen 32 kap.). */
  RESTRICTED,
  /** The law leaves distribution to the statutes (stadgar, bolagsordning) or a partnership agreement. */
  DEPENDS_ON_STATUTES,
  /** The profit is the owner's own income; a sole trader (enskild firma) cannot restrict it. */
  OWNER_TAKES_PROFIT,
  /** Not a question for this form: a public body. */
  NOT_APPLICABLE,
  /** The form is not one the library knows, so nothing can be said. */
  UNKNOWN
}
