package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * The JSON filter masks a personnummer in a string value even right after an escape: the hex digits
 * of {@code \u0095} must not join the number's digits into a longer run (a case PersonalDataTest
 * found with a C1 control character before the number).
 */
class JsonRedactionTest {

  @Test
  void aNumberRightAfterAUnicodeEscapeIsMasked() {
    assertEquals("{\"subjectName\": \"xHx\\u009519121212\u2212****\"}",
        SafeWriter.JsonStrings.redact("{\"subjectName\": \"xHx\\u009519121212\u22121212\"}"));
    assertEquals("\"a\\n191212-****\"", SafeWriter.JsonStrings.redact("\"a\\n191212-1212\""));
  }

  @Test
  void escapesAndOtherTextAreKeptAsWritten() {
    String line = "{\"a\": \"x\\u0095y\\\"z\", \"n\": 5560160680}";
    assertEquals(line, SafeWriter.JsonStrings.redact(line));
  }
}
