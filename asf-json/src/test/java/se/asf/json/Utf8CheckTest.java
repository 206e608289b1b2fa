package se.asf.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.JsonProblem;
import se.asf.json.base.JsonProblemCode;

/**
 * The reader's own one-pass UTF-8 check decides exactly as the JDK's strict decoder (malformed input
 * reported, never replaced): the same documents are refused, at the same byte.
 */
class Utf8CheckTest {
  private static final AsfJson JSON = AsfJson.builder().build();

  /** Bytes at the edges of UTF-8's ranges: ASCII, continuation bytes, every kind of lead byte, and bytes never used. */
  private static final List<Integer> EDGES = List.of(0x20, 0x22, 0x61, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF,
      0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF8, 0xFF);

  @Test
  void refusesExactlyWhatTheStrictDecoderRefusesAtTheSameByte() {
    Gen<Integer> oneByte = Generate.pick(EDGES).mix(integers().between(1, 255), 30);
    qt().withExamples(20_000).forAll(lists().of(oneByte).ofSizeBetween(1, 9)).checkAssert(tail ->
        assertEquals(firstMalformed(document(tail)), utf8ProblemAt(document(tail))));
  }

  @Test
  void longerDocumentsAreCheckedEightBytesAtATimeWithTheSameResult() {
    // Mostly ASCII, so that whole words pass at once, with NUL and bytes of every kind in any position.
    Gen<Integer> oneByte = integers().between(0x20, 0x7E).mix(Generate.pick(EDGES), 20)
        .mix(Generate.pick(List.of(0x00, 0x01, 0x7F, 0x80)), 5);
    qt().withExamples(20_000).forAll(lists().of(oneByte).ofSizeBetween(1, 40)).checkAssert(tail -> {
      byte[] document = document(tail);
      Optional<Integer> malformed = firstMalformed(document);
      assertEquals(malformed, utf8ProblemAt(document));
      int nul = tail.indexOf(0);
      if (malformed.isEmpty() && nul >= 0) {
        assertEquals("The document holds a NUL byte (at byte " + (nul + 1) + "); it is not UTF-8 JSON.",
            problems(document).get(0).getMessage(Locale.ENGLISH));
      } else {
        assertFalse(problems(document).get(0).getMessage(Locale.ENGLISH).contains("NUL"));
      }
    });
  }

  /** A document of {@code [} and then the bytes. */
  private static byte[] document(List<Integer> tail) {
    byte[] document = new byte[tail.size() + 1];
    document[0] = '[';
    for (int i = 0; i < tail.size(); i++) {
      document[i + 1] = (byte) (int) tail.get(i);
    }
    return document;
  }

  @Test
  void namesTheFirstByteOfTheBadSequence() {
    // "[\"" then U+00E5 (two bytes), then an overlong slash, a surrogate and a truncated four-byte form.
    assertEquals(Optional.of(4), utf8ProblemAt(bytes(0x5B, 0x22, 0xC3, 0xA5, 0xC0, 0xAF)));
    assertEquals(Optional.of(1), utf8ProblemAt(bytes(0x5B, 0xED, 0xA0, 0x80)));
    assertEquals(Optional.of(1), utf8ProblemAt(bytes(0x5B, 0xF0, 0x9F, 0x98)));
    assertEquals(Optional.of(1), utf8ProblemAt(bytes(0x5B, 0xF4, 0x90, 0x80, 0x80)));
    // The overlong forms of U+FFFF in four bytes and of U+07FF in three: no shorter form may be lengthened.
    assertEquals(Optional.of(1), utf8ProblemAt(bytes(0x5B, 0xF0, 0x8F, 0xBF, 0xBF)));
    assertEquals(Optional.of(1), utf8ProblemAt(bytes(0x5B, 0xE0, 0x9F, 0xBF)));
    assertEquals(Optional.empty(), utf8ProblemAt(bytes(0x5B, 0xF4, 0x8F, 0xBF, 0xBF)));
    assertEquals(Optional.empty(), utf8ProblemAt(bytes(0x5B, 0xEF, 0xBF, 0xBF, 0xF0, 0x90, 0x80, 0x80)));
  }

  @Test
  void checksTheEncodingBeforeNulBytes() {
    JsonProblem nul = problems(bytes(0x5B, 0x00, 0x5D)).get(0);
    assertEquals("The document holds a NUL byte (at byte 1); it is not UTF-8 JSON.", nul.getMessage(Locale.ENGLISH));
    JsonProblem bad = problems(bytes(0x5B, 0x00, 0x5D, 0xFF)).get(0);
    assertEquals("The document is not valid UTF-8 (at byte 3).", bad.getMessage(Locale.ENGLISH));
  }

  /** The position of the first malformed sequence as the JDK's strict decoder reports it. */
  private static Optional<Integer> firstMalformed(byte[] document) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(document);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(2 * document.length), true);
    return result.isError() ? Optional.of(in.position()) : Optional.empty();
  }

  /** The byte at which the reader refuses the document as not UTF-8, if it does. */
  private static Optional<Integer> utf8ProblemAt(byte[] document) {
    for (JsonProblem problem : problems(document)) {
      String message = problem.getMessage(Locale.ENGLISH);
      String prefix = "The document is not valid UTF-8 (at byte ";
      if (problem.getCode() == JsonProblemCode.ENCODING && message.startsWith(prefix)) {
        return Optional.of(Integer.valueOf(message.substring(prefix.length(), message.length() - 2)));
      }
    }
    return Optional.empty();
  }

  private static List<JsonProblem> problems(byte[] document) {
    return assertThrows(AsfJsonException.class, () -> JSON.readBidders(new ByteArrayInputStream(document)))
        .getProblems();
  }

  private static byte[] bytes(int... values) {
    byte[] bytes = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      bytes[i] = (byte) values[i];
    }
    return bytes;
  }
}
