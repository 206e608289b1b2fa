package se.asf.core;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import se.asf.core.internal.Messages;
import se.asf.core.text.SafeText;

/**
 * Thrown when an asf-core value would be built in a state its type forbids.
 *
 * <p>Like {@code LocalDate.of(2017, 2, 30)}, an asf value type refuses a bad state at once instead
 * of returning an object to be checked later. The exception names the {@link Invariant} (a code for
 * programs), the attribute that broke it (a property name such as {@code fte}, relative to the value
 * being built) and the figures involved, and renders a message in Swedish or English. Figures never
 * include personal identity numbers.
 */
public final class InvariantViolationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final Invariant invariant;
  private final String attribute;
  private final String[] arguments;

  /**
   * Creates the exception.
   *
   * @param invariant the invariant that was broken
   * @param attribute the attribute that broke it, relative to the value being built
   * @param arguments the figures the message shows, in the order the message uses them
   */
  public InvariantViolationException(Invariant invariant, String attribute, Object... arguments) {
    super(Messages.format(Locale.ENGLISH, invariant.messageKey(), toStrings(arguments)));
    this.invariant = Objects.requireNonNull(invariant, "invariant");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.arguments = toStrings(arguments);
  }

  private static String[] toStrings(Object... arguments) {
    String[] strings = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      strings[i] = SafeText.display(String.valueOf(arguments[i]));
    }
    return strings;
  }

  /**
   * Returns the invariant that was broken.
   *
   * @return the invariant, a stable code
   */
  public Invariant getInvariant() {
    return invariant;
  }

  /**
   * Returns the attribute that broke the invariant, relative to the value being built.
   *
   * @return a property name such as {@code fte} or {@code lines[2].heads}
   */
  public String getAttribute() {
    return attribute;
  }

  /**
   * Returns the figures shown in the message, already rendered as text, as
   * {@link SafeText#display(CharSequence)} shows them.
   *
   * @return the figures, in message order
   */
  public List<String> getArguments() {
    return List.of(arguments);
  }

  /**
   * Renders the message in the given language; Swedish and English are provided.
   *
   * @param locale the language; anything but English gives Swedish
   * @return the message
   */
  public String getMessage(Locale locale) {
    return Messages.format(locale, invariant.messageKey(), arguments.clone());
  }
}
