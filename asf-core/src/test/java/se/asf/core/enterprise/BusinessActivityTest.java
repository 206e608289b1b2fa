package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.core.InvariantAssertions.assertViolates;

import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;

class BusinessActivityTest {

  @Test
  void needsADescription() {
    assertViolates(Invariant.BLANK_TEXT, "description", () -> BusinessActivity.of("  ", Offering.SERVICES));
  }

  @Test
  void keepsWhatItIsGiven() {
    BusinessActivity activity = BusinessActivity.of("Café och catering", Offering.GOODS_AND_SERVICES);

    assertEquals("Café och catering", activity.getDescription());
    assertEquals(Offering.GOODS_AND_SERVICES, activity.getOffering());
  }
}
