package se.asf.json.base.internal;

import java.io.IOException;

/** Opens a strict parser of one Jackson major over a document, for the engine to read through. */
@FunctionalInterface
public interface JsonSyntax {

  /**
   * Opens a parser over the bytes, with the limits of {@link se.asf.json.base.AsfJsonDocuments} and every
   * lenient feature off; what the parser rejects surfaces as a {@link ParseFailure}.
   */
  TokenReader open(byte[] bytes) throws IOException;
}
