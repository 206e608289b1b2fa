package se.asf.core.enterprise;

import java.time.LocalDate;
import java.util.Map;
import se.asf.core.identity.OrganisationGroup;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;

/** Valid identity numbers for the enterprise tests, one organisation number per group. */
final class TestIdentities {
  /** A well-known aktiebolag number. */
  static final String AKTIEBOLAG = "556016-0680";
  // Made-up numbers; their check digits are computed with Luhn over the first nine digits.
  static final String ESTATE = "102000-0004";
  static final String PUBLIC_SECTOR = "212000-0142";
  static final String FOREIGN = "302000-0000";
  static final String ENKELT_BOLAG = "602000-0003";
  static final String EKONOMISK_FORENING = "769600-0004";
  static final String IDEELL_FORENING = "802000-0009";
  static final String HANDELSBOLAG = "916000-0007";

  static final Map<OrganisationGroup, String> BY_GROUP = Map.of(
      OrganisationGroup.ESTATE_OF_DECEASED, ESTATE,
      OrganisationGroup.PUBLIC_SECTOR, PUBLIC_SECTOR,
      OrganisationGroup.FOREIGN_COMPANY, FOREIGN,
      OrganisationGroup.AKTIEBOLAG, AKTIEBOLAG,
      OrganisationGroup.ENKLA_BOLAG, ENKELT_BOLAG,
      OrganisationGroup.EKONOMISKA_FORENINGAR, EKONOMISK_FORENING,
      OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER, IDEELL_FORENING,
      OrganisationGroup.HANDELSBOLAG_OCH_KOMMANDITBOLAG, HANDELSBOLAG);

  static final LocalDate REFERENCE_DATE = LocalDate.of(2026, 11, 23);

  private TestIdentities() {}

  static Organisationsnummer organisationsnummer(OrganisationGroup group) {
    return Organisationsnummer.parse(BY_GROUP.get(group));
  }

  static Organisationsnummer organisationsnummer(String text) {
    return Organisationsnummer.parse(text);
  }

  static Personnummer personnummer() {
    return Personnummer.parse("19121212-1212", REFERENCE_DATE);
  }
}
