package se.asf.core.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.asf.core.text.SafeText;

/**
 * Looks up asf-core messages in Swedish (the default) or English.
 *
 * <p>Every figure is passed in already rendered as text, so the message never depends on a
 * locale's number or date format and never reads the JVM default locale. The formatted message
 * passes through {@link SafeText#display(CharSequence)}, so a figure taken from the input can
 * neither show a personal identity number in full nor carry a control character.
 *
 * <p>Not API: exported only to the asf modules that format asf-core messages (asf-json's wire
 * messages choose their language with {@link #bundleLocale}). The bundles keep their name, {@value
 * #BUNDLE}.
 */
public final class Messages {
  static final String BUNDLE = "se.asf.core.Messages";

  private Messages() {}

  /**
   * Formats the message under {@code key}.
   *
   * @param locale the language: English when its language is {@code en}, otherwise Swedish
   * @param key the message key
   * @param arguments figures, already rendered as text
   * @return the formatted message
   */
  public static String format(Locale locale, String key, String... arguments) {
    ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, bundleLocale(locale), Messages.class.getModule());
    MessageFormat format = new MessageFormat(bundle.getString(key), Locale.ROOT);
    return SafeText.display(format.format(arguments));
  }

  /**
   * Chooses the bundle for a locale: English for any {@code en} locale, Swedish for all others.
   *
   * @param locale the requested locale
   * @return {@link Locale#ENGLISH} or Swedish
   */
  public static Locale bundleLocale(Locale locale) {
    return "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
  }
}
