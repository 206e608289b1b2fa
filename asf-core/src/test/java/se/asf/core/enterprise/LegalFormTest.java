package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import se.asf.core.identity.OrganisationGroup;

class LegalFormTest {

  @ParameterizedTest
  @CsvSource({
      "AKTIEBOLAG, DEPENDS_ON_STATUTES",
      "AKTIEBOLAG_SVB, RESTRICTED",
      "ENSKILD_FIRMA, OWNER_TAKES_PROFIT",
      "EKONOMISK_FORENING, DEPENDS_ON_STATUTES",
      "IDEELL_FORENING, DEPENDS_ON_STATUTES",
      "STIFTELSE, PROHIBITED",
      "HANDELSBOLAG, DEPENDS_ON_STATUTES",
      "KOMMANDITBOLAG, DEPENDS_ON_STATUTES",
      "PUBLIC_BODY, NOT_APPLICABLE",
      "OTHER, UNKNOWN"})
  void knowsWhatTheLawSaysAboutProfitDistribution(LegalForm form, ProfitDistributionByLaw expected) {
    assertEquals(expected, form.getProfitDistribution());
  }

  @ParameterizedTest
  @CsvSource({
      "AKTIEBOLAG, Aktiebolag",
      "AKTIEBOLAG_SVB, Aktiebolag med särskild vinstutdelningsbegränsning",
      "ENSKILD_FIRMA, Enskild firma",
      "EKONOMISK_FORENING, Ekonomisk förening",
      "IDEELL_FORENING, Ideell förening",
      "STIFTELSE, Stiftelse",
      "HANDELSBOLAG, Handelsbolag",
      "KOMMANDITBOLAG, Kommanditbolag",
      "PUBLIC_BODY, Offentlig organisation",
      "OTHER, Annan associationsform"})
  void hasItsSwedishName(LegalForm form, String swedishName) {
    assertEquals(swedishName, form.getSwedishName());
  }

  @ParameterizedTest
  @CsvSource({
      "AKTIEBOLAG, 5",
      "AKTIEBOLAG_SVB, 5",
      "ENSKILD_FIRMA, ''",
      "EKONOMISK_FORENING, 7",
      "IDEELL_FORENING, 8",
      "STIFTELSE, 8",
      "HANDELSBOLAG, 9",
      "KOMMANDITBOLAG, 9",
      "PUBLIC_BODY, 2",
      "OTHER, 1 2 3 5 6 7 8 9"})
  void isRegisteredUnderItsOrganisationGroups(LegalForm form, String digits) {
    assertEquals(groups(digits), form.getOrganisationGroups());
  }

  /** The groups named by space-separated first digits. */
  static Set<OrganisationGroup> groups(String digits) {
    Set<OrganisationGroup> groups = EnumSet.noneOf(OrganisationGroup.class);
    Arrays.stream(digits.split(" ")).filter(d -> !d.isEmpty())
        .forEach(d -> groups.add(OrganisationGroup.ofDigit(Integer.parseInt(d)).orElseThrow()));
    return groups;
  }

  @ParameterizedTest
  @EnumSource(LegalForm.class)
  void onlyASoleTraderIsIdentifiedByAPersonnummer(LegalForm form) {
    assertEquals(form == LegalForm.ENSKILD_FIRMA, form.isIdentifiedByPersonnummer());
  }

  @Test
  void theGroupsCannotBeChanged() {
    Set<OrganisationGroup> groups = LegalForm.AKTIEBOLAG.getOrganisationGroups();

    assertThrows(UnsupportedOperationException.class,
        () -> groups.add(OrganisationGroup.PUBLIC_SECTOR));
  }
}
