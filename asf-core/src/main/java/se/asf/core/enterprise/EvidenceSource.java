package se.asf.core.enterprise;

/** Where a statement about an enterprise comes from, from the strongest to the weakest. */
public enum EvidenceSource {
  /** The registered statutes: stadgar or bolagsordning. */
  STATUTES,
  /** Another document: an agreement, a business plan, an annual report. */
  OTHER_DOCUMENT,
  /** The bidder's own declaration, with no document behind it. */
  SELF_DECLARATION
}
