package se.asf.core.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class OrganisationGroupTest {

  @Test
  void eachDigitNamesItsGroup() {
    assertEquals(Optional.of(OrganisationGroup.ESTATE_OF_DECEASED), OrganisationGroup.ofDigit(1));
    assertEquals(Optional.of(OrganisationGroup.PUBLIC_SECTOR), OrganisationGroup.ofDigit(2));
    assertEquals(Optional.of(OrganisationGroup.FOREIGN_COMPANY), OrganisationGroup.ofDigit(3));
    assertEquals(Optional.of(OrganisationGroup.AKTIEBOLAG), OrganisationGroup.ofDigit(5));
    assertEquals(Optional.of(OrganisationGroup.ENKLA_BOLAG), OrganisationGroup.ofDigit(6));
    assertEquals(Optional.of(OrganisationGroup.EKONOMISKA_FORENINGAR), OrganisationGroup.ofDigit(7));
    assertEquals(Optional.of(OrganisationGroup.IDEELLA_FORENINGAR_OCH_STIFTELSER),
        OrganisationGroup.ofDigit(8));
    assertEquals(Optional.of(OrganisationGroup.HANDELSBOLAG_OCH_KOMMANDITBOLAG),
        OrganisationGroup.ofDigit(9));
  }

  @Test
  void zeroFourAndNonDigitsNameNoGroup() {
    for (int digit : new int[] {0, 4, -1, 10, 55, Integer.MIN_VALUE, Integer.MAX_VALUE}) {
      assertEquals(Optional.empty(), OrganisationGroup.ofDigit(digit), Integer.toString(digit));
    }
  }

  @Test
  void getDigitRoundTrips() {
    for (OrganisationGroup group : OrganisationGroup.values()) {
      assertEquals(Optional.of(group), OrganisationGroup.ofDigit(group.getDigit()), group.name());
    }
  }

  @Test
  void theDigitsAreExactlyTheEightGroupDigits() {
    List<Integer> digits = Arrays.stream(OrganisationGroup.values())
        .map(OrganisationGroup::getDigit).collect(Collectors.toList());
    assertEquals(List.of(1, 2, 3, 5, 6, 7, 8, 9), digits);
  }

  @Test
  void onlyGroupTwoIsThePublicSector() {
    for (OrganisationGroup group : OrganisationGroup.values()) {
      assertEquals(group.getDigit() == 2, group.isPublicSector(), group.name());
    }
    assertTrue(OrganisationGroup.PUBLIC_SECTOR.isPublicSector());
  }

  @Test
  void namesInBothLanguages() {
    assertEquals("Aktiebolag", OrganisationGroup.AKTIEBOLAG.getSwedishName());
    assertEquals("Limited companies", OrganisationGroup.AKTIEBOLAG.getEnglishName());
    for (OrganisationGroup group : OrganisationGroup.values()) {
      assertFalse(group.getSwedishName().isBlank(), group.name());
      assertFalse(group.getEnglishName().isBlank(), group.name());
      assertNotEquals(group.getSwedishName(), group.getEnglishName(), group.name());
    }
    assertEquals(OrganisationGroup.values().length, Arrays.stream(OrganisationGroup.values())
        .map(OrganisationGroup::getSwedishName).distinct().count());
    assertEquals(OrganisationGroup.values().length, Arrays.stream(OrganisationGroup.values())
        .map(OrganisationGroup::getEnglishName).distinct().count());
  }
}
