package se.asf.json.base.internal;

import java.io.IOException;

/**
 * A problem the parser found (malformed JSON, a limit, a repeated name), with the parser's own
 * pointer. Unlike a {@link WireFailure} it ends the reading of a document read whole: what follows
 * cannot be read.
 */
public final class ParseFailure extends IOException {
  private static final long serialVersionUID = 1L;

  private final String pointer;

  /** Creates the failure. */
  public ParseFailure(String pointer, WireProblem problem) {
    super(problem.getMessage(), problem);
    this.pointer = pointer;
  }

  /** Returns where the parser stood. */
  public String pointer() {
    return pointer;
  }

  /** Returns the problem. */
  public WireProblem problem() {
    return (WireProblem) getCause();
  }

  @Override
  public synchronized Throwable fillInStackTrace() {
    return this;
  }
}
