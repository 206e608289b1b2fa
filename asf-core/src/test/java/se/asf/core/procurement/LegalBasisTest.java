package se.asf.core.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LegalBasisTest {

  @ParameterizedTest
  @CsvSource({
      "LOU_4_18_RESERVED_PARTICIPATION, true, true",
      "LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME, true, true",
      "LOU_19_6A_IDEBUREN, false, false",
      "OTHER, false, true"})
  void knowsWhetherAShareRequirementIsMandatoryOrAllowed(LegalBasis basis, boolean mandatory, boolean allowed) {
    assertEquals(mandatory, basis.isShareRequirementMandatory());
    assertEquals(allowed, basis.allowsShareRequirement());
  }

  @Test
  void reservedParticipationIsEformsResWs() {
    assertEquals(Optional.of("res-ws"), LegalBasis.LOU_4_18_RESERVED_PARTICIPATION.getEformsReservedParticipationCode());
    assertEquals(Optional.of("none"), LegalBasis.LOU_19_6A_IDEBUREN.getEformsReservedParticipationCode());
    assertEquals(Optional.empty(), LegalBasis.OTHER.getEformsReservedParticipationCode());
  }

  @Test
  void citesTheStatuteInSwedish() {
    assertEquals("LOU 4 kap. 18 § (reserverat deltagande)", LegalBasis.LOU_4_18_RESERVED_PARTICIPATION.getCitation());
    assertEquals("LOU 19 kap. 6 a § (idéburna organisationer)", LegalBasis.LOU_19_6A_IDEBUREN.getCitation());
  }
}
