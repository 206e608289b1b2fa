package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import se.asf.core.internal.Messages;

class MessagesTest {

  private static Properties bundle(String language) throws IOException {
    try (InputStream in = Messages.class.getResourceAsStream("/se/asf/core/Messages_" + language + ".properties")) {
      assertNotNull(in, "Messages_" + language + ".properties");
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Properties properties = new Properties();
        properties.load(reader);
        return properties;
      }
    }
  }

  @Test
  void bothLanguagesHaveTheSameKeys() throws IOException {
    Set<String> english = bundle("en").stringPropertyNames();
    Set<String> swedish = bundle("sv").stringPropertyNames();

    assertEquals(Set.of(), difference(english, swedish), "keys missing in Swedish");
    assertEquals(Set.of(), difference(swedish, english), "keys missing in English");
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    return a.stream().filter(key -> !b.contains(key)).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void everyInvariantHasAKeyAndEveryInvariantKeyAnInvariant() throws IOException {
    Set<String> expected = Arrays.stream(Invariant.values()).map(Invariant::messageKey).collect(Collectors.toSet());
    Set<String> actual = bundle("en").stringPropertyNames().stream()
        .filter(key -> key.startsWith("invariant.")).collect(Collectors.toSet());

    assertEquals(expected, actual);
  }

  @Test
  void readsSwedishAsUtf8() {
    assertEquals("Antalet -1 är negativt.", Messages.format(Locale.forLanguageTag("sv"), "invariant.NEGATIVE_COUNT", "-1"));
  }

  @Test
  void formatsFiguresAsGivenWhateverTheLocale() {
    // A figure arrives as text, so no locale can group or localise its digits.
    String message = Messages.format(Locale.ENGLISH, "invariant.RADIUS_NOT_POSITIVE", "-9000.5");

    assertEquals("The radius -9000.5 m must be greater than zero.", message);
  }

  @Test
  void choosesEnglishForEveryEnglishLocaleAndSwedishOtherwise() {
    assertEquals(Locale.ENGLISH, Messages.bundleLocale(Locale.US));
    assertEquals(Locale.ENGLISH, Messages.bundleLocale(Locale.ENGLISH));
    assertEquals("sv", Messages.bundleLocale(Locale.forLanguageTag("sv-SE")).getLanguage());
    assertEquals("sv", Messages.bundleLocale(Locale.FRENCH).getLanguage());
    assertEquals("sv", Messages.bundleLocale(Locale.ROOT).getLanguage());
  }
}
