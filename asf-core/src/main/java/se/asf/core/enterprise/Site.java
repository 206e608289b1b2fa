package se.asf.core.enterprise;

import static se.asf.core.internal.Texts.NON_BLANK;
import static se.asf.core.internal.Texts.NON_BLANK_MESSAGE;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.util.Optional;
import org.immutables.value.Value;
import se.asf.core.internal.Texts;
import se.asf.core.geo.Position;
import se.asf.core.style.AsfStyle;

/**
 * A place where an enterprise does its work. A procurement's radius requirement is met through its
 * sites; a site whose position is not known cannot be judged.
 */
@Value.Immutable
@AsfStyle
public abstract class Site {

  Site() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static SiteBuilder builder() {
    return new SiteBuilder();
  }

  /**
   * Creates a site with a known position.
   *
   * @param name the site's name
   * @param position where it is
   * @return the site
   */
  public static Site of(String name, Position position) {
    return builder().name(name).position(position).build();
  }

  /**
   * Returns the site's name.
   *
   * @return for example {@code "Butiken i Tumba"}
   */
  @NotBlank
  public abstract String getName();

  /**
   * Returns the site's position, when known.
   *
   * @return the position, or empty
   */
  public abstract Optional<Position> getPosition();

  /**
   * Returns the street address, when given.
   *
   * @return the address, or empty
   */
  public abstract Optional<@Pattern(regexp = NON_BLANK, message = NON_BLANK_MESSAGE) String> getAddress();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getName(), "name");
    getAddress().ifPresent(address -> Texts.requireNonBlank(address, "address"));
  }
}
