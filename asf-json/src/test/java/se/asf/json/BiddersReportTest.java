package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.json.fixtures.Fixtures;

/** Reading a bidders document whole: every bidder that can be read, and every problem, in one pass. */
class BiddersReportTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode example() throws Exception {
    return (ObjectNode) MAPPER.readTree(Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json"));
  }

  private static List<String> pointers(BiddersReport report) {
    return report.getProblems().stream().map(JsonProblem::getPointer).toList();
  }

  @Test
  void readsTheValidBiddersAndReportsEveryBrokenOne() throws Exception {
    ObjectNode document = example();
    ArrayNode bidders = (ArrayNode) document.get("bidders");
    ((ObjectNode) bidders.get(1)).remove("legalForm");
    ((ObjectNode) bidders.get(3)).put("legalForm", "ekonomisk_forening");
    ((ObjectNode) bidders.get(3)).put("colour", "blue");
    ((ObjectNode) bidders.get(6)).put("organisationNumber", "232345-1903");

    BiddersReport report = Fixtures.MASKED.readBiddersReport(MAPPER.writeValueAsString(document));

    assertTrue(report.isComplete());
    assertEquals(9, report.getElementsSeen());
    assertEquals(List.of(0, 2, 4, 5, 7, 8), report.getBidders().stream().map(BiddersReport.Bidder::index).toList());
    assertEquals(List.of("/bidders/1/legalForm", "/bidders/3/legalForm", "/bidders/6/organisationNumber"),
        pointers(report));
    assertEquals(JsonProblemCode.MISSING_PROPERTY, report.getProblems().get(0).getCode());
    assertTrue(report.getProblems().get(1).getMessage(Locale.ENGLISH).contains("ekonomisk_forening"),
        report.getProblems().get(1).getMessage(Locale.ENGLISH));
  }

  @Test
  void aNameRepeatedInOneBidderRefusesThatBidderOnly() throws Exception {
    String text = Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json");
    int third = text.indexOf("\"Salems Café");
    String repeated = text.substring(0, third) + "\"x\", \"name\": " + text.substring(third);

    BiddersReport report = Fixtures.MASKED.readBiddersReport(repeated);

    assertTrue(report.isComplete());
    assertEquals(List.of(0, 1, 3, 4, 5, 6, 7, 8), report.getBidders().stream().map(BiddersReport.Bidder::index).toList());
    assertEquals(List.of("/bidders/2/name"), pointers(report));
    assertEquals(JsonProblemCode.DUPLICATE_PROPERTY, report.getProblems().get(0).getCode());
  }

  @Test
  void theSameDocumentStillFailsAsAWholeForReadBidders() throws Exception {
    ObjectNode document = example();
    ((ObjectNode) ((ArrayNode) document.get("bidders")).get(1)).remove("legalForm");
    AsfJsonException e = org.junit.jupiter.api.Assertions.assertThrows(AsfJsonException.class,
        () -> Fixtures.MASKED.readBidders(MAPPER.writeValueAsString(document)));
    assertEquals("/bidders/1/legalForm", e.getProblems().get(0).getPointer());
  }

  @Test
  void aBrokenDocumentStopsTheReadingAndKeepsWhatCameBefore() throws Exception {
    String text = Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json");
    int third = text.indexOf("\"Salems Café");
    BiddersReport report = Fixtures.MASKED.readBiddersReport(text.substring(0, third) + "\"name\" \"x\"");

    assertFalse(report.isComplete());
    assertEquals(List.of(0, 1), report.getBidders().stream().map(BiddersReport.Bidder::index).toList());
    assertEquals(1, report.getProblems().size());
    assertTrue(report.getProblems().get(0).getPointer().startsWith("/bidders/2"),
        report.getProblems().get(0).getPointer());
  }

  @Test
  void stopsAfterTheBoundOfRefusedBidders() throws Exception {
    ObjectNode document = example();
    ArrayNode bidders = document.putArray("bidders");
    for (int i = 0; i < BiddersReport.MAX_REFUSED_BIDDERS + 20; i++) {
      bidders.addObject().put("name", "x" + i);
    }
    BiddersReport report = Fixtures.MASKED.readBiddersReport(MAPPER.writeValueAsString(document));

    assertFalse(report.isComplete());
    assertEquals(BiddersReport.MAX_REFUSED_BIDDERS, report.getElementsSeen());
    assertEquals("/bidders/" + (BiddersReport.MAX_REFUSED_BIDDERS - 1),
        pointers(report).get(pointers(report).size() - 1).replaceAll("(/bidders/[0-9]+).*", "$1"));
  }

  @Test
  void aDocumentThatIsNotABiddersDocumentIsOneProblem() {
    BiddersReport report = Fixtures.MASKED.readBiddersReport("[]");
    assertFalse(report.isComplete());
    assertTrue(report.getBidders().isEmpty());
    assertEquals(1, report.getProblems().size());
  }
}
