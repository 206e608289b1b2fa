package se.asf.core.enterprise;

import java.util.EnumSet;
import java.util.Set;
import se.asf.core.identity.OrganisationGroup;

/**
 * The legal form (associationsform) of a supplier. An ASF can have any legal form (DOMAIN §1), and a
 * procurement may not require a particular one (DOMAIN §2).
 *
 * <p>Each form knows its Swedish name, what the law itself says about profit distribution, and the
 * organisation-number groups it is registered under, so that an enterprise with a form that does not
 * fit its identity cannot be built.
 */
public enum LegalForm {
  /** Aktiebolag (AB): a limited company. */
  AKTIEBOLAG("Aktiebolag", ProfitDistributionByLaw.DEPENDS_ON_STATUTES, OrganisationGroup.AKTIEBOLAG),
  /** Aktiebolag med särskild vinstutdelningsbegränsning (AB svb), aktiebolagslagen 32 kap. */
  AKTIEBOLAG_SVB("Aktiebolag med särskild vinstutdelningsbegränsning", ProfitDistributionByLaw.RESTRICTED,
      OrganisationGroup.AKTIEBOLAG),
  /** Enskild firma: a sole trader, identified by the owner's personnummer. */
  ENSKILD_FIRMA("Enskild firma", ProfitDistributionByLaw.OWNER_TAKES_PROFIT),
  /** Ekonomisk förening: an economic association, such as a cooperative. */
  EKONOMISK_FORENING("Ekonomisk förening", ProfitDistributionByLaw.DEPENDS_ON_STATUTES,
      OrganisationGroup.EKONOMISKA_FORENINGAR),
  /** Ideell förening: a non-profit association. */
  IDEELL_FORENING("Ideell förening", ProfitDistributionByLaw.DEPENDS_ON_STATUTES,
      OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER),
  /** Stiftelse: a foundation. */
  STIFTELSE("Stiftelse", ProfitDistributionByLaw.PROHIBITED,
      OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER),
  /** Handelsbolag: a trading partnership. */
  HANDELSBOLAG("Handelsbolag", ProfitDistributionByLaw.DEPENDS_ON_STATUTES,
      OrganisationGroup.HANDELSBOLAG_OCH_KOMMANDITBOLAG),
  /** Kommanditbolag: a limited partnership. */
  KOMMANDITBOLAG("Kommanditbolag", ProfitDistributionByLaw.DEPENDS_ON_STATUTES,
      OrganisationGroup.HANDELSBOLAG_OCH_KOMMANDITBOLAG),
  /** A public body: the state, a region or a municipality, or one of their authorities. */
  PUBLIC_BODY("Offentlig organisation", ProfitDistributionByLaw.NOT_APPLICABLE, OrganisationGroup.PUBLIC_SECTOR),
  /** Any other form; any organisation-number group is accepted. */
  OTHER("Annan associationsform", ProfitDistributionByLaw.UNKNOWN, OrganisationGroup.values());

  private final String swedishName;
  private final ProfitDistributionByLaw profitDistribution;
  private final Set<OrganisationGroup> groups;

  LegalForm(String swedishName, ProfitDistributionByLaw profitDistribution, OrganisationGroup... groups) {
    this.swedishName = swedishName;
    this.profitDistribution = profitDistribution;
    this.groups = groups.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(groups[0], groups));
  }

  /**
   * Returns the Swedish name.
   *
   * @return for example {@code "Ekonomisk förening"}
   */
  public String getSwedishName() {
    return swedishName;
  }

  /**
   * Returns what the law says about distributing profit for this form.
   *
   * @return the legal position; {@link ProfitDistributionByLaw#DEPENDS_ON_STATUTES} where the
   *     statutes decide
   */
  public ProfitDistributionByLaw getProfitDistribution() {
    return profitDistribution;
  }

  /**
   * Returns the organisation-number groups this form is registered under.
   *
   * @return the groups; empty for {@link #ENSKILD_FIRMA}, which has a personnummer instead
   */
  public Set<OrganisationGroup> getOrganisationGroups() {
    return groups;
  }

  /**
   * Tells whether the form is identified by a personnummer rather than an organisation number.
   *
   * @return {@code true} for {@link #ENSKILD_FIRMA}
   */
  public boolean isIdentifiedByPersonnummer() {
    return this == ENSKILD_FIRMA;
  }
}
