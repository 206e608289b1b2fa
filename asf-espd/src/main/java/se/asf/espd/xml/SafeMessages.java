package se.asf.espd.xml;

import javax.xml.stream.XMLStreamException;
import se.asf.core.text.SafeText;

/** The parser's own message, cut to its first line and made safe to show. */
final class SafeMessages {
  private SafeMessages() {}

  static String name(String name) {
    return SafeText.echo(String.valueOf(name));
  }

  static String of(XMLStreamException e) {
    String message = String.valueOf(e.getMessage());
    int marker = message.indexOf("Message: ");
    if (marker >= 0) {
      message = message.substring(marker + "Message: ".length());
    }
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    if (message.length() > 200) {
      message = message.substring(0, 200) + "…";
    }
    return SafeText.display(message);
  }
}
