package se.asf.json.base.internal;

import java.io.Serializable;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import se.asf.core.internal.Messages;
import se.asf.json.base.JsonProblemCode;

/**
 * The cause a deserializer attaches to the {@code JsonMappingException} it reports through the
 * {@code DeserializationContext} (or a serializer through the {@code SerializerProvider}): the
 * problem's code and its message key and figures, so that the message can be rendered in Swedish
 * or English. It carries no stack trace: it is a description, not a failure of its own.
 */
public final class WireProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final JsonProblemCode code;
  private final String key;
  private final Serializable[] arguments;

  /** Creates a problem. */
  public WireProblem(JsonProblemCode code, String key, Serializable... arguments) {
    super(render(Locale.ENGLISH, key, arguments), null, false, false);
    this.code = Objects.requireNonNull(code, "code");
    this.key = key;
    this.arguments = arguments.clone();
  }

  private static String render(Locale locale, String key, Serializable[] arguments) {
    String[] rendered = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      rendered[i] = arguments[i] instanceof Term term
          ? format(locale, term.key())
          : String.valueOf(arguments[i]);
    }
    return format(locale, key, rendered);
  }

  /**
   * Formats the message under {@code key} from {@code se/asf/json/base/Messages_sv.properties} or
   * {@code Messages_en.properties}. Like asf-core's messages, every figure arrives already rendered as
   * text, so no locale's number format is read.
   */
  private static String format(Locale locale, String key, String... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle("se.asf.json.base.Messages", Messages.bundleLocale(locale),
        WireProblem.class.getModule());
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }

  /** Returns the problem code. */
  public JsonProblemCode getCode() {
    return code;
  }

  /** Renders the message. */
  public String getMessage(Locale locale) {
    return render(locale, key, arguments);
  }

  /** A word of a message that is itself translated, such as the name of a JSON type. */
  public record Term(String key) implements Serializable {}
}
