package se.asf.core.enterprise;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import se.asf.core.Share;
import se.asf.core.internal.Texts;
import se.asf.core.style.AsfStyle;

/**
 * One owner (or group of members) of an enterprise, with the share of the votes it holds. Owners
 * that are private persons are named by role, never by personal identity number.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class Owner {

  Owner() {}

  /**
   * Creates an owner.
   *
   * @param name who the owner is, for example {@code "Medlemmarna"} or {@code "Botkyrka kommun"}
   * @param kind what kind of party it is
   * @param share its share of the votes
   * @return the owner
   */
  public static Owner of(String name, OwnerKind kind, Share share) {
    return ImmutableOwner.of(name, kind, share);
  }

  /**
   * Returns who the owner is.
   *
   * @return a name or role
   */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /**
   * Returns what kind of party the owner is.
   *
   * @return the kind
   */
  @Value.Parameter
  @NotNull
  public abstract OwnerKind getKind();

  /**
   * Returns the owner's share of the votes.
   *
   * @return the share
   */
  @Value.Parameter
  @NotNull
  @Valid
  public abstract Share getShare();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getName(), "name");
  }
}
