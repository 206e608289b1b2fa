package se.asf.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.asf.core.InvariantViolationException;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.core.identity.IdentityViolation;
import se.asf.json.wire.SafeText;
import se.asf.json.wire.WireMessages;
import se.asf.json.wire.WireProblem;

/** Turns every kind of failure met while reading or writing into {@link JsonProblem}s. */
final class ProblemReports {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private ProblemReports() {}

  static AsfJsonException exception(JsonProblem problem) {
    return new AsfJsonException(List.of(problem));
  }

  /** A problem described by a message key of the asf-json bundles. */
  static JsonProblem problem(String pointer, JsonProblemCode code, String key, Serializable... arguments) {
    WireProblem problem = new WireProblem(code, key, arguments);
    return of(pointer, problem);
  }

  private static JsonProblem of(String pointer, WireProblem problem) {
    return JsonProblem.of(pointer, problem.getCode(),
        SafeText.redact(problem.getMessage(SWEDISH)), SafeText.redact(problem.getMessage(Locale.ENGLISH)));
  }

  /** Problems from a mapping exception: the pointer is the exception's path. */
  static List<JsonProblem> fromMapping(JsonMappingException e) {
    String pointer = pointer(e.getPath());
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      if (cause instanceof WireProblem problem) {
        return List.of(of(pointer, problem));
      }
      if (cause instanceof InvariantViolationException violation) {
        return List.of(JsonProblem.ofInvariant(pointer, violation.getInvariant(),
            SafeText.redact(WireTerms.message(violation, SWEDISH)),
            SafeText.redact(WireTerms.message(violation, Locale.ENGLISH))));
      }
      if (cause instanceof IdentityNumberFormatException identity) {
        List<JsonProblem> problems = new ArrayList<>();
        for (IdentityViolation violation : identity.getViolations()) {
          problems.add(JsonProblem.ofIdentity(pointer, violation.getProblem(),
              identityMessage(SWEDISH, identity, violation), identityMessage(Locale.ENGLISH, identity, violation)));
        }
        return problems;
      }
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return List.of(problem(pointer, JsonProblemCode.UNKNOWN_PROPERTY, "problem.unknown-property",
          SafeText.echo(unknown.getPropertyName()), known(unknown.getKnownPropertyIds())));
    }
    return List.of(problem(pointer, JsonProblemCode.INVALID_VALUE, "problem.invalid"));
  }

  private static String identityMessage(Locale locale, IdentityNumberFormatException e, IdentityViolation violation) {
    return SafeText.redact(WireMessages.format(locale, "problem.identity", e.getMaskedInput(),
        violation.getMessage(locale)));
  }

  private static String known(Collection<Object> ids) {
    if (ids == null) {
      return "";
    }
    return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }

  /**
   * A problem from the parser itself (malformed JSON, a limit, a duplicate name). The pointer names
   * the value the parser was reading; when it had finished a value and failed before the next
   * property's name (or in the name, as with an over-long one), it names the enclosing object.
   */
  static JsonProblem fromParser(JsonProcessingException e, JsonParser p) {
    JsonStreamContext context = p.getParsingContext();
    String message = String.valueOf(e.getOriginalMessage());
    if (message.startsWith("Duplicate field")) {
      return problem(pointer(context), JsonProblemCode.DUPLICATE_PROPERTY, "problem.duplicate-property",
          SafeText.echo(context.getCurrentName() == null ? "" : context.getCurrentName()));
    }
    boolean betweenMembers = context != null && context.inObject()
        && (message.startsWith("Name length") || isCompleteToken(p.currentToken()));
    String pointer = betweenMembers ? pointer(context.getParent()) : pointer(context);
    if (e instanceof StreamConstraintsException) {
      return limit(pointer, message);
    }
    JsonLocation location = e.getLocation();
    return problem(pointer, JsonProblemCode.SYNTAX, "problem.syntax",
        Long.toString(location == null ? -1 : location.getLineNr()),
        Long.toString(location == null ? -1 : location.getColumnNr()));
  }

  /** A token the parser has read whole; a string may still be unread (Jackson reads its text lazily). */
  private static boolean isCompleteToken(JsonToken token) {
    return token != null && token != JsonToken.FIELD_NAME && token != JsonToken.VALUE_STRING;
  }

  private static JsonProblem limit(String pointer, String message) {
    if (message.startsWith("Document nesting depth")) {
      return problem(pointer, JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-depth",
          Integer.toString(AsfJson.MAX_NESTING_DEPTH));
    }
    if (message.startsWith("String value length")) {
      return problem(pointer, JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-string",
          Integer.toString(AsfJson.MAX_STRING_LENGTH));
    }
    if (message.startsWith("Number value length")) {
      return problem(pointer, JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-number",
          Integer.toString(AsfJson.MAX_NUMBER_LENGTH));
    }
    if (message.startsWith("Name length")) {
      return problem(pointer, JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-name",
          Integer.toString(AsfJson.MAX_NAME_LENGTH));
    }
    if (message.startsWith("Document length")) {
      return problem(pointer, JsonProblemCode.LIMIT_EXCEEDED, "problem.limit-document",
          Integer.toString(AsfJson.MAX_DOCUMENT_BYTES));
    }
    return problem(pointer, JsonProblemCode.LIMIT_EXCEEDED, "problem.limit");
  }

  /** Renders a mapping exception's path as a JSON Pointer (RFC 6901). */
  static String pointer(List<JsonMappingException.Reference> path) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference step : path) {
      if (step.getFieldName() != null) {
        pointer.append('/').append(escape(step.getFieldName()));
      } else if (step.getIndex() >= 0) {
        pointer.append('/').append(step.getIndex());
      }
    }
    return pointer.toString();
  }

  /** Renders where a parser or generator stands as a JSON Pointer; {@code ""} at the top. */
  static String pointer(JsonStreamContext context) {
    if (context == null) {
      return "";
    }
    JsonPointer pointer = context.pathAsPointer();
    return pointer.toString();
  }

  private static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
