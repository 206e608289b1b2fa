package se.asf.core.workforce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.immutables.value.Value;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.style.AsfStyle;

/**
 * Who is occupied at an enterprise during a stated period, as counts per engagement form and
 * target group (DOMAIN §2). Never individuals: only counts, because disability data is sensitive.
 *
 * <p>Each (form, group) pair appears at most once, so nothing is counted twice. An empty list of
 * lines is a statement that nobody is occupied; a workforce that is not known at all is an absent
 * {@code Optional} on the enterprise.
 *
 * <pre>{@code
 * Workforce workforce = Workforce.builder()
 *     .period(DatePeriod.ofDate(LocalDate.of(2017, 12, 1)))
 *     .addLine(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 13))
 *     .addLine(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 7, new BigDecimal("3.5")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AsfStyle
public abstract class Workforce {

  Workforce() {}

  /**
   * Returns a new builder.
   *
   * @return an empty builder
   */
  public static WorkforceBuilder builder() {
    return new WorkforceBuilder();
  }

  /**
   * Returns the period the counts describe: a single date, such as the tender date, or a period.
   *
   * @return the period
   */
  @NotNull
  public abstract DatePeriod getPeriod();

  /**
   * Returns the lines, at most one per (engagement form, target group).
   *
   * @return the lines, in the order given
   */
  @NotNull
  public abstract List<@Valid @NotNull WorkforceLine> getLines();

  @Value.Check
  void check() {
    Set<String> seen = new HashSet<>();
    for (WorkforceLine line : getLines()) {
      if (!seen.add(line.getForm() + "/" + line.getGroup())) {
        throw new InvariantViolationException(
            Invariant.DUPLICATE_WORKFORCE_LINE, "lines", line.getForm(), line.getGroup());
      }
    }
  }

  /**
   * Adds up the lines that match, on a counting basis. Exact: no rounding.
   *
   * @param basis heads or full-time equivalents
   * @param filter which lines to count
   * @return the sum
   */
  public BigDecimal count(CountingBasis basis, Predicate<? super WorkforceLine> filter) {
    BigDecimal sum = BigDecimal.ZERO;
    for (WorkforceLine line : getLines()) {
      if (filter.test(line)) {
        sum = sum.add(line.count(basis));
      }
    }
    return sum;
  }

  /**
   * Returns the total number of people occupied.
   *
   * @return the heads of every line
   */
  public long getTotalHeads() {
    return getLines().stream().mapToLong(WorkforceLine::getHeads).sum();
  }

  /**
   * Returns a copy of this workforce with one more line, or a line's counts added to the line of
   * the same form and group.
   *
   * @param line the line to add
   * @return the new workforce
   */
  public Workforce plus(WorkforceLine line) {
    WorkforceBuilder builder = builder().period(getPeriod());
    boolean merged = false;
    for (WorkforceLine existing : getLines()) {
      if (existing.getForm() == line.getForm() && existing.getGroup() == line.getGroup()) {
        builder.addLine(WorkforceLine.of(existing.getForm(), existing.getGroup(),
            Math.addExact(existing.getHeads(), line.getHeads()),
            existing.getFullTimeEquivalents().add(line.getFullTimeEquivalents())));
        merged = true;
      } else {
        builder.addLine(existing);
      }
    }
    if (!merged) {
      builder.addLine(line);
    }
    return builder.build();
  }
}
