package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Schemas;

/** An organisation number is read in every spelling the CLI and the CSV accept, and written canonically. */
class IdentitySpellingsTest {
  private static final String BIDDERS = Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json");

  @Test
  void everySpellingReadsAsTheSameNumberAndIsWrittenCanonically() {
    for (String spelling : List.of("556987-4125", "5569874125", "16556987-4125", "165569874125", "SE556987412501")) {
      String document = BIDDERS.replace("\"556987-4125\"", "\"" + spelling + "\"");
      List<Enterprise> bidders = Fixtures.FULL.readBidders(document);
      assertEquals("556987-4125", bidders.get(1).getIdentity().toString(), spelling);
      assertEquals(BIDDERS, Fixtures.FULL.writeBidders(bidders), spelling);
      assertEquals(java.util.Set.of(), Schemas.validate(AsfDocument.BIDDERS, document), spelling);
    }
  }
}
