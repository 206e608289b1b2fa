package se.asf.core.workforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The Swedish and English names that reports show for target groups, forms and counting bases. */
class DisplayNamesTest {

  @Test
  void targetGroupsHaveTheirNamesAndOnlyNoneIsNotDisadvantaged() {
    assertEquals("Långtidsarbetslösa", TargetGroup.LONG_TERM_UNEMPLOYED.getSwedishName());
    assertEquals("Long-term unemployed", TargetGroup.LONG_TERM_UNEMPLOYED.getEnglishName());
    assertEquals("Personer med funktionsnedsättning", TargetGroup.DISABILITY.getSwedishName());
    assertEquals("Persons with disabilities", TargetGroup.DISABILITY.getEnglishName());
    assertFalse(TargetGroup.NONE.isDisadvantaged());
    assertTrue(TargetGroup.NEWLY_ARRIVED.isDisadvantaged());
  }

  @Test
  void engagementFormsHaveTheirNames() {
    assertEquals("Arbetsträning", EngagementForm.WORK_TRAINING.getSwedishName());
    assertEquals("Work training", EngagementForm.WORK_TRAINING.getEnglishName());
    assertEquals("Daglig verksamhet (LSS)", EngagementForm.DAILY_ACTIVITY.getSwedishName());
    assertEquals("Daily activity (LSS)", EngagementForm.DAILY_ACTIVITY.getEnglishName());
  }

  @Test
  void countingBasesHaveTheirUnits() {
    assertEquals("personer", CountingBasis.HEADS.getSwedishUnit());
    assertEquals("heads", CountingBasis.HEADS.getEnglishUnit());
    assertEquals("heltidsekvivalenter", CountingBasis.FULL_TIME_EQUIVALENTS.getSwedishUnit());
    assertEquals("full-time equivalents", CountingBasis.FULL_TIME_EQUIVALENTS.getEnglishUnit());
  }
}
