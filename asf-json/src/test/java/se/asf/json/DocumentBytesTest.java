package se.asf.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
    for (int told : new int[] {0, 10, AsfJsonDocuments.MAX_DOCUMENT_BYTES}) {
      AsfJsonException blank = assertThrows(AsfJsonException.class, () -> JSON.readBidders(telling(atTheBound, told)));
      assertEquals(JsonProblemCode.EMPTY_DOCUMENT, blank.getProblems().get(0).getCode(), "told " + told);
    }
  }

  @Test
  void aNulByteJustPastTheToldLengthIsRead() {
    String document = JSON.writeBidders(List.of());
    byte[] withNul = (document + "\u0000").getBytes(StandardCharsets.UTF_8);
    AsfJsonException e = assertThrows(AsfJsonException.class,
        () -> JSON.readBidders(telling(withNul, document.length())));
    assertEquals("The document holds a NUL byte (at byte " + document.length() + "); it is not UTF-8 JSON.",
        e.getProblems().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void theFirstOfSeveralNulBytesIsNamedEvenAtTheFirstByte() {
    AsfJsonException e = assertThrows(AsfJsonException.class,
        () -> JSON.readBidders(new ByteArrayInputStream(new byte[] {0, 0, ' ', 0})));
    assertEquals("The document holds a NUL byte (at byte 0); it is not UTF-8 JSON.",
        e.getProblems().get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void textWithinTheBoundInCharactersButNotInBytesIsRefusedForItsSize() {
    // Two bytes each in UTF-8: half the bound in characters, more than the bound in bytes.
    String text = "[\"" + "\u00E5".repeat(AsfJsonDocuments.MAX_DOCUMENT_BYTES / 2) + "\"]";
    AsfJsonException e = assertThrows(AsfJsonException.class, () -> JSON.readBidders(text));
    assertEquals(JsonProblemCode.LIMIT_EXCEEDED, e.getProblems().get(0).getCode());
    assertEquals("The document is larger than 16777216 bytes.", e.getProblems().get(0).getMessage(Locale.ENGLISH));
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
