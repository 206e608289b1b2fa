package se.asf.core.enterprise;

/** What kind of party owns (part of) an enterprise, for the independence criterion. */
public enum OwnerKind {
  /** The state, a region, a municipality, or a body they control. */
  PUBLIC_BODY,
  /** A private person or company. */
  PRIVATE,
  /** A non-profit organisation (idéburen organisation). */
  NON_PROFIT,
  /** The enterprise's own co-workers. */
  CO_WORKERS
}
