package se.asf.json.base.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import se.asf.core.internal.Messages;

/**
 * Looks up asf-json messages in Swedish or English, from {@code se/asf/json/base/Messages_sv.properties}
 * and {@code Messages_en.properties}. Like asf-core's messages, every figure arrives already
 * rendered as text, so no locale's number format is read.
 */
public final class WireMessages {
  private static final String BUNDLE = "se.asf.json.base.Messages";

  private WireMessages() {}

  /** Formats the message under {@code key}. */
  public static String format(Locale locale, String key, String... arguments) {
    ResourceBundle bundle =
        ResourceBundle.getBundle(BUNDLE, Messages.bundleLocale(locale), WireMessages.class.getModule());
    return new MessageFormat(bundle.getString(key), Locale.ROOT).format(arguments);
  }
}
