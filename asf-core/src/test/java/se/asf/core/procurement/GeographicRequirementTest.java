package se.asf.core.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static se.asf.core.InvariantAssertions.assertSameNumber;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.geo.Position;

class GeographicRequirementTest {
  private static final Centre TUMBA = Centre.of("Tumba centrum", Position.ofWgs84(59.1983, 17.8353));
  private static final Centre SALEM = Centre.of("Salems centrum", Position.ofWgs84(59.2000, 17.7670));

  @Test
  void rejectsARequirementWithoutCentres() {
    assertViolates(Invariant.NO_CENTRES, "centres",
        () -> GeographicRequirement.builder().radiusMetres(BigDecimal.valueOf(9000)).build());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.000", "-1", "-0.001"})
  void rejectsARadiusThatIsNotPositive(String radius) {
    InvariantViolationException e = assertViolates(Invariant.RADIUS_NOT_POSITIVE, "radiusMetres",
        () -> GeographicRequirement.builder().addCentre(TUMBA).radiusMetres(new BigDecimal(radius)).build());

    assertEquals(List.of(radius), e.getArguments());
  }

  @Test
  void acceptsTheSmallestPositiveRadius() {
    assertSameNumber("0.001", GeographicRequirement.builder()
        .addCentre(TUMBA).radiusMetres(new BigDecimal("0.001")).build().getRadiusMetres());
  }

  @Test
  void rejectsTwoCentresWithTheSameName() {
    Centre elsewhere = Centre.of("Tumba centrum", Position.ofWgs84(59.2, 17.9));

    InvariantViolationException e = assertViolates(Invariant.DUPLICATE_ENTRY, "centres",
        () -> GeographicRequirement.builder().addCentres(TUMBA, SALEM, elsewhere).radiusMetres(BigDecimal.TEN).build());

    assertEquals(List.of("Tumba centrum"), e.getArguments());
  }

  @Test
  void keepsCentresInTheOrderGiven() {
    GeographicRequirement requirement =
        GeographicRequirement.builder().addCentre(SALEM).addCentre(TUMBA).radiusMetres(BigDecimal.valueOf(9000)).build();

    assertEquals(List.of(SALEM, TUMBA), requirement.getCentres());
  }

  @Test
  void requiresARadius() {
    assertThrows(IllegalStateException.class, () -> GeographicRequirement.builder().addCentre(TUMBA).build());
  }
}
