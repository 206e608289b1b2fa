package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.PublicBenefitScope;
import se.asf.core.workforce.CountingBasis;
import se.asf.rules.reasons.ShareReason;

/**
 * The build-time guarantee: every declared reason of every library rule has its message in every
 * shipped language, naming exactly the reason's parameters; no message is left without a reason; a
 * third language needs only a bundle; an unknown language falls back to Swedish.
 */
class RuleMessagesTest {
  private static final Locale SV = Locale.forLanguageTag("sv");
  /** The enum types the library's rules give as code figures, and the warnings on per-site results. */
  private static final List<Class<? extends Enum<?>>> CODE_TYPES = List.of(CountingBasis.class,
      ParticipationMechanism.class, DistributionRule.class, EvidenceSource.class, PublicBenefitScope.class,
      se.asf.rules.radius.PositionWarning.class);

  private static Properties shipped(Locale language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = RuleMessages.class.getClassLoader()
        .getResourceAsStream(RuleMessages.BUNDLE_PREFIX + language.getLanguage() + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  @Test
  void everyDeclaredReasonHasAMessageInEveryShippedLanguageNamingExactlyItsParameters() {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (Rule rule : RuleCatalogue.libraryRules()) {
      assertTrue(ids.add(rule.getId()), "each rule once: " + rule.getId());
      assertFalse(rule.getReasons().isEmpty(), rule.getId() + " declares its reasons");
      assertTrue(rule.getSource().isPresent(), rule.getId() + " declares its source");
      for (Reason reason : rule.getReasons()) {
        String key = reason.getMessageKey(rule.getId());
        for (Locale language : RuleMessages.SHIPPED_LANGUAGES) {
          var pattern = RuleMessages.pattern(key, language);
          if (pattern.isEmpty()) {
            problems.add(language + ": no message " + key);
            continue;
          }
          Set<String> named = new TreeSet<>(RuleMessages.placeholders(pattern.get()));
          Set<String> declared = new TreeSet<>(reason.getParameters());
          if (!named.equals(declared)) {
            problems.add(language + ": " + key + " names " + named + " but declares " + declared);
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyShippedMessageBelongsToADeclaredReasonOrCode() throws IOException {
    Set<String> declared = new TreeSet<>();
    for (Rule rule : RuleCatalogue.libraryRules()) {
      rule.getReasons().forEach(reason -> declared.add(reason.getMessageKey(rule.getId())));
    }
    for (Class<? extends Enum<?>> type : CODE_TYPES) {
      for (Enum<?> constant : type.getEnumConstants()) {
        declared.add(RuleMessages.codeKey(constant));
      }
    }
    for (Locale language : RuleMessages.SHIPPED_LANGUAGES) {
      assertEquals(declared, new TreeSet<>(shipped(language).stringPropertyNames()), language.toString());
    }
  }

  @Test
  void aThirdLanguageNeedsOnlyABundle() {
    Locale german = Locale.GERMAN;
    assertEquals(german, RuleMessages.resolve(german));
    Finding below = Finding.of("LOU-4-18-SHARE", ShareReason.BELOW_THRESHOLD, Sources.LOU_4_18,
        Figure.code("basis", CountingBasis.HEADS), Figure.share("threshold", Share.ofPercent(30)),
        Figure.count("targetGroup", 5), Figure.count("occupied", 20),
        Figure.period("period", DatePeriod.ofDate(LocalDate.of(2017, 12, 1))),
        Figure.percent("share", new BigDecimal("25.00")));
    assertEquals("5 von 20 Beschäftigten (Personen) gehören zu den Zielgruppen (25,00 %), unter der Schwelle"
        + " von 30 % (Zeitraum 2017-12-01).", below.getMessage(german));
    assertEquals("5 av 20 sysselsatta (personer) tillhör målgrupperna (25,00 %), under andelskravet 30 %"
        + " (period 2017-12-01).", below.getMessage(SV));
    assertEquals("5 of 20 occupied heads belong to the target groups (25.00 %), below the threshold of 30 %"
        + " (period 2017-12-01).", below.getMessage(Locale.ENGLISH));
    // A key the German bundle lacks is given in Swedish, with German figures' formatting of the Swedish bundle.
    Finding unit = Finding.of("TVV-ENTITY", se.asf.rules.reasons.EntityReason.WHOLE_ENTITY, Sources.TILLVAXTVERKET,
        Figure.text("identity", "769612-3459"));
    assertEquals(unit.getMessage(SV), unit.getMessage(german));
  }

  @Test
  void anUnknownLanguageIsAnsweredInSwedish() {
    assertEquals(SV, RuleMessages.resolve(Locale.JAPANESE));
    assertEquals(SV, RuleMessages.resolve(Locale.ROOT));
    assertEquals(Locale.ENGLISH, RuleMessages.resolve(Locale.UK));
    assertEquals("personer", RuleMessages.word(CountingBasis.HEADS, Locale.JAPANESE));
    assertEquals("heads", RuleMessages.word(CountingBasis.HEADS, Locale.US));
  }

  @Test
  void messagesAreTheSameFromManyThreads() throws Exception {
    Finding finding = Finding.of("RADIUS", se.asf.rules.reasons.RadiusReason.ALL_OUTSIDE, Sources.PROCUREMENT_DOCUMENTS,
        Figure.distance("radius", new BigDecimal("9000")), Figure.text("site", "Butiken"),
        Figure.text("centre", "Tumba centrum"), Figure.distance("distance", new BigDecimal("9000.001")));
    String sv = "Inget verksamhetsställe ligger inom 9000 m; närmast är Butiken, 9000,001 m från Tumba centrum.";
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        results.add(pool.submit(() -> {
          for (int j = 0; j < 200; j++) {
            if (!finding.getMessage(SV).equals(sv)) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertTrue(result.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aPlaceholderIsANameInBraces() {
    assertEquals(List.of("a", "b1"), RuleMessages.placeholders("{a} and {b1}, {a} again; {not a name} {}"));
  }

  // The loading itself, past the cache that keeps each bundle once read.

  private static final String BELOW = "LOU-4-18-SHARE.BELOW_THRESHOLD";

  @Test
  void aBundleIsReadAsUtf8WithEveryKeyAndItsLanguage() throws IOException {
    RuleMessages.Bundle swedish = RuleMessages.load("sv").orElseThrow();
    assertEquals(SV, swedish.locale);
    Map<String, String> expected = new HashMap<>();
    shipped(SV).forEach((k, v) -> expected.put((String) k, (String) v));
    assertEquals(expected, swedish.patterns);
    assertEquals("{targetGroup} av {occupied} sysselsatta ({basis}) tillhör målgrupperna ({share}), under"
        + " andelskravet {threshold} (period {period}).", swedish.patterns.get(BELOW));
    assertEquals(Locale.forLanguageTag("de-AT"), RuleMessages.load("de_AT").orElseThrow().locale);
    assertEquals(Optional.empty(), RuleMessages.load("xx").map(b -> b.locale));
    assertEquals(Optional.empty(), RuleMessages.load("").map(b -> b.locale));
  }

  @Test
  void aTemplateIsParsedOnceIntoLiteralsAndNamedPlaceholders() {
    RuleMessages.Bundle english = RuleMessages.load("en").orElseThrow();
    RuleMessages.Template template = english.template(BELOW);
    assertEquals("<targetGroup> of <occupied> occupied <basis> belong to the target groups (<share>), below the"
        + " threshold of <threshold> (period <period>).", template.format(name -> "<" + name + ">"));
    assertSame(template, english.template(BELOW));
    assertNull(english.template("NO-RULE.NO_REASON"));
  }

  @Test
  void aPlaceholderWithoutItsFigureIsLeftAsItIs() {
    assertEquals(Optional.of("5 of {occupied} occupied {basis} belong to the target groups ({share}), below the"
        + " threshold of {threshold} (period {period})."),
        RuleMessages.format(BELOW, Locale.ENGLISH, List.of(Figure.count("targetGroup", 5))));
    assertEquals(Optional.empty(), RuleMessages.format("NO-RULE.NO_REASON", Locale.ENGLISH, List.of()));
  }

  @Test
  void aRegionalBundleAnswersItsRegionBeforeItsLanguage() {
    Locale austria = Locale.forLanguageTag("de-AT");
    assertEquals(austria, RuleMessages.resolve(austria));
    assertEquals("Köpfe", RuleMessages.word(CountingBasis.HEADS, austria));
    assertEquals("Personen", RuleMessages.word(CountingBasis.HEADS, Locale.GERMANY));
    assertEquals(Optional.of("Köpfe"), RuleMessages.pattern("code.CountingBasis.HEADS", austria));
    assertEquals(Optional.empty(), RuleMessages.pattern("code.CountingBasis.HEADS", Locale.GERMANY),
        "a pattern is the named bundle's own");
    assertEquals(Optional.of("Personen"), RuleMessages.pattern("code.CountingBasis.HEADS", Locale.GERMAN));
  }

  @Test
  void aWordTheLanguageLacksIsSwedishAndACodeWithNoWordIsItsName() {
    assertEquals("heltidsekvivalenter", RuleMessages.word(CountingBasis.FULL_TIME_EQUIVALENTS, Locale.GERMAN));
    assertEquals("MET", RuleMessages.word(Outcome.MET, SV));
    assertEquals("MET", RuleMessages.word(Outcome.MET, Locale.ENGLISH));
  }

  @Test
  void decimalsTakeTheLanguagesSeparator() {
    Figure share = Figure.percent("share", new BigDecimal("25.00"));
    Figure distance = Figure.distance("distance", new BigDecimal("9000.001"));
    RuleMessages.Bundle swedish = RuleMessages.load("sv").orElseThrow();
    RuleMessages.Bundle english = RuleMessages.load("en").orElseThrow();
    assertEquals("25,00 %", swedish.render(share));
    assertEquals("25.00 %", english.render(share));
    assertEquals("9000,001", swedish.render(distance));
    assertEquals("9000.001", english.render(distance));
    assertEquals("personer", swedish.render(Figure.code("basis", CountingBasis.HEADS)));
  }

  @Test
  void aBundleOnlyTheContextClassLoaderHasIsFoundAndTheLibrarysOwnComeFirst(@TempDir Path dir) throws IOException {
    Path folder = Files.createDirectories(dir.resolve("META-INF/asf-rules"));
    Files.writeString(folder.resolve("messages_fi.properties"), "code.CountingBasis.HEADS=henkilöt\n",
        StandardCharsets.UTF_8);
    Files.writeString(folder.resolve("messages_sv.properties"), "code.CountingBasis.HEADS=inte denna\n",
        StandardCharsets.UTF_8);
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    try (URLClassLoader context = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
      thread.setContextClassLoader(context);
      assertEquals("henkilöt", RuleMessages.load("fi").orElseThrow().patterns.get("code.CountingBasis.HEADS"));
      assertEquals("personer", RuleMessages.load("sv").orElseThrow().patterns.get("code.CountingBasis.HEADS"));
      thread.setContextClassLoader(null);
      assertEquals(Optional.empty(), RuleMessages.load("fi").map(b -> b.locale));
      assertEquals("personer", RuleMessages.load("sv").orElseThrow().patterns.get("code.CountingBasis.HEADS"));
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
