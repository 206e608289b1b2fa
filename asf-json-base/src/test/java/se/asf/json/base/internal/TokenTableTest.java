package se.asf.json.base.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

/** A parser's tokens map to the engine's by their names, in a table made once per token class. */
class TokenTableTest {
  /** Token names as the Jackson majors spell them, and one the engine does not know. */
  enum ParserToken { VALUE_NULL, PROPERTY_NAME, START_OBJECT, FIELD_NAME, NOT_A_TOKEN, VALUE_NUMBER_FLOAT }

  @Test
  void eachTokenMapsByItsNameAndAnUnknownOneIsOther() {
    assertArrayEquals(new Token[] {Token.NULL, Token.NAME, Token.START_OBJECT, Token.NAME, Token.OTHER, Token.DECIMAL},
        Token.table(ParserToken.class));
  }

  @Test
  void theTableOfAClassIsMadeOnceAndIsTheSameTable() {
    Token[] shared = Token.tableOf(ParserToken.class);
    assertArrayEquals(Token.table(ParserToken.class), shared);
    assertSame(shared, Token.tableOf(ParserToken.class));
  }
}
