package se.asf.json.base.internal;

import java.io.IOException;
import se.asf.json.base.AsfJsonDocuments;
import se.asf.json.base.JsonProblemCode;

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

  /** Where the parser stood when it failed. */
  public record Where(String pointer, String parentPointer, boolean inObject, String currentName, Token token) {}

  /**
   * Creates the failure from what a parser (of either Jackson major) reports: the same codes, pointers
   * and messages whichever parser found the problem. The pointer names the value the parser was
   * reading; when it had finished a value and failed before the next property's name (or in the name,
   * as with an over-long one), it names the enclosing object.
   */
  public static ParseFailure of(String message, boolean limit, long line, long column, Where where) {
    if (message.startsWith("Duplicate field") || message.startsWith("Duplicate Object property")
        || message.startsWith("Duplicate property")) {
      return new ParseFailure(where.pointer(), new WireProblem(JsonProblemCode.DUPLICATE_PROPERTY,
          "problem.duplicate-property", SafeText.echo(where.currentName() == null ? "" : where.currentName())));
    }
    // A token read whole; a string may still be unread (Jackson reads its text lazily).
    boolean complete = where.token() != null && where.token() != Token.NAME && where.token() != Token.STRING;
    boolean betweenMembers = where.inObject() && (message.startsWith("Name length") || complete);
    String pointer = betweenMembers ? where.parentPointer() : where.pointer();
    if (limit) {
      return new ParseFailure(pointer, limit(message));
    }
    return new ParseFailure(pointer, new WireProblem(JsonProblemCode.SYNTAX, "problem.syntax",
        Long.toString(line), Long.toString(column)));
  }

  private static WireProblem limit(String message) {
    if (message.startsWith("Document nesting depth")) {
      return limit("problem.limit-depth", AsfJsonDocuments.MAX_NESTING_DEPTH);
    }
    if (message.startsWith("String value length")) {
      return limit("problem.limit-string", AsfJsonDocuments.MAX_STRING_LENGTH);
    }
    if (message.startsWith("Number value length")) {
      return limit("problem.limit-number", AsfJsonDocuments.MAX_NUMBER_LENGTH);
    }
    if (message.startsWith("Name length")) {
      return limit("problem.limit-name", AsfJsonDocuments.MAX_NAME_LENGTH);
    }
    if (message.startsWith("Document length")) {
      return limit("problem.limit-document", AsfJsonDocuments.MAX_DOCUMENT_BYTES);
    }
    return new WireProblem(JsonProblemCode.LIMIT_EXCEEDED, "problem.limit");
  }

  private static WireProblem limit(String key, int limit) {
    return new WireProblem(JsonProblemCode.LIMIT_EXCEEDED, key, Integer.toString(limit));
  }
}
