package se.asf.core.procurement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;

class ReservedProcurementTest {
  private static final LocalDate CONTRACT_START = LocalDate.of(2018, 2, 1);

  /** A valid procurement under {@code basis}, with nothing optional set. */
  private static ReservedProcurementBuilder procurement(LegalBasis basis) {
    return ReservedProcurement.builder()
        .reference("KS-2017/123")
        .title("Arbetsträningsplatser")
        .addContractingAuthority(ContractingAuthority.of("Botkyrka kommun"))
        .legalBasis(basis)
        .tenderDeadline(LocalDate.of(2017, 12, 11))
        .contractPeriod(DatePeriod.of(CONTRACT_START, LocalDate.of(2020, 5, 31)))
        .volumesGuaranteed(false);
  }

  private static ReservedProcurementBuilder reservedParticipation() {
    return procurement(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION).shareRequirement(ShareRequirement.statutory());
  }

  private static ShareRequirement threshold(String fraction) {
    return ShareRequirement.builder().threshold(Share.ofFraction(fraction)).build();
  }

  @ParameterizedTest
  @EnumSource(value = LegalBasis.class, names = {"LOU_4_18_RESERVED_PARTICIPATION", "LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME"})
  void bothLou418ModesNeedAShareRequirement(LegalBasis basis) {
    InvariantViolationException e = assertViolates(Invariant.SHARE_REQUIREMENT_MISMATCH, "shareRequirement",
        () -> procurement(basis).build());

    assertEquals(List.of(basis.name(), "none"), e.getArguments());
  }

  @ParameterizedTest
  @EnumSource(value = LegalBasis.class, names = {"LOU_4_18_RESERVED_PARTICIPATION", "LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME"})
  void aThresholdJustBelowThirtyPercentIsBelowTheStatutoryMinimum(LegalBasis basis) {
    InvariantViolationException e = assertViolates(Invariant.THRESHOLD_BELOW_STATUTORY_MINIMUM,
        "shareRequirement.threshold", () -> procurement(basis).shareRequirement(threshold("0.2999")).build());

    assertEquals(List.of("29.99 %"), e.getArguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.3", "0.30", "0.35", "1"})
  void aThresholdOfThirtyPercentOrMoreIsAccepted(String fraction) {
    ReservedProcurement procurement = reservedParticipation().shareRequirement(threshold(fraction)).build();

    assertEquals(Share.ofFraction(fraction), procurement.getShareRequirement().orElseThrow().getThreshold());
  }

  @Test
  void lou196aCarriesNoShareRequirement() {
    InvariantViolationException e = assertViolates(Invariant.SHARE_REQUIREMENT_MISMATCH, "shareRequirement",
        () -> procurement(LegalBasis.LOU_19_6A_IDEBUREN).shareRequirement(ShareRequirement.statutory()).build());

    assertEquals(List.of("LOU_19_6A_IDEBUREN", "30 %"), e.getArguments());
  }

  @Test
  void lou196aWithoutAShareRequirementIsAccepted() {
    ReservedProcurement procurement = procurement(LegalBasis.LOU_19_6A_IDEBUREN).build();

    assertEquals(Optional.empty(), procurement.getShareRequirement());
  }

  @Test
  void anotherBasisMayHaveAnyShareRequirementOrNone() {
    assertDoesNotThrow(() -> procurement(LegalBasis.OTHER).build());
    assertDoesNotThrow(() -> procurement(LegalBasis.OTHER).shareRequirement(threshold("0.2")).build());
  }

  @Test
  void rejectsATenderDeadlineOnTheDayTheContractStarts() {
    InvariantViolationException e = assertViolates(Invariant.DEADLINE_NOT_BEFORE_CONTRACT, "tenderDeadline",
        () -> reservedParticipation().tenderDeadline(CONTRACT_START).build());

    assertEquals(List.of("2018-02-01", "2018-02-01"), e.getArguments());
  }

  @Test
  void rejectsATenderDeadlineAfterTheContractStarts() {
    assertViolates(Invariant.DEADLINE_NOT_BEFORE_CONTRACT, "tenderDeadline",
        () -> reservedParticipation().tenderDeadline(CONTRACT_START.plusDays(1)).build());
  }

  @Test
  void acceptsATenderDeadlineTheDayBeforeTheContractStarts() {
    ReservedProcurement procurement = reservedParticipation().tenderDeadline(CONTRACT_START.minusDays(1)).build();

    assertEquals(LocalDate.of(2018, 1, 31), procurement.getTenderDeadline());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1})
  void rejectsEstimatedPlacesThatAreNotPositive(int places) {
    assertViolates(Invariant.NOT_POSITIVE, "estimatedPlaces", () -> reservedParticipation().estimatedPlaces(places).build());
  }

  @Test
  void acceptsOneEstimatedPlace() {
    assertEquals(Optional.of(1), reservedParticipation().estimatedPlaces(1).build().getEstimatedPlaces());
  }

  @Test
  void rejectsAPlacementLengthThatIsNotPositive() {
    assertViolates(Invariant.NOT_POSITIVE, "averagePlacementLength",
        () -> reservedParticipation().averagePlacementLength(Period.ZERO).build());
    assertViolates(Invariant.NOT_POSITIVE, "averagePlacementLength",
        () -> reservedParticipation().averagePlacementLength(Period.ofMonths(-6)).build());
  }

  @Test
  void rejectsABlankReferenceOrTitle() {
    assertViolates(Invariant.BLANK_TEXT, "reference", () -> reservedParticipation().reference(" ").build());
    assertViolates(Invariant.BLANK_TEXT, "title", () -> reservedParticipation().title("").build());
  }

  @Test
  void requiresTheFactsOfTheCall() {
    assertThrows(IllegalStateException.class, () -> ReservedProcurement.builder()
        .reference("KS-2017/123").title("Arbetsträningsplatser").legalBasis(LegalBasis.OTHER)
        .tenderDeadline(LocalDate.of(2017, 12, 11))
        .contractPeriod(DatePeriod.of(CONTRACT_START, LocalDate.of(2020, 5, 31)))
        .build(), "volumesGuaranteed must be stated, never assumed");
  }

  @Test
  void optionalFactsNotGivenStayAbsent() {
    ReservedProcurement procurement = procurement(LegalBasis.OTHER).build();

    assertEquals(Optional.empty(), procurement.getGeographicRequirement());
    assertEquals(Optional.empty(), procurement.getEstimatedPlaces());
    assertEquals(Optional.empty(), procurement.getAveragePlacementLength());
    assertEquals(Set.of(), procurement.getAdditionalRequirements());
  }

  @Test
  void toBuilderRoundTripsToAnEqualValue() {
    ReservedProcurement procurement = reservedParticipation()
        .addAdditionalRequirement(QualificationRequirement.INTEGRATION_PURPOSE)
        .estimatedPlaces(50)
        .averagePlacementLength(Period.ofMonths(6))
        .build();

    assertEquals(procurement, procurement.toBuilder().build());
    assertEquals(procurement.hashCode(), procurement.toBuilder().build().hashCode());
  }
}
