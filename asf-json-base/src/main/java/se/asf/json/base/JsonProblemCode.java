package se.asf.json.base;

/**
 * Why a JSON document was rejected, or a value could not be written: a stable code for programs.
 *
 * <p>Each {@link JsonProblem} carries one code, the JSON Pointer where the problem is, and a message
 * in Swedish and English for people. React to the code, not to the message text.
 */
public enum JsonProblemCode {
  /** The bytes are not UTF-8, the document starts with a byte-order mark, or a text holds an unpaired surrogate. */
  ENCODING,
  /** The document is empty or holds only white space. */
  EMPTY_DOCUMENT,
  /** The document is not well-formed JSON, or uses a token JSON does not have (such as {@code NaN}). */
  SYNTAX,
  /** An object names the same property twice. */
  DUPLICATE_PROPERTY,
  /** Something follows the document's one top-level value. */
  TRAILING_CONTENT,
  /** A size limit was exceeded: document size, nesting depth, string, name or number length. */
  LIMIT_EXCEEDED,
  /** The document's {@code formatVersion} is not one this library reads. */
  UNSUPPORTED_FORMAT_VERSION,
  /** An object has a property the format does not define. */
  UNKNOWN_PROPERTY,
  /** A required property is absent. The pointer names where it should be. */
  MISSING_PROPERTY,
  /** A property is {@code null}; the format has no nulls: leave an unknown value out instead. */
  NULL_VALUE,
  /** A value has the wrong JSON type, for example a number where a code (string) is expected. */
  WRONG_TYPE,
  /** A code (an enum value) is not one the format defines. */
  UNKNOWN_CODE,
  /** A value has the right type but a wrong form or range, for example a date that does not exist. */
  INVALID_VALUE,
  /** Two properties that exclude each other are both given. */
  CONFLICTING_PROPERTIES,
  /** An organisation number or personnummer is invalid, or a personnummer is masked. */
  INVALID_IDENTITY,
  /** A value breaks an invariant of its asf-core type, such as more full-time equivalents than heads. */
  INVARIANT_VIOLATED
}
