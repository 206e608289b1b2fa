package se.asf.json.deser;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.ArrayList;
import java.util.List;
import se.asf.json.JsonProblemCode;
import se.asf.json.wire.ElementProblems;

/**
 * Reads the array of a document that may be read whole: when the context carries an
 * {@link ElementProblems} collector, an element with a problem is recorded there and skipped, and
 * the reading goes on with the next element until the collector's bound; without one, the first
 * problem ends the reading, as for every other array.
 */
final class WholeList {
  private WholeList() {}

  static <T> ValueReader<List<T>> of(ValueReader<T> element, Class<?> document, String property) {
    ValueReader<List<T>> strict = Scalars.listOf(element);
    return (p, ctxt) -> {
      if (!(ctxt.getAttribute(ElementProblems.ATTRIBUTE) instanceof ElementProblems collector)) {
        return strict.read(p, ctxt);
      }
      if (p.currentToken() != JsonToken.START_ARRAY) {
        throw Problems.wrongType(ctxt, p, "type.array");
      }
      JsonStreamContext array = p.getParsingContext();
      List<T> list = new ArrayList<>();
      int index = 0;
      for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken(), index++) {
        if (collector.full()) {
          skipToEnd(p, array);
          break;
        }
        try {
          if (token == JsonToken.VALUE_NULL) {
            throw Problems.fail(ctxt, JsonProblemCode.NULL_VALUE, "problem.null");
          }
          T value = element.read(p, ctxt);
          list.add(value);
          collector.accept(index, value);
        } catch (JsonMappingException e) {
          collector.refuse(index, Problems.at(Problems.at(e, List.class, index), document, property));
          // Back to the array, past the rest of the element; a broken document stops the reading here.
          while (p.getParsingContext() != array) {
            p.nextToken();
          }
        }
      }
      return list;
    };
  }

  /** Moves past the array's end without reading its elements. */
  private static void skipToEnd(com.fasterxml.jackson.core.JsonParser p, JsonStreamContext array)
      throws java.io.IOException {
    JsonStreamContext parent = array.getParent();
    while (!(p.currentToken() == JsonToken.END_ARRAY && p.getParsingContext() == parent)) {
      if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
        p.skipChildren();
      } else {
        p.nextToken();
      }
    }
  }
}
