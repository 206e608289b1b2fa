package se.asf.espd.xml;

import java.util.Locale;
import java.util.ResourceBundle;
import se.asf.core.text.SafeText;

/** The asf-espd message bundles, Swedish by default and English for {@code en}. Not API. */
public final class Texts {
  private static final String BUNDLE = "se.asf.espd.Messages";

  private Texts() {}

  /**
   * Formats the message under a key, replacing {@code {0}}, {@code {1}}, … with the arguments as
   * they are; the result is made safe to show ({@link SafeText#display(CharSequence)}).
   *
   * @param locale the language
   * @param key the key
   * @param arguments the arguments, already safe to quote
   * @return the message
   */
  public static String format(Locale locale, String key, Object... arguments) {
    Locale language = "en".equals(locale.getLanguage()) ? Locale.ENGLISH : Locale.forLanguageTag("sv");
    String pattern = ResourceBundle.getBundle(BUNDLE, language, Texts.class.getModule()).getString(key);
    StringBuilder out = new StringBuilder(pattern.length() + 32);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      int close = c == '{' ? pattern.indexOf('}', i) : -1;
      if (close > i + 1 && close - i <= 3 && pattern.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
        int index = Integer.parseInt(pattern.substring(i + 1, close));
        out.append(index < arguments.length ? String.valueOf(arguments[index]) : pattern.substring(i, close + 1));
        i = close;
      } else {
        out.append(c);
      }
    }
    return SafeText.display(out);
  }
}
