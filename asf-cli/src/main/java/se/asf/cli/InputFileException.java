package se.asf.cli;

import java.util.List;

/**
 * Thrown when an input file cannot be used at all: it cannot be read, is empty, too large, not
 * UTF-8, malformed, or its header is wrong. It carries the problems, each naming the file and,
 * where known, the line, column or JSON Pointer.
 */
final class InputFileException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<InputProblem> problems;

  InputFileException(List<InputProblem> problems) {
    super(problems.isEmpty() ? "invalid input" : problems.get(0).toString());
    this.problems = List.copyOf(problems);
  }

  InputFileException(InputProblem problem) {
    this(List.of(problem));
  }

  List<InputProblem> problems() {
    return problems;
  }
}
