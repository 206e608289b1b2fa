package se.asf.json.base;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.asf.json.base.internal.SafeText;

/**
 * Thrown when a JSON document cannot be read (or a value cannot be written) by {@link AsfJsonDocuments} (the {@code AsfJson} of either Jackson module):
 * the one exception every such failure becomes, whether the bytes are not UTF-8, the JSON is
 * malformed, a limit is exceeded, a property is unknown or missing, or a value breaks an asf-core
 * invariant.
 *
 * <p>It carries at least one {@link JsonProblem}, each with a JSON Pointer, a stable code and a
 * message in Swedish and English. Input is untrusted and the underlying parser's messages may echo
 * it, so the exception keeps only its own redacted messages and no parser exception as its cause.
 */
public final class AsfJsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final JsonProblem[] problems;

  AsfJsonException(List<JsonProblem> problems) {
    super(summary(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an exception needs at least one problem");
    }
    this.problems = problems.toArray(new JsonProblem[0]);
  }

  private static String summary(List<JsonProblem> problems) {
    return SafeText.redact(problems.stream().map(JsonProblem::toString).collect(Collectors.joining("; ")));
  }

  /**
   * Returns every problem found, most fundamental first. Reading stops at the first problem, so
   * there is usually one; an invalid identity number gives one per rule it breaks.
   *
   * @return at least one problem
   */
  public List<JsonProblem> getProblems() {
    return List.of(problems);
  }

  /**
   * Returns the first problem's code.
   *
   * @return the code
   */
  public JsonProblemCode getCode() {
    return problems[0].getCode();
  }

  /**
   * Returns the first problem's pointer.
   *
   * @return the JSON Pointer
   */
  public String getPointer() {
    return problems[0].getPointer();
  }

  /**
   * Renders every problem in a language, one per line, each as {@code pointer: message}.
   *
   * @param locale English for any {@code en} locale, otherwise Swedish
   * @return the messages
   */
  public String getMessage(Locale locale) {
    // Each problem's pointer and message are safe already (JsonProblem makes them so); only the
    // line breaks between them are this method's own.
    return List.of(problems).stream()
        .map(p -> (p.getPointer().isEmpty() ? "/" : p.getPointer()) + ": " + p.getMessage(locale))
        .collect(Collectors.joining("\n"));
  }
}
