package se.asf.core.procurement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import se.asf.core.internal.Texts;
import se.asf.core.geo.Position;
import se.asf.core.style.AsfStyle;

/**
 * A named point a procurement measures distances from, such as a municipality's centre core
 * (the 2017 HBS pilot used the centres of Huddinge, Botkyrka and Salem; seed 003, chapter 4).
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class Centre {

  Centre() {}

  /**
   * Creates a centre.
   *
   * @param name the centre's name
   * @param position where it is
   * @return the centre
   */
  public static Centre of(String name, Position position) {
    return ImmutableCentre.of(name, position);
  }

  /**
   * Returns the name.
   *
   * @return for example {@code "Tumba centrum"}
   */
  @Value.Parameter
  @NotBlank
  public abstract String getName();

  /**
   * Returns the position.
   *
   * @return the position
   */
  @Value.Parameter
  @NotNull
  public abstract Position getPosition();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getName(), "name");
  }
}
