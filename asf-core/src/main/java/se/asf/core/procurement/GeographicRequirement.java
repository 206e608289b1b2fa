package se.asf.core.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * A radius requirement: the supplier works within a radius of at least one named centre. The radius
 * is inclusive: a site exactly at the radius is inside. Distances are ellipsoidal (WGS 84) geodesics,
 * computed by the rules module.
 */
@Value.Immutable
@AsfStyle
public abstract class GeographicRequirement {

  GeographicRequirement() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static GeographicRequirementBuilder builder() {
    return new GeographicRequirementBuilder();
  }

  /**
   * Returns the centres, each name at most once.
   *
   * @return at least one centre
   */
  @NotEmpty
  public abstract List<@Valid @NotNull Centre> getCentres();

  /**
   * Returns the radius in metres, an exact decimal.
   *
   * @return the radius, greater than zero; for example {@code 9000}
   */
  @NotNull
  @DecimalMin(value = "0", inclusive = false)
  public abstract BigDecimal getRadiusMetres();

  @Value.Check
  void check() {
    if (getCentres().isEmpty()) {
      throw new InvariantViolationException(Invariant.NO_CENTRES, "centres");
    }
    if (getRadiusMetres().signum() <= 0) {
      throw new InvariantViolationException(
          Invariant.RADIUS_NOT_POSITIVE, "radiusMetres", getRadiusMetres().toPlainString());
    }
    Set<String> names = new HashSet<>();
    for (Centre centre : getCentres()) {
      if (!names.add(centre.getName())) {
        throw new InvariantViolationException(Invariant.DUPLICATE_ENTRY, "centres", centre.getName());
      }
    }
  }
}
