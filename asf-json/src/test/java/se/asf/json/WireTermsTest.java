package se.asf.json;

import se.asf.json.base.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.json.fixtures.Fixtures;

/** Problem messages speak the wire format's terms, not Java constants. */
class WireTermsTest {
  private static final String BIDDERS = Fixtures.text("se/asf/json/examples/hbs-2017-bidders.json");

  @Test
  void aLegalFormThatDoesNotFitTheIdentityNamesTheCodeAndTheGroup() {
    String document = BIDDERS.replaceFirst("\"legalForm\": \"ekonomisk-forening\"", "\"legalForm\": \"aktiebolag\"");
    JsonProblem problem = assertThrows(AsfJsonException.class, () -> Fixtures.MASKED.readBidders(document))
        .getProblems().get(0);
    assertEquals("/bidders/0/legalForm", problem.getPointer());
    assertEquals("The legal form aktiebolag does not fit the identity 769631-2458 (group 7: ekonomiska föreningar"
        + " och bostadsrättsföreningar).", problem.getMessage(Locale.ENGLISH));
    assertEquals(true, problem.getMessage(Locale.forLanguageTag("sv")).contains("aktiebolag")
        && problem.getMessage(Locale.forLanguageTag("sv")).contains("(grupp 7: "), problem.getMessage(Locale.ROOT));
  }

  @Test
  void aRepeatedWorkforceLineNamesTheCodes() {
    String document = BIDDERS.replaceFirst("\"form\": \"employment\",(\\s+)\"group\": \"none\"",
        "\"form\": \"work-training\",$1\"group\": \"disability\"");
    JsonProblem problem = assertThrows(AsfJsonException.class, () -> Fixtures.MASKED.readBidders(document))
        .getProblems().get(0);
    assertEquals(true, problem.getMessage(Locale.ENGLISH).startsWith("The engagement form work-training and target"
        + " group disability appear more than once."), problem.getMessage(Locale.ENGLISH));
  }
}
