package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;

/** The bidders CSV maps an empty cell of an optional fact to unknown, never to zero. */
class BidderCsvTest {
  private static final BidderCsv.Options OPTIONS = new BidderCsv.Options(LocalDate.of(2026, 11, 23), true);
  private static final String HEADER = "identity;name;legal_form;period_start;period_end;occupied;occupied_target_groups;"
      + "occupied_fte;occupied_target_groups_fte\n";

  private static BidderCsv.Result read(String row) throws InputFileException {
    return BidderCsv.read("b.csv", (HEADER + row + "\n").getBytes(StandardCharsets.UTF_8), OPTIONS);
  }

  private static Workforce workforce(String row) throws InputFileException {
    BidderCsv.Result result = read(row);
    assertEquals(List.of(), result.problems.stream().map(p -> p.render(Locale.ENGLISH)).toList());
    return result.bidders.get(0).enterprise().getWorkforce().orElseThrow();
  }

  private static WorkforceLine others(int heads, String fte) {
    return fte == null ? WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.NONE, heads)
        : WorkforceLine.of(EngagementForm.OTHER, TargetGroup.NONE, heads, new BigDecimal(fte));
  }

  private static WorkforceLine target(int heads, String fte) {
    return fte == null ? WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.OTHER_DISADVANTAGED, heads)
        : WorkforceLine.of(EngagementForm.OTHER, TargetGroup.OTHER_DISADVANTAGED, heads, new BigDecimal(fte));
  }

  @Test
  void emptyFteCellsAreUnknownNeverZeroNorTheHeads() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;;");
    assertEquals(List.of(others(13, null), target(7, null)), workforce.getLines());
  }

  @Test
  void bothFteCellsGiveBothLinesTheirFte() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;16,5;3,5");
    assertEquals(List.of(others(13, "13.0"), target(7, "3.5")), workforce.getLines());
  }

  @Test
  void onlyTheTargetGroupsFteGivesTheTargetLineItsFteAndLeavesTheOthersUnknown() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;;3,5");
    assertEquals(List.of(others(13, null), target(7, "3.5")), workforce.getLines());
  }

  @Test
  void onlyTheTotalFteCannotBeSplitSoBothLinesAreUnknown() throws InputFileException {
    Workforce workforce = workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;16,5;");
    assertEquals(List.of(others(13, null), target(7, null)), workforce.getLines());
  }

  @Test
  void aTotalFteAboveTheHeadsIsStillRefusedWithoutTheTargetGroupsFte() throws InputFileException {
    BidderCsv.Result result = read("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;20,5;");
    assertEquals(List.of(), result.bidders);
    assertTrue(result.problems.get(0).render(Locale.ENGLISH).startsWith("b.csv:2: occupied_fte: "),
        result.problems.get(0).render(Locale.ENGLISH));
    // At the boundary, equal to the heads, it is accepted.
    workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;20;");
  }

  @Test
  void anEmptyPeriodEndIsTheOneDayOfTheStart() throws InputFileException {
    assertEquals(DatePeriod.ofDate(LocalDate.of(2017, 12, 1)),
        workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-12-01;;20;7;;").getPeriod());
    assertEquals(DatePeriod.of(LocalDate.of(2017, 11, 1), LocalDate.of(2017, 11, 30)),
        workforce("769612-3459;Tumba Återbruk;ekonomisk-forening;2017-11-01;2017-11-30;20;7;;").getPeriod());
  }
}
