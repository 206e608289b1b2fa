package se.asf.core.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.identity.Organisationsnummer;

class ContractingAuthorityTest {

  @Test
  void needsAName() {
    assertViolates(Invariant.BLANK_TEXT, "name", () -> ContractingAuthority.of(""));
  }

  @Test
  void mayBeKnownByNameOnly() {
    assertEquals(Optional.empty(), ContractingAuthority.of("Botkyrka kommun").getOrganisationsnummer());
  }

  @Test
  void keepsTheOrganisationNumber() {
    Organisationsnummer number = Organisationsnummer.parse("212000-0142");

    assertEquals(Optional.of(number), ContractingAuthority.of("Exempel kommun", number).getOrganisationsnummer());
  }
}
