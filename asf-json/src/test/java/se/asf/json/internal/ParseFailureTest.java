package se.asf.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.json.base.JsonProblemCode;
import se.asf.json.base.internal.ParseFailure;
import se.asf.json.base.internal.Token;

/**
 * What either Jackson major's parser reports becomes the same problem: a repeated name in the words of
 * Jackson 2 or 3, each limit with its figure, and broken JSON with its line and column, named by the
 * value being read or, once a value was read whole or a name is too long, by the object around it.
 */
class ParseFailureTest {
  private static final ParseFailure.Where IN_NAME =
      new ParseFailure.Where("/bidders/0/name", "/bidders/0", true, "name", Token.STRING);

  private static String english(ParseFailure failure) {
    return failure.problem().getMessage(Locale.ENGLISH);
  }

  @Test
  void aRepeatedNameInTheWordsOfEitherMajor() {
    for (String message : new String[] {"Duplicate field 'name'", "Duplicate Object property \"name\"",
        "Duplicate property \"name\""}) {
      ParseFailure failure = ParseFailure.of(message, false, 3, 7, IN_NAME);
      assertEquals(JsonProblemCode.DUPLICATE_PROPERTY, failure.problem().getCode());
      assertEquals("/bidders/0/name", failure.pointer());
      assertEquals("The property \"name\" appears more than once.", english(failure));
    }
    ParseFailure unnamed = ParseFailure.of("Duplicate field ''", false, 1, 1,
        new ParseFailure.Where("/a", "", true, null, Token.NAME));
    assertEquals("The property \"\" appears more than once.", english(unnamed));
  }

  @Test
  void eachLimitWithItsFigure() {
    String[][] limits = {
        {"Document nesting depth (65) exceeds the maximum allowed (64, from ...)",
            "The document is nested more than 64 levels deep."},
        {"String value length (1048577) exceeds the maximum allowed (1048576, from ...)",
            "A string is longer than 1048576 characters."},
        {"Number value length (101) exceeds the maximum allowed (100, from ...)",
            "A number is longer than 100 characters."},
        {"Document length (16777217) exceeds the maximum allowed (16777216, from ...)",
            "The document is larger than 16777216 bytes."},
        {"Some other limit", "The document exceeds a size limit."}};
    for (String[] limit : limits) {
      ParseFailure failure = ParseFailure.of(limit[0], true, 1, 1,
          new ParseFailure.Where("/bidders/0/name", "/bidders/0", false, null, Token.STRING));
      assertEquals(JsonProblemCode.LIMIT_EXCEEDED, failure.problem().getCode());
      assertEquals(limit[1], english(failure));
      assertEquals("/bidders/0/name", failure.pointer());
    }
    ParseFailure name = ParseFailure.of("Name length (1025) exceeds the maximum allowed (1024, from ...)", true, 1, 1,
        new ParseFailure.Where("/bidders/0/sites", "/bidders/0", true, "sites", Token.NAME));
    assertEquals("A property name is longer than 1024 characters.", english(name));
    assertEquals("/bidders/0", name.pointer());
  }

  @Test
  void brokenJsonIsNamedByTheValueBeingReadOrTheObjectAroundIt() {
    String message = "Unexpected character ('\"' (code 34))";
    ParseFailure afterNumber = ParseFailure.of(message, false, 4, 9,
        new ParseFailure.Where("/bidders/0/heads", "/bidders/0", true, "heads", Token.INTEGER));
    assertEquals(JsonProblemCode.SYNTAX, afterNumber.problem().getCode());
    assertEquals("/bidders/0", afterNumber.pointer());
    assertEquals("The document is not well-formed JSON (line 4, column 9).", english(afterNumber));
    for (Token reading : new Token[] {Token.NAME, Token.STRING, null}) {
      assertEquals("/bidders/0/heads", ParseFailure.of(message, false, 1, 1,
          new ParseFailure.Where("/bidders/0/heads", "/bidders/0", true, "heads", reading)).pointer());
    }
    // In an array there is no name to fail before: the value itself.
    assertEquals("/bidders/0/sites/1", ParseFailure.of(message, false, 1, 1,
        new ParseFailure.Where("/bidders/0/sites/1", "/bidders/0/sites", false, null, Token.END_OBJECT)).pointer());
  }
}
