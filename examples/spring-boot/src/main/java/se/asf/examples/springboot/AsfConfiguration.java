package se.asf.examples.springboot;

import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The service's language: Swedish or English from {@code Accept-Language}, Swedish when the header
 * is absent or names neither (the library ships exactly these two).
 */
@Configuration(proxyBeanMethods = false)
public class AsfConfiguration {

  /** Swedish, the default language of the library's messages. */
  public static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /**
   * Resolves the request's language from {@code Accept-Language}, among Swedish and English.
   *
   * @return the resolver Spring MVC uses, so validation messages follow the header too
   */
  @Bean
  public LocaleResolver localeResolver() {
    AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
    resolver.setSupportedLocales(List.of(SWEDISH, Locale.ENGLISH));
    resolver.setDefaultLocale(SWEDISH);
    return resolver;
  }

  /**
   * The library's readers and writers, one per language the reports are written in.
   *
   * @return the documents bean
   */
  @Bean
  public AsfDocuments asfDocuments() {
    return new AsfDocuments();
  }
}
