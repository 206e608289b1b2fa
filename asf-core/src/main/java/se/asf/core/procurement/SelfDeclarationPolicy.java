package se.asf.core.procurement;

/**
 * What the share rule of a procurement does with a bidder's self-declared share (the ESPD
 * criterion "Economic operator is a sheltered workshop") when it has no workforce figures.
 *
 * <p>The ESPD is preliminary evidence (Directive 2014/24/EU art. 59): many procurements accept it at
 * the qualification stage and verify the figures later, before the award. Workforce figures, when
 * present, decide either way.
 */
public enum SelfDeclarationPolicy {
  /** A self-declaration is not enough: the rule says UNDETERMINED and asks for the workforce figures. */
  REQUIRE_WORKFORCE_FIGURES,
  /** A self-declared share is accepted at the qualification stage, to be verified later. */
  ACCEPT_AT_QUALIFICATION
}
