package se.asf.espd;

/**
 * Why a document was refused: a stable code for programs. The enclosing {@link ReadProblem} adds
 * where (an XPath-like location, line and column) and a message in Swedish or English.
 */
public enum ReadProblemCode {
  /** The bytes could not be read. */
  IO,
  /** The document is not well-formed XML. */
  NOT_WELL_FORMED,
  /** The document has a document type declaration (DTD), which may declare entities: never processed. */
  DOCTYPE,
  /** The document is larger than the reader's byte limit. */
  TOO_LARGE,
  /** Elements are nested deeper than the reader's depth limit. */
  TOO_DEEP,
  /** A text the reader needs is longer than its text limit. */
  TEXT_TOO_LONG,
  /** The root element is not the document this reader reads. */
  WRONG_ROOT,
  /** The root element has the right name in the wrong namespace. */
  WRONG_NAMESPACE,
  /** The ESPD-EDM version is not given, or is not 2.1.x, 3.x or 4.x. */
  UNKNOWN_EDM_VERSION,
  /** A required element is missing, such as the document ID or the economic operator. */
  MISSING,
  /** The economic operator's identifier is neither a Swedish number nor a readable foreign one. */
  IDENTIFIER,
  /** The sheltered-workshop criterion appears more than once, so its answers cannot be told apart. */
  DUPLICATE_CRITERION,
  /** A value the document must carry in a fixed form is malformed, such as a date. */
  MALFORMED_VALUE
}
