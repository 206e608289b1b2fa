package se.asf.core.enterprise;

/**
 * What the statutes say about a public-benefit purpose (allmännyttigt ändamål), the test of an
 * idéburen organisation under LOU 19 kap. 6 a §: the purpose must be exclusively public-benefit.
 */
public enum PublicBenefitScope {
  /** The statutes give an exclusively public-benefit purpose. */
  EXCLUSIVELY,
  /** Public benefit is one purpose among others. */
  PARTLY,
  /** The statutes give no public-benefit purpose. */
  NONE
}
