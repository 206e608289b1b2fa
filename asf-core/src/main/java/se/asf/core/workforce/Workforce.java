package se.asf.core.workforce;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
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
    // Compared pairwise: a list without a repeat has at most one line per form and group, so the
    // check stops within that many lines, however long the list.
    List<WorkforceLine> lines = getLines();
    for (int i = 1; i < lines.size(); i++) {
      WorkforceLine line = lines.get(i);
      for (int j = 0; j < i; j++) {
        if (lines.get(j).getForm() == line.getForm() && lines.get(j).getGroup() == line.getGroup()) {
          throw new InvariantViolationException(
              Invariant.DUPLICATE_WORKFORCE_LINE, "lines", line.getForm(), line.getGroup());
        }
      }
    }
  }

  /**
   * Adds up the lines that match, on a counting basis. Exact: no rounding.
   *
   * @param basis heads or full-time equivalents
   * @param filter which lines to count
   * @return the sum; empty when a matching line's count on that basis is not known (its full-time
   *     equivalents), because an unknown count is never taken as zero
   */
  public Optional<BigDecimal> count(CountingBasis basis, Predicate<? super WorkforceLine> filter) {
    BigDecimal sum = BigDecimal.ZERO;
    for (WorkforceLine line : getLines()) {
      if (filter.test(line)) {
        Optional<BigDecimal> count = line.count(basis);
        if (count.isEmpty()) {
          return Optional.empty();
        }
        sum = sum.add(count.get());
      }
    }
    return Optional.of(sum);
  }

  /**
   * Returns how many of the lines that match have no count on a basis.
   *
   * @param basis heads or full-time equivalents
   * @param filter which lines to look at
   * @return the number of matching lines whose count on {@code basis} is not known; always 0 for heads
   */
  public int countUnknown(CountingBasis basis, Predicate<? super WorkforceLine> filter) {
    int unknown = 0;
    for (WorkforceLine line : getLines()) {
      if (filter.test(line) && line.count(basis).isEmpty()) {
        unknown++;
      }
    }
    return unknown;
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
   * the same form and group. The full-time equivalents of the sum are unknown when either's are.
   *
   * @param line the line to add
   * @return the new workforce
   */
  public Workforce plus(WorkforceLine line) {
    WorkforceBuilder builder = builder().period(getPeriod());
    boolean merged = false;
    for (WorkforceLine existing : getLines()) {
      if (existing.getForm() == line.getForm() && existing.getGroup() == line.getGroup()) {
        int heads = Math.addExact(existing.getHeads(), line.getHeads());
        // Known plus unknown is unknown.
        builder.addLine(existing.getFullTimeEquivalents().isPresent() && line.getFullTimeEquivalents().isPresent()
            ? WorkforceLine.of(existing.getForm(), existing.getGroup(), heads,
                existing.getFullTimeEquivalents().get().add(line.getFullTimeEquivalents().get()))
            : WorkforceLine.ofHeads(existing.getForm(), existing.getGroup(), heads));
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
