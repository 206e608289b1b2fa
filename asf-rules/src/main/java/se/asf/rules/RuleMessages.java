package se.asf.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The messages of the library's rules, in every language that has a bundle, formatted on demand.
 *
 * <p><b>Bundles.</b> A language's messages are the UTF-8 properties file {@value #BUNDLE_PREFIX}{@code
 * <language>.properties} (or {@code <language>_<COUNTRY>}), found through the class loader of this
 * module and then the thread's context class loader. Swedish ({@code sv}) and English ({@code en})
 * ship in asf-rules; another language needs only such a file in any jar or directory on the class
 * path or module path: the folder {@code META-INF} is never a Java package, so the file is visible
 * from every module and cannot split a package. Keys are {@code RULE-ID.CODE} for a finding's
 * message and {@code code.<EnumType>.<CONSTANT>} for the word of a code figure, such as {@code
 * code.CountingBasis.HEADS=personer}.
 *
 * <p><b>Fallback.</b> Swedish is the default: a locale with no bundle is answered in Swedish, and so
 * is a key that the requested language's bundle lacks. A code with no word in either is shown as its
 * constant's name.
 *
 * <p><b>Placeholders</b> are named: {@code {share}} is replaced by the figure named {@code share},
 * formatted in the message's language (decimal separator of that language, words for codes). There
 * is no quoting: an apostrophe is an apostrophe.
 *
 * <p><b>Caching.</b> Each bundle is read once per language and kept; each message is parsed once per
 * key and language into an immutable template, kept in a {@link ConcurrentHashMap}, so formatting is
 * thread-safe and never builds a {@code MessageFormat}.
 */
public final class RuleMessages {
  /** Where the bundles are: the path of a bundle without its language and extension. */
  public static final String BUNDLE_PREFIX = "META-INF/asf-rules/messages_";
  /** The default language, and the fallback for a locale or key with no message: Swedish. */
  public static final Locale DEFAULT_LANGUAGE = Locale.forLanguageTag("sv");
  /** The languages that ship with asf-rules. */
  public static final List<Locale> SHIPPED_LANGUAGES = List.of(DEFAULT_LANGUAGE, Locale.ENGLISH);

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z][A-Za-z0-9]*)\\}");
  private static final Map<String, Optional<Bundle>> BUNDLES = new ConcurrentHashMap<>();

  private RuleMessages() {}

  /**
   * Returns the language whose bundle answers a locale: its language and country, else its
   * language, else Swedish.
   *
   * @param locale the reader's locale
   * @return the language of the messages given for it
   */
  public static Locale resolve(Locale locale) {
    return bundleFor(locale).locale;
  }

  /**
   * Returns the raw message of a key in one language's own bundle, with no fallback.
   *
   * @param key the message key, such as {@code RADIUS.SITE_INSIDE}
   * @param language the language
   * @return the message with its {@code {name}} placeholders, or empty when that bundle lacks it
   */
  public static Optional<String> pattern(String key, Locale language) {
    return bundle(tag(language)).map(b -> b.patterns.get(key));
  }

  /**
   * Returns the placeholder names of a message, in order of first use.
   *
   * @param pattern a message
   * @return the names
   */
  public static List<String> placeholders(String pattern) {
    return Template.parse(pattern).distinctNames();
  }

  /**
   * Returns the word for a code in a language, with the Swedish fallback.
   *
   * @param code the enum constant
   * @param locale the reader's locale
   * @return the word, or the constant's name when no bundle has one
   */
  public static String word(Enum<?> code, Locale locale) {
    String key = codeKey(code);
    Bundle bundle = bundleFor(locale);
    String word = bundle.patterns.get(key);
    if (word == null) {
      word = defaultBundle().patterns.get(key);
    }
    return word == null ? code.name() : word;
  }

  /**
   * Returns the key of a code's word: {@code code.<EnumType>.<CONSTANT>}.
   *
   * @param code the enum constant
   * @return the key
   */
  public static String codeKey(Enum<?> code) {
    return "code." + code.getDeclaringClass().getSimpleName() + "." + code.name();
  }

  /**
   * Formats a message in the reader's language.
   *
   * @param key the message key
   * @param locale the reader's locale
   * @param figures the figures, by name
   * @return the message, or empty when neither the language nor Swedish has the key
   */
  static Optional<String> format(String key, Locale locale, List<Figure> figures) {
    Bundle bundle = bundleFor(locale);
    Template template = bundle.template(key);
    if (template == null) {
      bundle = defaultBundle();
      template = bundle.template(key);
    }
    if (template == null) {
      return Optional.empty();
    }
    Bundle language = bundle;
    return Optional.of(template.format(name -> {
      for (Figure figure : figures) {
        if (figure.getName().equals(name)) {
          return language.render(figure);
        }
      }
      return "{" + name + "}";
    }));
  }

  private static Bundle bundleFor(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (!locale.getCountry().isEmpty()) {
      Optional<Bundle> regional = bundle(locale.getLanguage() + "_" + locale.getCountry());
      if (regional.isPresent()) {
        return regional.get();
      }
    }
    return bundle(locale.getLanguage()).orElseGet(RuleMessages::defaultBundle);
  }

  private static Bundle defaultBundle() {
    return bundle(tag(DEFAULT_LANGUAGE)).orElseThrow(
        () -> new IllegalStateException("asf-rules: the Swedish messages are missing: " + BUNDLE_PREFIX + "sv"));
  }

  private static String tag(Locale language) {
    return language.getCountry().isEmpty() ? language.getLanguage()
        : language.getLanguage() + "_" + language.getCountry();
  }

  private static Optional<Bundle> bundle(String tag) {
    return BUNDLES.computeIfAbsent(tag, RuleMessages::load);
  }

  /** Reads a bundle, bypassing the cache; package-private for tests. */
  static Optional<Bundle> load(String tag) {
    if (tag.isEmpty()) {
      return Optional.empty();
    }
    String path = BUNDLE_PREFIX + tag + ".properties";
    // This class is never loaded by the boot loader, so its own loader is never null.
    URL url = RuleMessages.class.getClassLoader().getResource(path);
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    if (url == null && context != null) {
      url = context.getResource(path);
    }
    if (url == null) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (InputStream in = url.openStream()) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("asf-rules: cannot read " + url, e);
    }
    Map<String, String> patterns = new HashMap<>();
    properties.forEach((k, v) -> patterns.put((String) k, (String) v));
    Locale locale = Locale.forLanguageTag(tag.replace('_', '-'));
    return Optional.of(new Bundle(locale, Collections.unmodifiableMap(patterns)));
  }

  /** One language's messages, their parsed templates, and how it writes a decimal. */
  static final class Bundle {
    final Locale locale;
    final Map<String, String> patterns;
    final Map<String, Template> templates = new ConcurrentHashMap<>();
    final char decimalSeparator;

    Bundle(Locale locale, Map<String, String> patterns) {
      this.locale = locale;
      this.patterns = patterns;
      this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    Template template(String key) {
      String pattern = patterns.get(key);
      return pattern == null ? null : templates.computeIfAbsent(key, k -> Template.parse(pattern));
    }

    String render(Figure figure) {
      switch (figure.getKind()) {
        case DECIMAL:
        case DISTANCE:
          return decimal(figure.getDecimal().orElseThrow().toPlainString());
        case SHARE:
          return decimal(figure.getDecimal().orElseThrow().toPlainString()) + " %";
        case CODE:
          return word(figure.getCode().orElseThrow(), locale);
        default:
          return figure.toString();
      }
    }

    private String decimal(String plain) {
      return plain.replace('.', decimalSeparator);
    }
  }

  /** A message parsed once: literal text between named placeholders. Immutable. */
  static final class Template {
    private final String[] literals;
    private final String[] names;

    private Template(String[] literals, String[] names) {
      this.literals = literals;
      this.names = names;
    }

    static Template parse(String pattern) {
      List<String> literals = new ArrayList<>();
      List<String> names = new ArrayList<>();
      Matcher matcher = PLACEHOLDER.matcher(pattern);
      int at = 0;
      while (matcher.find()) {
        literals.add(pattern.substring(at, matcher.start()));
        names.add(matcher.group(1));
        at = matcher.end();
      }
      literals.add(pattern.substring(at));
      return new Template(literals.toArray(new String[0]), names.toArray(new String[0]));
    }

    List<String> distinctNames() {
      List<String> distinct = new ArrayList<>();
      for (String name : names) {
        if (!distinct.contains(name)) {
          distinct.add(name);
        }
      }
      return distinct;
    }

    String format(java.util.function.Function<String, String> values) {
      StringBuilder text = new StringBuilder(literals[0]);
      for (int i = 0; i < names.length; i++) {
        text.append(values.apply(names[i])).append(literals[i + 1]);
      }
      return text.toString();
    }
  }
}
