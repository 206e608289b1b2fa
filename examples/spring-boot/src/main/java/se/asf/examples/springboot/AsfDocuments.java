package se.asf.examples.springboot;

import java.util.Locale;
import se.asf.json.jackson3.AsfJson;

/**
 * The library's strict reader and canonical writer, created once (instances are thread-safe): one
 * whose assessment reports carry Swedish messages and one for English.
 */
public final class AsfDocuments {
  private final AsfJson swedish = AsfJson.builder().messageLanguages(AsfConfiguration.SWEDISH).build();
  private final AsfJson english = AsfJson.builder().messageLanguages(Locale.ENGLISH).build();

  /**
   * Returns the reader and writer for a language.
   *
   * @param locale the request's language, Swedish or English
   * @return the instance whose reports are in that language
   */
  public AsfJson forLocale(Locale locale) {
    return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? english : swedish;
  }
}
