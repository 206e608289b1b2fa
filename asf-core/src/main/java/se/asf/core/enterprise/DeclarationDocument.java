package se.asf.core.enterprise;

/** The kind of document a bidder's {@link SelfDeclaredShare} was read from. */
public enum DeclarationDocument {
  /**
   * A European Single Procurement Document response (ESPD, Directive 2014/24/EU art. 59;
   * Regulation (EU) 2016/7): the bidder's self-declaration in the ESPD Exchange Data Model.
   */
  ESPD_RESPONSE
}
