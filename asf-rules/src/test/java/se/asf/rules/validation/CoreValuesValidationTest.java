package se.asf.rules.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;

/**
 * The Jakarta constraints of asf-core hold for every value that can be built: absent optional
 * evidence in particular is not a violation.
 */
class CoreValuesValidationTest {

  @Test
  void theExampleBiddersAndThePilotAreValid() {
    AsfValidator validator = AsfValidator.create();
    for (Enterprise bidder : Hbs2017Bidders.all()) {
      assertEquals(List.of(), validator.validate(bidder), bidder.getName());
    }
    assertEquals(List.of(), validator.validate(Hbs2017Pilot.procurement()));
  }

  @Test
  void absentOptionalTextIsNotBlankText() {
    Enterprise bare = Hbs2017Bidders.missingEvidence();
    assertEquals(true, bare.getUnit().isEmpty());
    assertEquals(List.of(), AsfValidator.create().validate(bare));
  }
}
