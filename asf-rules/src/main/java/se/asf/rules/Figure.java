package se.asf.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import se.asf.core.DatePeriod;
import se.asf.core.Share;

/**
 * One named, typed figure of a finding: a count or amount, a share, a distance, a date or period,
 * a text, a code, or nothing (an unknown value).
 *
 * <p>Programs read the typed value ({@link #getDecimal()}, {@link #getDate()}, {@link #getPeriod()},
 * {@link #getCode()}, {@link #getText()}); people read {@link #toString()}, the figure's stable text
 * form, which does not depend on any language: decimals as {@link BigDecimal#toPlainString()}, a
 * share as {@code 25.00 %}, a code as the constant's name, nothing as {@code -}. In a message, a
 * figure is formatted in the message's language instead: decimal commas in Swedish, and a code as
 * the language's word for it.
 *
 * <p>Rounding is decided by the rule that makes the figure and stated in its documentation: a share
 * the rule had to divide for is rounded down, a ratio over a limit up, a distance outside a radius
 * up; decisions never use the rounded value.
 */
public final class Figure {

  /** What a figure holds. */
  public enum Kind {
    /** A count or an amount: an exact {@link BigDecimal}. */
    DECIMAL,
    /** A share or ratio as a percentage, such as {@code 25.00} for 25.00 %: a {@link BigDecimal}. */
    SHARE,
    /** A distance in metres: a {@link BigDecimal}. */
    DISTANCE,
    /** A date. */
    DATE,
    /** A period of dates. */
    PERIOD,
    /** Free text, such as a name. */
    TEXT,
    /** A code: an enum constant, shown in words of the message's language. */
    CODE,
    /** No value: what the figure would show is not known. */
    NONE
  }

  private final String name;
  private final Kind kind;
  /** The value given when made; null for a deferred figure and for one with no value. */
  private final Object fixed;
  /**
   * A deferred figure's value, null until first read. Only a deferred figure writes it, so making
   * any other figure costs no volatile write.
   */
  private volatile Object computed;
  private final Supplier<?> deferred;

  private Figure(String name, Kind kind, Object value) {
    this(name, kind, value, null);
  }

  private Figure(String name, Kind kind, Object value, Supplier<?> deferred) {
    this.name = Objects.requireNonNull(name, "name");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.fixed = value;
    this.deferred = deferred;
    if (name.isBlank()) {
      throw new IllegalArgumentException("a figure's name must not be blank");
    }
  }

  /**
   * A figure whose value is computed when it is first read (its typed value, its text form, a
   * message, equality) and then kept: for a value that costs more than the decision it explains,
   * such as the geodesic distance shown beside a radius decision that a cheap bound already settled.
   *
   * @param name the figure's name
   * @param kind what the value will be; not {@link Kind#NONE}
   * @param value computes the value: a {@link BigDecimal} for a decimal, share or distance, a
   *     {@link LocalDate}, a {@link DatePeriod}, a {@link String} for a text, an {@link Enum} for a
   *     code; it may be called more than once under a race and must give equal values
   * @return the figure
   * @throws IllegalStateException when the value is read, if it is not of the kind
   */
  public static Figure deferred(String name, Kind kind, Supplier<?> value) {
    if (kind == Kind.NONE) {
      throw new IllegalArgumentException("a figure with no value cannot be deferred");
    }
    return new Figure(name, kind, null, Objects.requireNonNull(value, "value"));
  }

  private Object value() {
    if (deferred == null) {
      return fixed;
    }
    Object known = computed;
    if (known == null) {
      known = deferred.get();
      if (!kindHolds(known)) {
        throw new IllegalStateException("the deferred figure " + name + " is not a " + kind + ": " + known);
      }
      computed = known;
    }
    return known;
  }

  private boolean kindHolds(Object candidate) {
    switch (kind) {
      case DATE:
        return candidate instanceof LocalDate;
      case PERIOD:
        return candidate instanceof DatePeriod;
      case TEXT:
        return candidate instanceof String;
      case CODE:
        return candidate instanceof Enum;
      default:
        // DECIMAL, SHARE and DISTANCE; a figure of no value is never deferred.
        return candidate instanceof BigDecimal;
    }
  }

  /**
   * A count or amount.
   *
   * @param name the figure's name
   * @param value the exact value
   * @return the figure
   */
  public static Figure decimal(String name, BigDecimal value) {
    return new Figure(name, Kind.DECIMAL, Objects.requireNonNull(value, "value"));
  }

  /**
   * A whole count.
   *
   * @param name the figure's name
   * @param value the count
   * @return the figure
   */
  public static Figure count(String name, long value) {
    return decimal(name, BigDecimal.valueOf(value));
  }

  /**
   * A share given as a percentage, with the scale the rule rounded it to.
   *
   * @param name the figure's name
   * @param percent the percentage, such as {@code 25.00}
   * @return the figure
   */
  public static Figure percent(String name, BigDecimal percent) {
    return new Figure(name, Kind.SHARE, Objects.requireNonNull(percent, "percent"));
  }

  /**
   * An exact share.
   *
   * @param name the figure's name
   * @param share the share
   * @return the figure, whose value is the share's exact percentage
   */
  public static Figure share(String name, Share share) {
    return percent(name, share.toPercent());
  }

  /**
   * A distance.
   *
   * @param name the figure's name
   * @param metres the distance in metres
   * @return the figure
   */
  public static Figure distance(String name, BigDecimal metres) {
    return new Figure(name, Kind.DISTANCE, Objects.requireNonNull(metres, "metres"));
  }

  /**
   * A date.
   *
   * @param name the figure's name
   * @param date the date
   * @return the figure
   */
  public static Figure date(String name, LocalDate date) {
    return new Figure(name, Kind.DATE, Objects.requireNonNull(date, "date"));
  }

  /**
   * A period of dates.
   *
   * @param name the figure's name
   * @param period the period
   * @return the figure
   */
  public static Figure period(String name, DatePeriod period) {
    return new Figure(name, Kind.PERIOD, Objects.requireNonNull(period, "period"));
  }

  /**
   * A text.
   *
   * @param name the figure's name
   * @param text the text
   * @return the figure
   */
  public static Figure text(String name, String text) {
    return new Figure(name, Kind.TEXT, Objects.requireNonNull(text, "text"));
  }

  /**
   * A code.
   *
   * @param name the figure's name
   * @param code the enum constant
   * @return the figure
   */
  public static Figure code(String name, Enum<?> code) {
    return new Figure(name, Kind.CODE, Objects.requireNonNull(code, "code"));
  }

  /**
   * A figure whose value is not known.
   *
   * @param name the figure's name
   * @return the figure, shown as {@code -}
   */
  public static Figure none(String name) {
    return new Figure(name, Kind.NONE, null);
  }

  /**
   * A text when present, else {@link #none}.
   *
   * @param name the figure's name
   * @param text the text, or empty
   * @return the figure
   */
  public static Figure textOrNone(String name, Optional<String> text) {
    return text.map(t -> text(name, t)).orElseGet(() -> none(name));
  }

  /**
   * A code when present, else {@link #none}.
   *
   * @param name the figure's name
   * @param code the enum constant, or empty
   * @return the figure
   */
  public static Figure codeOrNone(String name, Optional<? extends Enum<?>> code) {
    return code.<Figure>map(c -> code(name, c)).orElseGet(() -> none(name));
  }

  /**
   * Returns the stable name, such as {@code share}.
   *
   * @return the name
   */
  public String getName() {
    return name;
  }

  /**
   * Returns what the figure holds.
   *
   * @return the kind
   */
  public Kind getKind() {
    return kind;
  }

  /**
   * Returns the value of a {@link Kind#DECIMAL}, {@link Kind#SHARE} (a percentage) or
   * {@link Kind#DISTANCE} (metres) figure.
   *
   * @return the value, or empty for other kinds
   */
  public Optional<BigDecimal> getDecimal() {
    return value() instanceof BigDecimal ? Optional.of((BigDecimal) value()) : Optional.empty();
  }

  /**
   * Returns the value of a {@link Kind#DATE} figure.
   *
   * @return the date, or empty for other kinds
   */
  public Optional<LocalDate> getDate() {
    return value() instanceof LocalDate ? Optional.of((LocalDate) value()) : Optional.empty();
  }

  /**
   * Returns the value of a {@link Kind#PERIOD} figure.
   *
   * @return the period, or empty for other kinds
   */
  public Optional<DatePeriod> getPeriod() {
    return value() instanceof DatePeriod ? Optional.of((DatePeriod) value()) : Optional.empty();
  }

  /**
   * Returns the value of a {@link Kind#CODE} figure.
   *
   * @return the enum constant, or empty for other kinds
   */
  public Optional<Enum<?>> getCode() {
    return value() instanceof Enum ? Optional.of((Enum<?>) value()) : Optional.empty();
  }

  /**
   * Returns the value of a {@link Kind#TEXT} figure.
   *
   * @return the text, or empty for other kinds
   */
  public Optional<String> getText() {
    return kind == Kind.TEXT ? Optional.of((String) value()) : Optional.empty();
  }

  /**
   * Returns the stable, language-independent text form.
   *
   * @return for example {@code 20}, {@code 25.00 %}, {@code 2017-12-01}, {@code HEADS} or {@code -}
   */
  @Override
  public String toString() {
    switch (kind) {
      case NONE:
        return "-";
      case DECIMAL:
      case DISTANCE:
        return ((BigDecimal) value()).toPlainString();
      case SHARE:
        return ((BigDecimal) value()).toPlainString() + " %";
      case CODE:
        return ((Enum<?>) value()).name();
      default:
        return value().toString();
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Figure && name.equals(((Figure) other).name) && kind == ((Figure) other).kind
        && Objects.equals(value(), ((Figure) other).value());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, kind, value());
  }
}
