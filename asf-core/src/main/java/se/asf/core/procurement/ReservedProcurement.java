package se.asf.core.procurement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.internal.Texts;
import se.asf.core.style.AsfStyle;

/**
 * A reserved procurement, as data: its legal basis, share requirement, additional qualification
 * requirements and geographic requirement, plus the facts of the call (DOMAIN §2).
 *
 * <p>The rules are data, and one assessment engine applies them: the 2017 HBS pilot is an instance
 * ({@code Hbs2017Pilot} in asf-examples), not a subclass.
 *
 * <p>Invariants from the statute are checked when it is built: both LOU 4 kap. 18 § modes need a
 * share requirement of at least 30 %; LOU 19 kap. 6 a § carries none; the tender deadline falls
 * before the contract starts.
 */
@Value.Immutable
@AsfStyle
public abstract class ReservedProcurement {

  ReservedProcurement() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static ReservedProcurementBuilder builder() {
    return new ReservedProcurementBuilder();
  }

  /**
   * Returns a builder holding this procurement's values, to build a changed copy.
   *
   * @return a builder initialised from this procurement
   */
  public ReservedProcurementBuilder toBuilder() {
    ReservedProcurementBuilder builder = builder();
    builder.from(this);
    return builder;
  }

  /**
   * Returns the authority's reference (diarienummer) for the procurement.
   *
   * @return the reference
   */
  @NotBlank
  public abstract String getReference();

  /**
   * Returns the title.
   *
   * @return the title
   */
  @NotBlank
  public abstract String getTitle();

  /**
   * Returns the contracting authorities, at least one.
   *
   * @return the authorities
   */
  @NotEmpty
  public abstract List<@Valid @NotNull ContractingAuthority> getContractingAuthorities();

  /**
   * Returns the legal basis of the reservation.
   *
   * @return the basis
   */
  @NotNull
  public abstract LegalBasis getLegalBasis();

  /**
   * Returns the share requirement; present for both LOU 4 kap. 18 § modes, absent for LOU 19 kap.
   * 6 a §.
   *
   * @return the requirement, or empty
   */
  public abstract Optional<@Valid ShareRequirement> getShareRequirement();

  /**
   * Returns the qualification requirements the procurement adds to the share requirement.
   *
   * @return the requirements, possibly none
   */
  @NotNull
  public abstract Set<QualificationRequirement> getAdditionalRequirements();

  /**
   * Returns the geographic requirement, when the procurement has one.
   *
   * @return the requirement, or empty
   */
  public abstract Optional<@Valid GeographicRequirement> getGeographicRequirement();

  /**
   * Returns the last day for tenders; the requirements are checked as of this date.
   *
   * @return the tender deadline
   */
  @NotNull
  public abstract LocalDate getTenderDeadline();

  /**
   * Returns the contract period, during which the requirements must keep being met.
   *
   * @return the period, both ends included
   */
  @NotNull
  @Valid
  public abstract DatePeriod getContractPeriod();

  /**
   * Returns the estimated number of places (for example work-training places), when stated.
   *
   * @return the number, greater than zero, or empty
   */
  public abstract Optional<@Positive Integer> getEstimatedPlaces();

  /**
   * Returns the average placement length per participant, when stated.
   *
   * @return the length, for example {@code P6M}, or empty
   */
  public abstract Optional<Period> getAveragePlacementLength();

  /**
   * Tells whether any volume is guaranteed to a supplier.
   *
   * @return {@code true} when volumes are guaranteed
   */
  public abstract boolean isVolumesGuaranteed();

  @Value.Check
  void check() {
    Texts.requireNonBlank(getReference(), "reference");
    Texts.requireNonBlank(getTitle(), "title");
    LegalBasis basis = getLegalBasis();
    if (basis.isShareRequirementMandatory() && getShareRequirement().isEmpty()) {
      throw new InvariantViolationException(Invariant.SHARE_REQUIREMENT_MISMATCH, "shareRequirement",
          basis, "none");
    }
    if (!basis.allowsShareRequirement() && getShareRequirement().isPresent()) {
      throw new InvariantViolationException(Invariant.SHARE_REQUIREMENT_MISMATCH, "shareRequirement",
          basis, getShareRequirement().get().getThreshold());
    }
    if (basis.isShareRequirementMandatory()) {
      ShareRequirement requirement = getShareRequirement().get();
      if (requirement.getThreshold().compareTo(ShareRequirement.STATUTORY_MINIMUM) < 0) {
        throw new InvariantViolationException(Invariant.THRESHOLD_BELOW_STATUTORY_MINIMUM,
            "shareRequirement.threshold", requirement.getThreshold());
      }
    }
    if (!getTenderDeadline().isBefore(getContractPeriod().getStart())) {
      throw new InvariantViolationException(Invariant.DEADLINE_NOT_BEFORE_CONTRACT, "tenderDeadline",
          getTenderDeadline(), getContractPeriod().getStart());
    }
    getEstimatedPlaces().ifPresent(places -> {
      if (places <= 0) {
        throw new InvariantViolationException(Invariant.NOT_POSITIVE, "estimatedPlaces", places);
      }
    });
    getAveragePlacementLength().ifPresent(length -> {
      if (length.isNegative() || length.isZero()) {
        throw new InvariantViolationException(Invariant.NOT_POSITIVE, "averagePlacementLength", length);
      }
    });
  }
}
