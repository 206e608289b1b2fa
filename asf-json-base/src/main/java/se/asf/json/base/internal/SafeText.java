package se.asf.json.base.internal;

/**
 * Makes input text safe to show in a message: short, never a whole personnummer, no control
 * character. The rules are asf-core's {@link se.asf.core.text.SafeText}; this class adds the bound on
 * a whole message's length.
 */
public final class SafeText {
  /** The most characters of an input that a message shows. */
  public static final int MAX_ECHO = se.asf.core.text.SafeText.MAX_ECHO;
  /** The most characters a whole message may have. */
  public static final int MAX_MESSAGE = 600;

  private SafeText() {}

  /** Returns input text as a message may quote it: {@link se.asf.core.text.SafeText#echo(CharSequence)}. */
  public static String echo(CharSequence text) {
    return se.asf.core.text.SafeText.echo(text);
  }

  /**
   * Redacts a finished message: {@link se.asf.core.text.SafeText#display(CharSequence)} (every personnummer
   * masked in any spelling, control characters made visible), cut after {@value #MAX_MESSAGE} characters.
   */
  public static String redact(String message) {
    String redacted = se.asf.core.text.SafeText.display(message);
    return redacted.length() <= MAX_MESSAGE ? redacted : redacted.substring(0, MAX_MESSAGE) + "…";
  }
}
