package se.asf.json.base.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.base.JsonProblemCode;

/**
 * Reads the array of a document that may be read whole: an element with a problem is recorded in
 * the {@link ElementProblems} collector and skipped, and the reading goes on with the next element
 * until the collector's bound.
 */
final class WholeList {
  private WholeList() {}

  static ValueReader<List<Enterprise>> of(ValueReader<Enterprise> element, ElementProblems collector,
      String property) {
    return in -> {
      if (in.current() != Token.START_ARRAY) {
        throw Problems.wrongType(in, "type.array");
      }
      int depth = in.depth();
      List<Enterprise> list = new ArrayList<>();
      int index = 0;
      for (Token token = in.next(); token != Token.END_ARRAY; token = in.next(), index++) {
        if (collector.full()) {
          skipToEnd(in, depth);
          break;
        }
        try {
          if (token == Token.NULL) {
            throw Problems.fail(JsonProblemCode.NULL_VALUE, "problem.null");
          }
          Enterprise value = element.read(in);
          list.add(value);
          collector.accept(index, value);
        } catch (WireFailure e) {
          collector.refuse(index, e.under(index).under(property));
          // Back to the array, past the rest of the element; a broken document stops the reading here.
          while (in.depth() != depth) {
            in.next();
          }
        }
      }
      return list;
    };
  }

  /** Moves past the array's end without reading its elements. */
  private static void skipToEnd(TokenReader in, int depth) throws IOException {
    while (!(in.current() == Token.END_ARRAY && in.depth() == depth - 1)) {
      if (in.current() == Token.START_OBJECT || in.current() == Token.START_ARRAY) {
        in.skipChildren();
      }
      in.next();
    }
  }
}
