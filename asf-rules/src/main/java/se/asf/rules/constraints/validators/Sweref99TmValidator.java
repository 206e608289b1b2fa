package se.asf.rules.constraints.validators;

import jakarta.validation.ConstraintDeclarationException;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.geo.Sweref99TmPosition;
import se.asf.rules.constraints.ValidSweref99Tm;

/**
 * Validates {@link ValidSweref99Tm} with {@link Sweref99TmPosition#check(double, double)}, reading
 * the two coordinates from the annotated object by reflection.
 *
 * <p>Thread-safe: the property accessors found for each class are cached in a concurrent map.
 */
public final class Sweref99TmValidator implements ConstraintValidator<ValidSweref99Tm, Object> {
  private static final String NAME = "ValidSweref99Tm";
  private static final String DEFAULT_MESSAGE = "{se.asf.rules.constraints." + NAME + ".message}";
  private static final String NORTHING = "northing";
  private static final String EASTING = "easting";

  private final Map<Class<?>, Accessor[]> accessors = new ConcurrentHashMap<>();
  private String northingProperty = NORTHING;
  private String eastingProperty = EASTING;
  private String customMessage;

  /** Creates the validator; Hibernate Validator calls this. */
  public Sweref99TmValidator() {}

  @Override
  public void initialize(ValidSweref99Tm constraint) {
    northingProperty = constraint.northing();
    eastingProperty = constraint.easting();
    customMessage = DEFAULT_MESSAGE.equals(constraint.message()) ? null : constraint.message();
  }

  @Override
  public boolean isValid(Object value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    Accessor[] pair = accessors.computeIfAbsent(value.getClass(),
        type -> new Accessor[] {Accessor.find(type, northingProperty), Accessor.find(type, eastingProperty)});
    Number northing = pair[0].read(value);
    Number easting = pair[1].read(value);
    if (northing == null || easting == null) {
      return true;
    }
    List<InvariantViolationException> problems = check(northing.doubleValue(), easting.doubleValue());
    if (problems.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (InvariantViolationException problem : problems) {
      boolean isNorthing = NORTHING.equals(problem.getAttribute());
      String template = customMessage != null
          ? customMessage
          : "{se.asf.rules.constraints." + NAME + "." + problem.getInvariant().name() + ".message}";
      ViolationReport.addOnProperty(context, template, parameters(problem.getInvariant()),
          isNorthing ? northingProperty : eastingProperty, isNorthing ? northing : easting);
    }
    return false;
  }

  /**
   * Runs the asf-core check; when the northing fails, checks the easting on its own too, so that a
   * pair that is wrong on both axes is reported on both properties at once.
   */
  private static List<InvariantViolationException> check(double northing, double easting) {
    List<InvariantViolationException> problems = new ArrayList<>(2);
    try {
      Sweref99TmPosition.check(northing, easting);
    } catch (InvariantViolationException e) {
      problems.add(e);
      if (NORTHING.equals(e.getAttribute())) {
        try {
          // Any northing inside the area of use isolates the easting.
          Sweref99TmPosition.check(Sweref99TmPosition.MIN_NORTHING, easting);
        } catch (InvariantViolationException eastingProblem) {
          problems.add(eastingProblem);
        }
      }
    }
    return problems;
  }

  private static Map<String, Object> parameters(Invariant invariant) {
    switch (invariant) {
      case NORTHING_OUT_OF_RANGE:
        return Map.of("min", metres(Sweref99TmPosition.MIN_NORTHING),
            "max", metres(Sweref99TmPosition.MAX_NORTHING));
      case EASTING_OUT_OF_RANGE:
        return Map.of("min", metres(Sweref99TmPosition.MIN_EASTING),
            "max", metres(Sweref99TmPosition.MAX_EASTING));
      default:
        return Map.of();
    }
  }

  /** Renders whole metres without a decimal point or grouping, the same in every language. */
  private static String metres(double value) {
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /** Reads one numeric property: a record component, a getter or a field. */
  private static final class Accessor {
    private final Class<?> type;
    private final String property;
    private final AccessibleObject member;

    private Accessor(Class<?> type, String property, AccessibleObject member) {
      this.type = type;
      this.property = property;
      this.member = member;
    }

    static Accessor find(Class<?> type, String property) {
      AccessibleObject member = findMember(type, property);
      if (member == null) {
        throw new ConstraintDeclarationException("@ValidSweref99Tm on " + type.getName()
            + " names the property '" + property + "', but " + type.getSimpleName()
            + " has no such record component, getter or field");
      }
      Class<?> valueType = member instanceof Method
          ? ((Method) member).getReturnType()
          : ((Field) member).getType();
      if (!isNumeric(valueType)) {
        throw new ConstraintDeclarationException("@ValidSweref99Tm on " + type.getName()
            + ": the property '" + property + "' has the type " + valueType.getName()
            + ", not a number");
      }
      // Succeeds when the package is open to se.asf.rules; public members of exported packages
      // are readable without it.
      member.trySetAccessible();
      return new Accessor(type, property, member);
    }

    private static AccessibleObject findMember(Class<?> type, String property) {
      if (type.isRecord()) {
        for (RecordComponent component : type.getRecordComponents()) {
          if (component.getName().equals(property)) {
            return component.getAccessor();
          }
        }
      }
      String getter = "get" + Character.toUpperCase(property.charAt(0)) + property.substring(1);
      // Up to Object itself, whose only getter (getClass) is no number and which has no instance field.
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Method method : c.getDeclaredMethods()) {
          if (method.getName().equals(getter) && method.getParameterCount() == 0
              && !Modifier.isStatic(method.getModifiers())) {
            return method;
          }
        }
      }
      for (Class<?> c = type; c != null; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          if (field.getName().equals(property) && !Modifier.isStatic(field.getModifiers())) {
            return field;
          }
        }
      }
      return null;
    }

    private static boolean isNumeric(Class<?> type) {
      return Number.class.isAssignableFrom(type)
          || (type.isPrimitive() && type != boolean.class && type != char.class && type != void.class);
    }

    Number read(Object bean) {
      try {
        Object value = member instanceof Method
            ? ((Method) member).invoke(bean)
            : ((Field) member).get(bean);
        return (Number) value;
      } catch (IllegalAccessException e) {
        throw new ConstraintDeclarationException("@ValidSweref99Tm cannot read '" + property
            + "' of " + type.getName() + ": open its package to se.asf.rules", e);
      } catch (InvocationTargetException e) {
        throw new ConstraintDeclarationException("@ValidSweref99Tm: reading '" + property
            + "' of " + type.getName() + " failed", e.getCause());
      }
    }
  }
}
