package se.asf.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.asf.core.text.SafeText;

/**
 * The command-line tool's own texts, in Swedish and English. Every argument placed in a text is
 * first made safe to show ({@link SafeText#display}): a name or value from the input can then
 * neither break the line nor show a personal identity number in full.
 */
final class CliMessages {
  private final ResourceBundle bundle;
  private final Locale locale;

  CliMessages(Locale locale) {
    this.locale = locale;
    this.bundle = ResourceBundle.getBundle("se.asf.cli.Messages", locale, CliMessages.class.getModule());
  }

  Locale locale() {
    return locale;
  }

  String get(String key, Object... arguments) {
    String[] texts = new String[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      texts[i] = SafeText.display(String.valueOf(arguments[i]));
    }
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(texts);
  }
}
