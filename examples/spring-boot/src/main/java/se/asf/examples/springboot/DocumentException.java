package se.asf.examples.springboot;

import java.util.List;
import se.asf.json.base.JsonProblem;

/** A part's document was refused by the library's reader; its problems, with JSON Pointers. */
final class DocumentException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String part;
  private final transient List<JsonProblem> problems;

  DocumentException(String part, List<JsonProblem> problems) {
    super(null, null, false, false);
    this.part = part;
    this.problems = List.copyOf(problems);
  }

  String part() {
    return part;
  }

  List<JsonProblem> problems() {
    return problems;
  }
}
