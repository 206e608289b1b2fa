package se.asf.rules.validation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.engine.HibernateConstraintViolation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import se.asf.rules.constraints.ValidOrganisationsnummer;
import se.asf.rules.constraints.ValidPersonnummer;
import se.asf.rules.constraints.validators.ViolationDetails;

/**
 * The library's ready Jakarta validator: validates any object annotated with Jakarta constraints
 * (the built-in ones, Hibernate Validator's, and those of {@link se.asf.rules.constraints}) and
 * reports each violation as an {@link InputViolation} with its message in Swedish and English.
 *
 * <pre>{@code
 * private static final AsfValidator VALIDATOR = AsfValidator.create();
 *
 * List<InputViolation> problems = VALIDATOR.validate(form);
 * problems.get(0).getMessage(Locale.ENGLISH);
 * }</pre>
 *
 * <p><b>One factory.</b> The Hibernate Validator {@link ValidatorFactory} behind every instance is
 * built once per class loader, on first use, and never closed; it uses Hibernate Validator's {@code
 * ParameterMessageInterpolator}, so no Expression Language runtime is needed and no message can
 * evaluate input, and it ignores any {@code META-INF/validation.xml} of the application. {@link
 * #create()} returns one shared instance on the system clock; {@link #create(Clock)} gives a
 * validator on another clock from the same factory, which is cheap.
 *
 * <p><b>Thread safety.</b> Instances are immutable and thread-safe; keep one and reuse it.
 *
 * <p><b>Messages.</b> Swedish is the default language. Messages come from the
 * {@code ContributorValidationMessages} bundles of this module, which also hold Swedish for the
 * built-in constraints, and from Hibernate Validator's own bundles. No message contains an identity
 * number, and the invalid value is rendered only when that is safe.
 */
public final class AsfValidator {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");
  private static final Comparator<InputViolation> ORDER = Comparator
      .comparing(InputViolation::getPath)
      .thenComparing(InputViolation::getCode)
      .thenComparing(violation -> violation.getMessage());

  private final ValidatorFactory factory;
  private final Validator validator;
  private final MessageInterpolator interpolator;

  private AsfValidator(ValidatorFactory factory, Validator validator) {
    this.factory = factory;
    this.validator = validator;
    this.interpolator = factory.getMessageInterpolator();
  }

  /** Builds the one factory lazily, and thread-safely, on first use. */
  private static final class Shared {
    static final ValidatorFactory FACTORY = buildFactory();
    static final AsfValidator DEFAULT = new AsfValidator(FACTORY, FACTORY.getValidator());

    private Shared() {}

    private static ValidatorFactory buildFactory() {
      return Validation.byProvider(HibernateValidator.class)
          // Find the provider directly, without the thread's context class loader.
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new AsfMessageInterpolator(
              new ParameterMessageInterpolator(Set.of(SWEDISH, Locale.ENGLISH), SWEDISH, true)))
          .buildValidatorFactory();
    }
  }

  /**
   * Returns the shared validator, whose clock is the system clock in the JVM's default time zone.
   *
   * @return the same instance on every call
   */
  public static AsfValidator create() {
    return Shared.DEFAULT;
  }

  /**
   * Returns a validator whose constraints read today's date and time from the given clock, for
   * example {@code Clock.system(ZoneId.of("Europe/Stockholm"))}, or a fixed clock in tests. It is
   * Jakarta Validation's {@link jakarta.validation.ClockProvider} for {@code @Past}, {@code @Future},
   * {@link ValidPersonnummer} and the like.
   *
   * @param clock the clock
   * @return a validator sharing the one factory
   */
  public static AsfValidator create(Clock clock) {
    Objects.requireNonNull(clock, "clock");
    ValidatorFactory factory = Shared.FACTORY;
    return new AsfValidator(factory, factory.usingContext().clockProvider(() -> clock).getValidator());
  }

  /** The factory, for tests of this package. */
  ValidatorFactory factory() {
    return factory;
  }

  /**
   * Validates an object and its cascaded ({@code @Valid}) properties in the default group.
   *
   * @param value the object to validate
   * @return every violation, ordered by path and code; empty when the object is valid
   * @throws NullPointerException if {@code value} is null
   * @throws jakarta.validation.ValidationException if a constraint is declared wrongly, for example
   *     a {@code @ValidSweref99Tm} naming a property that does not exist
   */
  public List<InputViolation> validate(Object value) {
    Objects.requireNonNull(value, "value");
    return validator.validate(value).stream()
        .map(this::toInputViolation)
        .sorted(ORDER)
        .collect(Collectors.toUnmodifiableList());
  }

  /**
   * Validates an object and throws if it has any violation.
   *
   * @param value the object to validate
   * @throws InvalidInputException carrying every violation
   * @throws NullPointerException if {@code value} is null
   */
  public void requireValid(Object value) {
    List<InputViolation> violations = validate(value);
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  private InputViolation toInputViolation(ConstraintViolation<?> violation) {
    Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
    HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
    Optional<ViolationDetails> details =
        Optional.ofNullable(hibernate.getDynamicPayload(ViolationDetails.class));
    ViolationInterpolationContext context = new ViolationInterpolationContext(violation,
        details.map(ViolationDetails::getMessageParameters).orElse(Map.of()));
    String template = violation.getMessageTemplate();
    return new InputViolation(
        path(violation.getPropertyPath()),
        constraint.annotationType().getSimpleName(),
        code(template, constraint),
        renderedValue(violation, constraint, details).orElse(null),
        interpolator.interpolate(template, context, SWEDISH),
        interpolator.interpolate(template, context, Locale.ENGLISH));
  }

  private static Optional<String> renderedValue(ConstraintViolation<?> violation, Annotation constraint,
      Optional<ViolationDetails> details) {
    // The input of an identity-number constraint may be a personnummer (a sole trader's
    // organisation number is one), so it is never shown, not even masked.
    if (constraint instanceof ValidPersonnummer || constraint instanceof ValidOrganisationsnummer) {
      return Optional.empty();
    }
    Object value = details.flatMap(ViolationDetails::getValue).orElse(violation.getInvalidValue());
    return SafeValue.render(value);
  }

  /** The message key without braces and {@code .message}, or the constraint's name. */
  static String code(String template, Annotation constraint) {
    // One key in braces: the only '{' is the first character and the first '}' the last.
    if (template.length() > 2 && template.lastIndexOf('{') == 0
        && template.indexOf('}') == template.length() - 1) {
      String key = template.substring(1, template.length() - 1);
      return key.endsWith(".message") ? key.substring(0, key.length() - ".message".length()) : key;
    }
    return constraint.annotationType().getName();
  }

  /** Renders a path as {@code lines[2].heads}: indexes attach to the container, element nodes have no name. */
  static String path(Path path) {
    StringBuilder text = new StringBuilder();
    for (Path.Node node : path) {
      if (node.isInIterable()) {
        Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
        text.append('[').append(position == null ? "" : SafeValue.mask(String.valueOf(position))).append(']');
      }
      String name = node.getName();
      // A bean node (a class-level constraint's) has no name; a container element's is "<list element>".
      if (name != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
        if (text.length() > 0) {
          text.append('.');
        }
        text.append(name);
      }
    }
    return text.toString();
  }
}
