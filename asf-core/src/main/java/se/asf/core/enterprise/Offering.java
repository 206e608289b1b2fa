package se.asf.core.enterprise;

/** What a business activity sells: an ASF produces and sells goods, services or both (seed 003, chapter 2). */
public enum Offering {
  /** Goods (varor). */
  GOODS,
  /** Services (tjänster). */
  SERVICES,
  /** Goods and services. */
  GOODS_AND_SERVICES
}
