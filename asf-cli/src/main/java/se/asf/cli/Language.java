package se.asf.cli;

import java.util.Locale;

/** The languages of the tool's messages and reports: Swedish (default) or English. */
enum Language {
  sv,
  en;

  Locale locale() {
    return this == en ? Locale.ENGLISH : Locale.forLanguageTag("sv");
  }

  CliMessages messages() {
    return new CliMessages(locale());
  }
}
