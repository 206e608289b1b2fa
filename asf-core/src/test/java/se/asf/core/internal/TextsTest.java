package se.asf.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

class TextsTest {

  @Test
  void controlCharactersAndWhiteSpaceSayNothing() {
    assertTrue(Texts.isBlank(""));
    assertTrue(Texts.isBlank("\u0001\t "));
    assertTrue(Texts.isBlank("\u2003\u3000"), "em space and ideographic space are white space");
    assertFalse(Texts.isBlank("\u00a0"), "a no-break space is not white space to Java");
    assertFalse(Texts.isBlank(" !"));
  }

  @Test
  void aTextThatSaysSomethingIsReturnedAsItIs() {
    String name = "Butiken i Tumba";
    assertSame(name, Texts.requireNonBlank(name, "name"));
    InvariantViolationException e =
        assertThrows(InvariantViolationException.class, () -> Texts.requireNonBlank("\u0001 ", "name"));
    assertEquals(Invariant.BLANK_TEXT, e.getInvariant());
  }
}
