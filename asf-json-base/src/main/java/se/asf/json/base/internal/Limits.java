package se.asf.json.base.internal;

/** The limits of the documents read, the same whichever Jackson major parses them. */
public final class Limits {
  /** The largest document read, in bytes: 16 MiB. */
  public static final int MAX_DOCUMENT_BYTES = 16 * 1024 * 1024;
  /** The deepest nesting of arrays and objects read. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value read, in characters: 1 MiB. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;
  /** The longest number read, in characters; also the longest plain form of an exact decimal. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** The longest property name read, in characters. */
  public static final int MAX_NAME_LENGTH = 1024;

  private Limits() {}
}
