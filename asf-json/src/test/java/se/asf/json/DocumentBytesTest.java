package se.asf.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.JsonProblemCode;

/**
 * A document is read whole from a stream whatever length the stream tells in advance: the right one, too
 * little, too much or nothing; and the bound holds either way.
 */
class DocumentBytesTest {
  private static final AsfJson JSON = AsfJson.builder().build();

  @Test
  void readsTheWholeDocumentWhateverLengthTheStreamTells() {
    byte[] document = (JSON.writeBidders(List.of()) + " ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
    for (int told : new int[] {0, 1, 5, document.length - 1, document.length, document.length + 1, 1 << 20}) {
      assertEquals(List.of(), JSON.readBidders(telling(document, told)), "told " + told);
    }
  }

  @Test
  void theBoundHoldsWhateverLengthTheStreamTells() {
    byte[] tooLarge = new byte[AsfJsonDocuments.MAX_DOCUMENT_BYTES + 1];
    Arrays.fill(tooLarge, (byte) ' ');
    for (int told : new int[] {0, 10, AsfJsonDocuments.MAX_DOCUMENT_BYTES, tooLarge.length}) {
      AsfJsonException e = assertThrows(AsfJsonException.class, () -> JSON.readBidders(telling(tooLarge, told)));
      assertEquals(JsonProblemCode.LIMIT_EXCEEDED, e.getProblems().get(0).getCode(), "told " + told);
    }
    byte[] atTheBound = Arrays.copyOf(tooLarge, AsfJsonDocuments.MAX_DOCUMENT_BYTES);
    AsfJsonException blank = assertThrows(AsfJsonException.class,
        () -> JSON.readBidders(telling(atTheBound, AsfJsonDocuments.MAX_DOCUMENT_BYTES)));
    assertEquals(JsonProblemCode.EMPTY_DOCUMENT, blank.getProblems().get(0).getCode());
  }

  /** A stream of the bytes that tells {@code told} as its available length. */
  private static InputStream telling(byte[] bytes, int told) {
    return new FilterInputStream(new ByteArrayInputStream(bytes)) {
      @Override
      public int available() {
        return told;
      }
    };
  }
}
