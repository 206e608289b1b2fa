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
}
