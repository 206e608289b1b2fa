package se.asf.core.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;

class ReservedProcurementTest {

  private static Invariant rejected(ReservedProcurementBuilder builder) {
    return assertThrows(InvariantViolationException.class, builder::build).getInvariant();
  }

  private static ReservedProcurementBuilder pilot() {
    return Hbs2017Pilot.procurement().toBuilder();
  }

  @Test
  void theStatutoryThresholdIsAFloor() {
    ShareRequirement below = ShareRequirement.builder().threshold(Share.ofPercent(new BigDecimal("29.99"))).build();
    assertEquals(Invariant.THRESHOLD_BELOW_STATUTORY_MINIMUM, rejected(pilot().shareRequirement(below)));
    ShareRequirement exactly = ShareRequirement.builder().threshold(Share.ofPercent(30)).build();
    assertEquals(exactly, pilot().shareRequirement(exactly).build().getShareRequirement().orElseThrow());
    ShareRequirement higher = ShareRequirement.builder().threshold(Share.ofPercent(35)).build();
    assertEquals(higher, pilot().shareRequirement(higher).build().getShareRequirement().orElseThrow());
  }

  @Test
  void bothLou418ModesNeedAShareRequirementAndLou196aHasNone() {
    ReservedProcurement noShare = Hbs2017Pilot.procurement();
    assertEquals(Invariant.SHARE_REQUIREMENT_MISMATCH, rejected(ReservedProcurement.builder()
        .from(noShare).legalBasis(LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME)
        .shareRequirement(java.util.Optional.empty())));
    assertEquals(Invariant.SHARE_REQUIREMENT_MISMATCH, rejected(pilot().legalBasis(LegalBasis.LOU_19_6A_IDEBUREN)));
    ReservedProcurement ideburen = pilot().legalBasis(LegalBasis.LOU_19_6A_IDEBUREN)
        .shareRequirement(java.util.Optional.empty()).build();
    assertTrue(ideburen.getShareRequirement().isEmpty());
  }

  @Test
  void theDeadlineFallsBeforeTheContract() {
    assertEquals(Invariant.DEADLINE_NOT_BEFORE_CONTRACT, rejected(pilot().tenderDeadline(LocalDate.of(2018, 2, 1))));
    assertEquals(LocalDate.of(2018, 1, 31), pilot().tenderDeadline(LocalDate.of(2018, 1, 31)).build().getTenderDeadline());
    assertEquals(Invariant.NOT_POSITIVE, rejected(pilot().estimatedPlaces(0)));
    assertEquals(Invariant.NOT_POSITIVE, rejected(pilot().averagePlacementLength(Period.ZERO)));
  }

  @Test
  void shareRequirementDefaultsFollowTheStatute() {
    ShareRequirement statutory = ShareRequirement.statutory();
    assertEquals(Share.ofPercent(30), statutory.getThreshold());
    assertEquals(CountingBasis.HEADS, statutory.getCountingBasis());
    assertEquals(EnumSet.allOf(EngagementForm.class), statutory.getCountedForms());
    assertEquals(EnumSet.complementOf(EnumSet.of(TargetGroup.NONE)), statutory.getTargetGroups());
    assertEquals(Invariant.TARGET_GROUPS_INVALID, assertThrows(InvariantViolationException.class,
        () -> ShareRequirement.builder().targetGroups(EnumSet.of(TargetGroup.NONE, TargetGroup.DISABILITY)).build()).getInvariant());
    assertEquals(Invariant.NO_COUNTED_FORMS, assertThrows(InvariantViolationException.class,
        () -> ShareRequirement.builder().countedForms(EnumSet.noneOf(EngagementForm.class)).build()).getInvariant());
  }

  @Test
  void geographicRequirementBoundaries() {
    Centre tumba = Hbs2017Pilot.tumba();
    assertEquals(Invariant.RADIUS_NOT_POSITIVE, assertThrows(InvariantViolationException.class,
        () -> GeographicRequirement.builder().addCentre(tumba).radiusMetres(BigDecimal.ZERO).build()).getInvariant());
    assertEquals(Invariant.NO_CENTRES, assertThrows(InvariantViolationException.class,
        () -> GeographicRequirement.builder().radiusMetres(BigDecimal.ONE).build()).getInvariant());
    assertEquals(Invariant.DUPLICATE_ENTRY, assertThrows(InvariantViolationException.class,
        () -> GeographicRequirement.builder().addCentre(tumba)
            .addCentre(Centre.of("Tumba centrum", Position.ofWgs84(59, 17))).radiusMetres(BigDecimal.ONE).build()).getInvariant());
  }

  @Test
  void thePilotIsWhatTheReportSays() {
    ReservedProcurement pilot = Hbs2017Pilot.procurement();
    assertEquals(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION, pilot.getLegalBasis());
    assertEquals(Share.ofPercent(30), pilot.getShareRequirement().orElseThrow().getThreshold());
    assertEquals(EnumSet.of(QualificationRequirement.INTEGRATION_PURPOSE, QualificationRequirement.PROFITS_MAINLY_REINVESTED),
        pilot.getAdditionalRequirements());
    GeographicRequirement geo = pilot.getGeographicRequirement().orElseThrow();
    assertEquals(0, geo.getRadiusMetres().compareTo(BigDecimal.valueOf(9000)));
    assertEquals(List.of("Huddinge centrum", "Tumba centrum", "Salems centrum"),
        geo.getCentres().stream().map(Centre::getName).toList());
    assertEquals(Position.ofWgs84(59.2347, 17.9806), geo.getCentres().get(0).getPosition());
    assertEquals(Position.ofWgs84(59.1983, 17.8353), geo.getCentres().get(1).getPosition());
    assertEquals(Position.ofWgs84(59.2000, 17.7670), geo.getCentres().get(2).getPosition());
    assertEquals(LocalDate.of(2017, 12, 11), pilot.getTenderDeadline());
    assertEquals(DatePeriod.of(LocalDate.of(2018, 2, 1), LocalDate.of(2020, 5, 31)), pilot.getContractPeriod());
    assertEquals(50, pilot.getEstimatedPlaces().orElseThrow());
    assertEquals(Period.ofMonths(6), pilot.getAveragePlacementLength().orElseThrow());
    assertTrue(!pilot.isVolumesGuaranteed());
    assertEquals("res-ws", pilot.getLegalBasis().getEformsReservedParticipationCode().orElseThrow());
  }
}
