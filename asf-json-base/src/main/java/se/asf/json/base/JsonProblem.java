package se.asf.json.base;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import se.asf.core.Invariant;
import se.asf.core.identity.IdentityProblem;
import se.asf.json.base.internal.SafeText;

/**
 * One reason a JSON document was rejected: where (a JSON Pointer, RFC 6901), why (a
 * {@link JsonProblemCode}) and a message in Swedish and English.
 *
 * <p>The pointer names the value at fault, for example {@code /bidders/3/workforce/lines/0/heads};
 * for a missing property, where it should be; for a problem with the whole document (its encoding,
 * its size, trailing content), the empty pointer {@code ""}. Messages never contain a full
 * personnummer, and echo at most a short, masked piece of the input. Neither does the pointer: a
 * property name from the input is shown in the pointer as {@link se.asf.core.text.SafeText#echo}
 * quotes input (a personnummer masked, control characters escaped, at most 40 characters), so such
 * a pointer is for people to read, not to resolve. Every segment is quoted so, since a name may be
 * digits only: an index stays as it is unless it has ten digits or more (past the billionth bidder of
 * a stream whose bound was raised that far), which are masked as a number of that length is.
 */
public final class JsonProblem implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String pointer;
  private final JsonProblemCode code;
  private final String messageSv;
  private final String messageEn;
  private final Invariant invariant;
  private final IdentityProblem identityProblem;

  private JsonProblem(String pointer, JsonProblemCode code, String messageSv, String messageEn,
      Invariant invariant, IdentityProblem identityProblem) {
    // The one path every problem takes: a pointer names property names from the input, and a
    // message may quote it, so both are made safe here rather than message by message.
    this.pointer = safePointer(Objects.requireNonNull(pointer, "pointer"));
    this.code = Objects.requireNonNull(code, "code");
    this.messageSv = SafeText.redact(Objects.requireNonNull(messageSv, "messageSv"));
    this.messageEn = SafeText.redact(Objects.requireNonNull(messageEn, "messageEn"));
    this.invariant = invariant;
    this.identityProblem = identityProblem;
  }

  /**
   * Makes each segment of a pointer safe to show: a property name, which may come from the input, is
   * quoted as {@link se.asf.core.text.SafeText#echo} quotes input (masked
   * in any spelling, also one that holds an escaped {@code /}, control characters escaped, at most
   * 40 characters), then escaped again as RFC 6901 requires.
   */
  private static String safePointer(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder safe = new StringBuilder(pointer.length());
    for (String segment : pointer.substring(1).split("/", -1)) {
      // An index, fewer than ten digits, is left as it is by the quoting; a name of digits only is no
      // index and may be a personnummer, so it is quoted like any other name.
      String name = segment.replace("~1", "/").replace("~0", "~");
      safe.append('/').append(se.asf.core.text.SafeText.echo(name).replace("~", "~0").replace("/", "~1"));
    }
    return safe.toString();
  }

  static JsonProblem of(String pointer, JsonProblemCode code, String messageSv, String messageEn) {
    return new JsonProblem(pointer, code, messageSv, messageEn, null, null);
  }

  static JsonProblem ofInvariant(String pointer, Invariant invariant, String messageSv, String messageEn) {
    return new JsonProblem(pointer, JsonProblemCode.INVARIANT_VIOLATED, messageSv, messageEn, invariant, null);
  }

  static JsonProblem ofIdentity(String pointer, IdentityProblem problem, String messageSv, String messageEn) {
    return new JsonProblem(pointer, JsonProblemCode.INVALID_IDENTITY, messageSv, messageEn, null, problem);
  }

  /**
   * Returns where the problem is, as a JSON Pointer.
   *
   * @return for example {@code /bidders/3/workforce/lines/0/heads}, or {@code ""} for the whole document
   */
  public String getPointer() {
    return pointer;
  }

  /**
   * Returns the problem code.
   *
   * @return the code
   */
  public JsonProblemCode getCode() {
    return code;
  }

  /**
   * Returns the asf-core invariant that was broken, for {@link JsonProblemCode#INVARIANT_VIOLATED}.
   *
   * @return the invariant, or empty for other problems
   */
  public Optional<Invariant> getInvariant() {
    return Optional.ofNullable(invariant);
  }

  /**
   * Returns what is wrong with an identity number, for {@link JsonProblemCode#INVALID_IDENTITY}
   * raised by asf-core's parser.
   *
   * @return the identity problem, or empty
   */
  public Optional<IdentityProblem> getIdentityProblem() {
    return Optional.ofNullable(identityProblem);
  }

  /**
   * Returns the message in a language.
   *
   * @param locale English for any {@code en} locale, otherwise Swedish
   * @return the message
   */
  public String getMessage(Locale locale) {
    return "en".equals(locale.getLanguage()) ? messageEn : messageSv;
  }

  /**
   * Returns the pointer, the code and the English message.
   *
   * @return for example {@code /name: MISSING_PROPERTY: The required property "name" is missing.}
   */
  @Override
  public String toString() {
    return (pointer.isEmpty() ? "(document)" : pointer) + ": " + code + ": " + messageEn;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof JsonProblem that
        && pointer.equals(that.pointer)
        && code == that.code
        && messageSv.equals(that.messageSv)
        && messageEn.equals(that.messageEn)
        && invariant == that.invariant
        && identityProblem == that.identityProblem;
  }

  @Override
  public int hashCode() {
    return Objects.hash(pointer, code, messageSv, messageEn, invariant, identityProblem);
  }
}
