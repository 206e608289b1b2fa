package se.asf.core;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.immutables.value.Value;
import se.asf.core.style.AsfStyle;

/**
 * A period of whole days, both ends included: a contract term, or the period a workforce count
 * describes. A single date is a period that starts and ends on the same day.
 *
 * <p>A count taken on one day is the period of that day ({@link #ofDate(LocalDate)}): where a
 * period is written without its end (the JSON wire format's {@code period.end}, the CSV's
 * {@code period_end}), it ends on the day it starts.
 */
@Value.Immutable(builder = false)
@SuppressWarnings("immutables:incompat") // no builder, so a package-private implementation, as intended
@AsfStyle
public abstract class DatePeriod {

  DatePeriod() {}

  /**
   * Creates a period.
   *
   * @param start the first day
   * @param end the last day, not before {@code start}
   * @return the period
   * @throws InvariantViolationException if {@code end} is before {@code start}
   */
  public static DatePeriod of(LocalDate start, LocalDate end) {
    return ImmutableDatePeriod.of(start, end);
  }

  /**
   * Creates the period of one day.
   *
   * @param date the day
   * @return a period starting and ending on {@code date}
   */
  public static DatePeriod ofDate(LocalDate date) {
    return of(date, date);
  }

  /**
   * Returns the first day.
   *
   * @return the first day, included
   */
  @Value.Parameter
  @NotNull
  public abstract LocalDate getStart();

  /**
   * Returns the last day.
   *
   * @return the last day, included
   */
  @Value.Parameter
  @NotNull
  public abstract LocalDate getEnd();

  @Value.Check
  void check() {
    if (getEnd().isBefore(getStart())) {
      throw new InvariantViolationException(Invariant.PERIOD_ENDS_BEFORE_START, "end", getStart(), getEnd());
    }
  }

  /**
   * Tells whether a date falls within the period, both ends included.
   *
   * @param date the date
   * @return {@code true} when {@code start <= date <= end}
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  /**
   * Returns {@code start/end} in ISO-8601 interval form, or the single date.
   *
   * @return for example {@code 2018-02-01/2020-05-31}
   */
  @Override
  public String toString() {
    return getStart().equals(getEnd()) ? getStart().toString() : getStart() + "/" + getEnd();
  }
}
