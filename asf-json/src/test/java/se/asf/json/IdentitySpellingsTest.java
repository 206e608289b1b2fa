package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Schemas;

/**
 * An organisation number and a sole trader's personnummer are read in every spelling the CLI and the
 * CSV accept, and written canonically; a personnummer is never shown whole in a problem.
 */
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

  private static final String SOLE_TRADER = """
      {"formatVersion": 1, "bidders": [{"name": "Tolvans Städ", "personalIdentityNumber": "%s",
       "legalForm": "enskild-firma", "sites": []}]}
      """;

  @Test
  void everyPersonnummerSpellingReadsAsTheSameNumberAndIsWrittenCanonically() {
    // The reference date is 2026-01-15: with "-" or no separator a 10-digit number is under 100 (2012),
    // with "+" at least 100 (1912).
    java.util.Map<String, String> spellings = new java.util.LinkedHashMap<>();
    spellings.put("19121212-1212", "19121212-1212");
    spellings.put("191212121212", "19121212-1212");
    spellings.put("121212+1212", "19121212-1212");
    spellings.put("121212-1212", "20121212-1212");
    spellings.put("1212121212", "20121212-1212");
    spellings.put("20121212-1212", "20121212-1212");
    spellings.put("121272-1219", "20121272-1219"); // a samordningsnummer, day 12 + 60
    for (java.util.Map.Entry<String, String> spelling : spellings.entrySet()) {
      String document = SOLE_TRADER.formatted(spelling.getKey());
      Enterprise read = Fixtures.FULL.readBidders(document).get(0);
      assertEquals(spelling.getValue(), ((se.asf.core.identity.Personnummer) read.getIdentity()).toUnmaskedString(),
          spelling.getKey());
      String full = Fixtures.FULL.writeBidders(List.of(read));
      assertTrue(full.contains("\"personalIdentityNumber\": \"" + spelling.getValue() + "\""), full);
      String masked = Fixtures.MASKED.writeBidders(List.of(read));
      assertTrue(masked.contains("\"personalIdentityNumber\": \"" + spelling.getValue().substring(0, 9) + "****\""),
          masked);
      assertEquals(java.util.Set.of(), Schemas.validate(AsfDocument.BIDDERS, document), spelling.getKey());
    }
  }

  @Test
  void aWrongPersonnummerInAnySpellingIsRefusedWithoutShowingIt() {
    for (String wrong : List.of("121212-1213", "1212121213", "121212+1213", "19121212-1213", "191212121213")) {
      AsfJsonException e = org.junit.jupiter.api.Assertions.assertThrows(AsfJsonException.class,
          () -> Fixtures.MASKED.readBidders(SOLE_TRADER.formatted(wrong)), wrong);
      assertEquals(JsonProblemCode.INVALID_IDENTITY, e.getCode(), wrong);
      assertEquals("/bidders/0/personalIdentityNumber", e.getPointer(), wrong);
      for (String message : List.of(e.getMessage(), e.getMessage(java.util.Locale.ENGLISH),
          e.getProblems().get(0).getMessage(java.util.Locale.forLanguageTag("sv")))) {
        assertFalse(message.contains(wrong), message);
        assertFalse(message.contains("1213"), message);
      }
    }
  }
}
