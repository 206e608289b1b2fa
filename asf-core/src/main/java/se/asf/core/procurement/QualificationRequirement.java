package se.asf.core.procurement;

/**
 * A qualification requirement a reserved procurement adds to the share requirement, such as the
 * 2017 HBS pilot's integration purpose and reinvested profits (seed 003, chapter 4).
 */
public enum QualificationRequirement {
  /** An overarching purpose to integrate people far from the labour market into working life and society. */
  INTEGRATION_PURPOSE,
  /** Profits mainly reinvested in the own or similar activities. */
  PROFITS_MAINLY_REINVESTED,
  /** Co-workers' participation through ownership, agreement or another documented way. */
  PARTICIPATION,
  /** Organisational independence from the public sector. */
  INDEPENDENCE,
  /** A business activity that produces or sells goods or services. */
  BUSINESS_ACTIVITY
}
