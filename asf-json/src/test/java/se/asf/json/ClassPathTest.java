package se.asf.json;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** A user of asf-json (Jackson 2) never gets Jackson 3 on the class path. */
class ClassPathTest {
  @Test
  void jackson3IsNotOnTheClassPath() {
    assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.databind.ObjectMapper"));
    assertThrows(ClassNotFoundException.class, () -> Class.forName("tools.jackson.core.JsonParser"));
  }
}
