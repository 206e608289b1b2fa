package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asf.core.InvariantAssertions.assertSameNumber;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;

class OwnershipTest {
  private static Owner owner(String name, OwnerKind kind, String fraction) {
    return Owner.of(name, kind, Share.ofFraction(fraction));
  }

  @Test
  void acceptsSharesAddingUpToExactlyTheWhole() {
    Ownership ownership = Ownership.builder()
        .addOwner(owner("Botkyrka kommun", OwnerKind.PUBLIC_BODY, "0.25"))
        .addOwner(owner("Medarbetarna", OwnerKind.CO_WORKERS, "0.5"))
        .addOwner(owner("Stadsmissionen", OwnerKind.NON_PROFIT, "0.2"))
        .addOwner(owner("Huddinge kommun", OwnerKind.PUBLIC_BODY, "0.05"))
        .build();

    assertSameNumber("1", ownership.getTotalShare());
  }

  @Test
  void rejectsSharesAddingUpToMoreThanTheWhole() {
    InvariantViolationException e = assertViolates(Invariant.SHARES_EXCEED_WHOLE, "owners",
        () -> Ownership.builder()
            .addOwner(owner("Medarbetarna", OwnerKind.CO_WORKERS, "0.5"))
            .addOwner(owner("Grundaren", OwnerKind.PRIVATE, "0.5001"))
            .build());

    assertEquals(List.of("1.0001"), e.getArguments());
  }

  @Test
  void acceptsSharesBelowTheWholeBecauseUnlistedSharesAreUnknown() {
    Ownership ownership = Ownership.builder().addOwner(owner("Medarbetarna", OwnerKind.CO_WORKERS, "0.4")).build();

    assertSameNumber("0.4", ownership.getTotalShare());
  }

  @Test
  void publicShareAddsOnlyPublicBodies() {
    Ownership ownership = Ownership.builder()
        .addOwner(owner("Botkyrka kommun", OwnerKind.PUBLIC_BODY, "0.25"))
        .addOwner(owner("Medarbetarna", OwnerKind.CO_WORKERS, "0.5"))
        .addOwner(owner("Huddinge kommun", OwnerKind.PUBLIC_BODY, "0.05"))
        .addOwner(owner("Grundaren", OwnerKind.PRIVATE, "0.2"))
        .build();

    assertSameNumber("0.3", ownership.getPublicShare());
  }

  @Test
  void anEnterpriseWithoutOwnersHasNoShares() {
    Ownership ownership = Ownership.builder().build();

    assertEquals(List.of(), ownership.getOwners());
    assertSameNumber("0", ownership.getTotalShare());
    assertSameNumber("0", ownership.getPublicShare());
    assertEquals(Optional.empty(), ownership.getBoard());
  }

  @Test
  void keepsTheBoard() {
    Ownership ownership = Ownership.builder().board(Board.of(5, 3)).build();

    assertTrue(ownership.getBoard().orElseThrow().isPubliclyControlled());
  }
}
