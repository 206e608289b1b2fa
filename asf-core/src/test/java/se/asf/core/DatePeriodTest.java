package se.asf.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asf.core.InvariantAssertions.assertViolates;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatePeriodTest {
  private static final LocalDate START = LocalDate.of(2018, 2, 1);
  private static final LocalDate END = LocalDate.of(2020, 5, 31);
  private static final DatePeriod CONTRACT = DatePeriod.of(START, END);

  @Test
  void rejectsAnEndBeforeTheStart() {
    InvariantViolationException e = assertViolates(Invariant.PERIOD_ENDS_BEFORE_START, "end",
        () -> DatePeriod.of(START, START.minusDays(1)));

    assertEquals(List.of("2018-02-01", "2018-01-31"), e.getArguments());
  }

  @Test
  void acceptsASingleDay() {
    DatePeriod day = DatePeriod.of(START, START);

    assertEquals(START, day.getStart());
    assertEquals(START, day.getEnd());
    assertEquals(day, DatePeriod.ofDate(START));
  }

  @Test
  void rejectsMissingDates() {
    assertThrows(NullPointerException.class, () -> DatePeriod.of(null, END));
    assertThrows(NullPointerException.class, () -> DatePeriod.of(START, null));
  }

  @Test
  void containsBothEnds() {
    assertTrue(CONTRACT.contains(START));
    assertTrue(CONTRACT.contains(END));
    assertTrue(CONTRACT.contains(LocalDate.of(2019, 1, 1)));
  }

  @Test
  void containsNothingOutsideTheEnds() {
    assertFalse(CONTRACT.contains(START.minusDays(1)));
    assertFalse(CONTRACT.contains(END.plusDays(1)));
  }

  @Test
  void aSingleDayContainsOnlyThatDay() {
    DatePeriod day = DatePeriod.ofDate(START);

    assertTrue(day.contains(START));
    assertFalse(day.contains(START.minusDays(1)));
    assertFalse(day.contains(START.plusDays(1)));
  }

  @Test
  void printsAnIsoInterval() {
    assertEquals("2018-02-01/2020-05-31", CONTRACT.toString());
    assertEquals("2017-12-11", DatePeriod.ofDate(LocalDate.of(2017, 12, 11)).toString());
  }

  @Test
  void isEqualByItsEnds() {
    assertEquals(CONTRACT, DatePeriod.of(LocalDate.of(2018, 2, 1), LocalDate.of(2020, 5, 31)));
    assertEquals(CONTRACT.hashCode(), DatePeriod.of(LocalDate.of(2018, 2, 1), LocalDate.of(2020, 5, 31)).hashCode());
    assertFalse(CONTRACT.equals(DatePeriod.of(START, END.minusDays(1))));
  }
}
