package se.asf.core.enterprise;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import se.asf.core.internal.Texts;
import se.asf.core.style.AsfStyle;

/**
 * A business activity (näringsverksamhet) of an enterprise: what it produces or sells, such as
 * second hand, café and catering, cleaning or property maintenance (seed 003, chapter 2).
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class BusinessActivity {

  BusinessActivity() {}

  /**
   * Creates an activity.
   *
   * @param description what the activity is, for example {@code "Café och catering"}
   * @param offering whether it sells goods, services or both
   * @return the activity
   */
  public static BusinessActivity of(String description, Offering offering) {
    return ImmutableBusinessActivity.of(description, offering);
  }

  /**
   * Returns the description.
   *
   * @return what the activity is
   */
  @Value.Parameter
  @NotBlank
  public abstract String getDescription();

  /**
   * Returns what the activity sells.
   *
   * @return goods, services or both
   */
  @Value.Parameter
  @NotNull
  public abstract Offering getOffering();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getDescription(), "description");
  }
}
