package se.asf.core.procurement;

import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.internal.Texts;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.style.AsfStyle;

/** A contracting authority (upphandlande myndighet), such as a municipality or a samordningsförbund. */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class ContractingAuthority {

  ContractingAuthority() {}

  /**
   * Creates an authority.
   *
   * @param name its name
   * @param organisationsnummer its organisation number
   * @return the authority
   */
  public static ContractingAuthority of(String name, Organisationsnummer organisationsnummer) {
    return ImmutableContractingAuthority.of(name, Optional.of(organisationsnummer));
  }

  /**
   * Creates an authority known by name only.
   *
   * @param name its name
   * @return the authority
   */
  public static ContractingAuthority of(String name) {
    return ImmutableContractingAuthority.of(name, Optional.empty());
  }

  /**
   * Returns the name.
   *
   * @return for example {@code "Botkyrka kommun"}
   */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /**
   * Returns the organisation number, when given.
   *
   * @return the number, or empty
   */
  @Value.Parameter
  public abstract Optional<Organisationsnummer> getOrganisationsnummer();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getName(), "name");
  }
}
