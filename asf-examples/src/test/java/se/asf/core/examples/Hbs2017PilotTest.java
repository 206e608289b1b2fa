package se.asf.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.geo.Wgs84Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.GeographicRequirement;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.QualificationRequirement;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;

/** The pilot as seed 003, chapter 4, and DOMAIN §2 and §4 state it. */
class Hbs2017PilotTest {
  private final ReservedProcurement pilot = Hbs2017Pilot.procurement();

  @Test
  void isAReservedParticipationUnderLou418() {
    assertEquals(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION, pilot.getLegalBasis());
  }

  @Test
  void requiresAtLeastThirtyPercentFromEveryTargetGroupOverEveryForm() {
    ShareRequirement requirement = pilot.getShareRequirement().orElseThrow();

    assertEquals(Share.ofPercent(30), requirement.getThreshold());
    assertEquals(CountingBasis.HEADS, requirement.getCountingBasis());
    assertEquals(EnumSet.allOf(EngagementForm.class), requirement.getCountedForms());
    assertEquals(EnumSet.complementOf(EnumSet.of(TargetGroup.NONE)), requirement.getTargetGroups());
  }

  @Test
  void addsTheIntegrationPurposeAndReinvestedProfits() {
    assertEquals(
        EnumSet.of(QualificationRequirement.INTEGRATION_PURPOSE, QualificationRequirement.PROFITS_MAINLY_REINVESTED),
        pilot.getAdditionalRequirements());
  }

  @Test
  void requiresASiteWithinNineKilometresOfThreeCentres() {
    GeographicRequirement radius = pilot.getGeographicRequirement().orElseThrow();

    assertSameNumber("9000", radius.getRadiusMetres());
    assertEquals(List.of("Huddinge centrum", "Tumba centrum", "Salems centrum"),
        radius.getCentres().stream().map(Centre::getName).toList());
    assertCentre(59.2347, 17.9806, radius.getCentres().get(0));
    assertCentre(59.1983, 17.8353, radius.getCentres().get(1));
    assertCentre(59.2000, 17.7670, radius.getCentres().get(2));
    assertEquals(List.of(Hbs2017Pilot.huddinge(), Hbs2017Pilot.tumba(), Hbs2017Pilot.salem()), radius.getCentres());
  }

  private static void assertCentre(double latitude, double longitude, Centre centre) {
    Wgs84Position position = assertInstanceOf(Wgs84Position.class, centre.getPosition());
    assertEquals(latitude, position.getLatitude(), 0.0, centre.getName());
    assertEquals(longitude, position.getLongitude(), 0.0, centre.getName());
  }

  @Test
  void tendersWereDueOnTheEleventhOfDecember2017() {
    assertEquals(LocalDate.of(2017, 12, 11), pilot.getTenderDeadline());
    assertEquals(Hbs2017Pilot.TENDER_DEADLINE, pilot.getTenderDeadline());
  }

  @Test
  void placementsRunFromFebruary2018ToMay2020() {
    assertEquals(DatePeriod.of(LocalDate.of(2018, 2, 1), LocalDate.of(2020, 5, 31)), pilot.getContractPeriod());
  }

  @Test
  void offersAboutFiftyPlacesOfSixMonthsWithNoVolumeGuaranteed() {
    assertEquals(Optional.of(50), pilot.getEstimatedPlaces());
    assertEquals(Optional.of(Period.ofMonths(6)), pilot.getAveragePlacementLength());
    assertEquals("P6M", pilot.getAveragePlacementLength().orElseThrow().toString());
    assertFalse(pilot.isVolumesGuaranteed());
  }

  @Test
  void isProcuredByBotkyrkaWithTheSamordningsforbund() {
    assertEquals(List.of("Botkyrka kommun", "Samordningsförbundet Huddinge, Botkyrka, Salem"),
        pilot.getContractingAuthorities().stream().map(ContractingAuthority::getName).toList());
    assertEquals(Hbs2017Pilot.REFERENCE, pilot.getReference());
  }

  @Test
  void isTheSameValueEachTime() {
    assertEquals(pilot, Hbs2017Pilot.procurement());
  }

  /** Asserts that two decimals are the same number, whatever their scale. */
  private static void assertSameNumber(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual),
        () -> "expected " + expected + " but was " + actual.toPlainString());
  }
}
