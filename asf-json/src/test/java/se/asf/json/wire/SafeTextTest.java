package se.asf.json.wire;

import se.asf.json.base.internal.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void echoShowsShortTextAsItIs() {
    assertEquals("website", SafeText.echo("website"));
    assertEquals("lou-4-18", SafeText.echo("lou-4-18"));
  }

  @Test
  void echoMasksAnythingWithEnoughDigitsForAPersonnummer() {
    assertEquals("19121212-****", SafeText.echo("19121212-1212"));
    assertEquals("121212-****", SafeText.echo("121212-1212"));
    assertEquals("19121212****", SafeText.echo("191212121212"));
    assertEquals("556987-****", SafeText.echo("556987-4125"));
  }

  @Test
  void echoCutsLongTextAndHidesControlCharacters() {
    assertEquals("x".repeat(SafeText.MAX_ECHO) + "…", SafeText.echo("x".repeat(10_000)));
    assertEquals("a\\nb", SafeText.echo("a\nb"));
    assertEquals("a\\u001B[2Jb", SafeText.echo("a\u001b[2Jb"));
  }

  @Test
  void redactMasksPersonnummerButNotOrganisationNumbers() {
    assertEquals("identity 19121212-****.", SafeText.redact("identity 19121212-1212."));
    assertEquals("identity 121212+****.", SafeText.redact("identity 121212+1212."));
    assertEquals("x 19121212**** y", SafeText.redact("x 191212121212 y"));
    assertEquals("identity 556987-4125.", SafeText.redact("identity 556987-4125."));
    assertEquals("the year 2017 and 12 heads", SafeText.redact("the year 2017 and 12 heads"));
  }

  @Test
  void redactCutsLongMessages() {
    assertEquals(SafeText.MAX_MESSAGE + 1, SafeText.redact("y".repeat(5_000)).length());
  }
}
