package se.asf.rules.constraints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.junit.jupiter.api.Test;
import se.asf.core.identity.IdentityProblem;

/** The contributor message bundles: which keys they hold, in which language, with which parameters. */
class ContributorValidationMessagesTest {
  private static final String PREFIX = "jakarta.validation.constraints.";
  private static final List<String> BUILT_IN = List.of("NotNull", "NotBlank", "NotEmpty", "Size", "Min",
      "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero", "Negative", "NegativeOrZero",
      "Past", "PastOrPresent", "Future", "FutureOrPresent", "Digits", "Pattern", "Email", "AssertTrue",
      "AssertFalse", "Null");
  private static final Pattern PARAMETER = Pattern.compile("(?<!\\$)\\{(\\w+)\\}");

  private static byte[] bytes(String name) {
    try (InputStream in = ContributorValidationMessagesTest.class.getResourceAsStream("/" + name)) {
      assertNotNull(in, name);
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads as Hibernate Validator's merging loader does: {@code Properties.load(InputStream)}, ISO-8859-1. */
  private static Properties load(String name) {
    Properties properties = new Properties();
    try {
      properties.load(new ByteArrayInputStream(bytes(name)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }

  private static final Properties ENGLISH = load("ContributorValidationMessages.properties");
  private static final Properties SWEDISH = load("ContributorValidationMessages_sv.properties");
  private static final Properties EXPLICIT_ENGLISH = load("ContributorValidationMessages_en.properties");

  private static Set<String> parameters(String message) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PARAMETER.matcher(message);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  /** Read from the jar: the bundle's package is not open to other modules. */
  private static Properties hibernateValidatorsEnglish() {
    try (JarFile jar = new JarFile(new File(
        HibernateValidator.class.getProtectionDomain().getCodeSource().getLocation().toURI()))) {
      Properties properties = new Properties();
      try (InputStream in = jar.getInputStream(jar.getEntry("org/hibernate/validator/ValidationMessages.properties"))) {
        properties.load(in);
      }
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void filesAreAsciiSoTheEncodingTheyAreReadInDoesNotMatter() {
    for (String name : List.of("ContributorValidationMessages.properties",
        "ContributorValidationMessages_sv.properties", "ContributorValidationMessages_en.properties")) {
      for (byte b : bytes(name)) {
        assertTrue(b >= 0, name);
      }
    }
  }

  @Test
  void swedishHasEveryBuiltInConstraintWithHibernateValidatorsParameters() {
    Properties hibernate = hibernateValidatorsEnglish();
    for (String constraint : BUILT_IN) {
      String key = PREFIX + constraint + ".message";
      String swedish = SWEDISH.getProperty(key);
      assertNotNull(swedish, key);
      assertFalse(swedish.isBlank(), key);
      String english = hibernate.getProperty(key);
      assertNotNull(english, key);
      assertNotEquals(english, swedish, key);
      assertEquals(parameters(english), parameters(swedish), key);
      assertEquals(english.contains("${inclusive"), swedish.contains("${inclusive"), key);
    }
  }

  @Test
  void theEnglishBundlesHoldOnlyTheLibrarysOwnKeys() {
    for (Properties english : List.of(ENGLISH, EXPLICIT_ENGLISH)) {
      for (String key : english.stringPropertyNames()) {
        assertTrue(key.startsWith("se.asf.rules."), key);
      }
    }
    assertFalse(EXPLICIT_ENGLISH.isEmpty(), "an empty bundle is ignored when bundles are merged");
  }

  @Test
  void swedishTranslatesEveryLibraryKeyWithTheSameParameters() {
    for (String key : ENGLISH.stringPropertyNames()) {
      String swedish = SWEDISH.getProperty(key);
      assertNotNull(swedish, key);
      assertNotEquals(ENGLISH.getProperty(key), swedish, key);
      assertEquals(parameters(ENGLISH.getProperty(key)), parameters(swedish), key);
    }
    Set<String> swedishLibraryKeys = new TreeSet<>(SWEDISH.stringPropertyNames());
    swedishLibraryKeys.removeIf(key -> key.startsWith(PREFIX));
    assertEquals(new TreeSet<>(ENGLISH.stringPropertyNames()), swedishLibraryKeys);
  }

  @Test
  void everyProblemTheValidatorsCanReportHasAMessage() {
    for (String constraint : List.of("ValidOrganisationsnummer", "ValidPersonnummer", "ValidSweref99Tm")) {
      assertNotNull(ENGLISH.getProperty("se.asf.rules.constraints." + constraint + ".message"), constraint);
    }
    for (IdentityProblem problem : List.of(IdentityProblem.EMPTY, IdentityProblem.LENGTH,
        IdentityProblem.CHARACTER, IdentityProblem.SEPARATOR, IdentityProblem.CHECK_DIGIT)) {
      assertNotNull(ENGLISH.getProperty("se.asf.rules.constraints.ValidOrganisationsnummer." + problem + ".message"));
      assertNotNull(ENGLISH.getProperty("se.asf.rules.constraints.ValidPersonnummer." + problem + ".message"));
    }
    for (String invariant : List.of("COORDINATE_NOT_FINITE", "NORTHING_OUT_OF_RANGE", "EASTING_OUT_OF_RANGE")) {
      assertNotNull(ENGLISH.getProperty("se.asf.rules.constraints.ValidSweref99Tm." + invariant + ".message"));
    }
  }
}
