package se.asf.espd.xml;

/**
 * The limits a reader enforces, so that no document can exhaust memory or stack.
 *
 * @param maxBytes the most bytes read from the input
 * @param maxDepth the deepest element nesting, the root being depth 1
 * @param maxTextLength the longest text of an element the reader keeps
 */
public record Limits(long maxBytes, int maxDepth, int maxTextLength) {
  /**
   * Checks the limits.
   *
   * @param maxBytes at least 1
   * @param maxDepth at least 1
   * @param maxTextLength at least 1
   */
  public Limits {
    if (maxBytes < 1 || maxDepth < 1 || maxTextLength < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
