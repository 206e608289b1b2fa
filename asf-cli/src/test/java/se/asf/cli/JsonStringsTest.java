package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonStringsTest {

  @Test
  void aPersonnummerRightAfterAnEscapeIsMasked() {
    assertEquals("  \"subjectName\": \"\\u008819121212****\",",
        SafeWriter.JsonStrings.redact("  \"subjectName\": \"\\u0088191212121212\","));
  }

  @Test
  void escapesAndOtherTextStayAsTheyAre() {
    String line = "  \"name\": \"Caf\\u00e9 \\\"A\\\" 12345\",";
    assertEquals(line, SafeWriter.JsonStrings.redact(line));
  }

  @Test
  void everyStringValueIsMaskedAndTheTextBetweenThemIsKept() {
    assertEquals("{\"a\": \"191212-****\", \"n\": 1912121212, \"c\": \"x 191212-**** y\"}",
        SafeWriter.JsonStrings.redact("{\"a\": \"191212-1212\", \"n\": 1912121212, \"c\": \"x 191212-1212 y\"}"));
  }

  @Test
  void aStringCutOffAtTheEndOfTheLineIsMaskedToo() {
    assertEquals("[\"a\", \"191212-****", SafeWriter.JsonStrings.redact("[\"a\", \"191212-1212"));
  }
}
