package se.asf.rules.reserved;

import static org.junit.jupiter.api.Assertions.assertThrows;
import se.asf.rules.Rule;
import java.util.Locale;
import static se.asf.rules.fixtures.FindingAssertions.figureText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static se.asf.rules.fixtures.FindingAssertions.assertFigures;
import static se.asf.rules.fixtures.FindingAssertions.assertFinding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.Share;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.CountingBasis;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.Sources;
import se.asf.rules.fixtures.Bidders;
import se.asf.rules.fixtures.Generators;

class Lou4Kap18Test {
  private static final LocalDate DEADLINE = LocalDate.of(2017, 12, 11);
  private static final ShareRequirement STATUTORY = ShareRequirement.statutory();
  private static final ShareRequirement BY_FTE =
      ShareRequirement.builder().countingBasis(CountingBasis.FULL_TIME_EQUIVALENTS).build();

  private static Finding share(ShareRequirement requirement, Workforce workforce) {
    return Lou4Kap18.share(requirement).evaluate(Bidders.qualifying().toBuilder().workforce(workforce).build(), DEADLINE);
  }

  private static Workforce workforce(WorkforceLine... lines) {
    return Workforce.builder().period(DatePeriod.ofDate(Bidders.COUNTED_ON)).addLines(lines).build();
  }

  // --- LOU-4-18-SHARE ---

  @Test
  void exactlyThirtyPercentOfHeadsMeetsTheShare() {
    Finding finding = share(STATUTORY, Bidders.workforce(6, 14));
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(finding, "basis", "HEADS", "threshold", "30 %", "targetGroup", "6", "occupied", "20",
        "period", "2017-12-01", "share", "30.00 %");
    assertEquals(Sources.LOU_4_18, finding.getSource());
    assertEquals("6 of 20 occupied heads belong to the target groups (30.00 %), at least the threshold of 30 %"
        + " (period 2017-12-01).", finding.getMessage(Locale.ENGLISH));
    assertTrue(finding.getMessage(Locale.forLanguageTag("sv")).startsWith("6 av 20 sysselsatta"), finding.getMessage(Locale.forLanguageTag("sv")));
    assertTrue(finding.getMessage(Locale.forLanguageTag("sv")).endsWith("minst andelskravet 30 % (period 2017-12-01)."), finding.getMessage(Locale.forLanguageTag("sv")));
  }

  @Test
  void oneHeadShortIsBelowTheThreshold() {
    Finding finding = share(STATUTORY, Bidders.workforce(5, 15));
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertFigures(finding, "basis", "HEADS", "threshold", "30 %", "targetGroup", "5", "occupied", "20",
        "period", "2017-12-01", "share", "25.00 %");
  }

  @Test
  void twoHundredNinetyNineOfAThousandIsShortAndThreeHundredMeets() {
    Finding short1 = share(STATUTORY, Bidders.workforce(299, 701));
    assertFinding(short1, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertEquals("29.90 %", figureText(short1, "share"));
    Finding met = share(STATUTORY, Bidders.workforce(300, 700));
    assertFinding(met, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertEquals("30.00 %", figureText(met, "share"));
  }

  @Test
  void theDecisionIsExactWhileTheShareShownIsRounded() {
    // 29 999 of 100 000 is 29.999 %: shown rounded down, as 29.99 %, and below 30 %.
    Finding below = share(STATUTORY, Bidders.workforce(29_999, 70_001));
    assertFinding(below, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertEquals("29.99 %", figureText(below, "share"));

    // 1 of 3 is shown as 33.33 % but is more than 33.33 %, and less than 33.334 %.
    Workforce oneOfThree = Bidders.workforce(1, 2);
    Finding third = share(STATUTORY, oneOfThree);
    assertFinding(third, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertEquals("33.33 %", figureText(third, "share"));
    assertEquals(Outcome.MET, share(threshold("0.3333"), oneOfThree).getOutcome());
    Finding aboveThird = share(threshold("0.33334"), oneOfThree);
    assertFinding(aboveThird, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertEquals("33.33 %", figureText(aboveThird, "share"));
    assertEquals("33.334 %", figureText(aboveThird, "threshold"));
  }

  @Test
  void aThresholdOfThirtyFivePercent() {
    ShareRequirement requirement = threshold("0.35");
    Finding met = share(requirement, Bidders.workforce(7, 13));
    assertFinding(met, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(met, "basis", "HEADS", "threshold", "35 %", "targetGroup", "7", "occupied", "20",
        "period", "2017-12-01", "share", "35.00 %");
    // 6 of 20 meets the statutory 30 % but not 35 %.
    assertFinding(share(requirement, Bidders.workforce(6, 14)), Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
  }

  @Test
  void anUnknownFteInACountedLineIsUndeterminedWithItsOwnReason() {
    Workforce workforce = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7),
        WorkforceLine.ofHeads(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3),
        WorkforceLine.ofHeads(EngagementForm.PLACEMENT, TargetGroup.LONG_TERM_UNEMPLOYED, 1));
    Finding finding = share(BY_FTE, workforce);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "FULL_TIME_EQUIVALENTS_UNKNOWN");
    assertFigures(finding, "basis", "FULL_TIME_EQUIVALENTS", "threshold", "30 %", "unknownLines", "2",
        "period", "2017-12-01");
    assertEquals("The share requirement of 30 % is counted in full-time equivalents, but 2 of the counted workforce"
        + " lines give heads only, without full-time equivalents (period 2017-12-01); ask for the full-time"
        + " equivalents of every line.", finding.getMessage(Locale.ENGLISH));
    assertTrue(finding.getMessage(Locale.forLanguageTag("sv")).startsWith("Andelskravet 30 % räknas i"
        + " heltidsekvivalenter, men 2 av de rader som räknas"), finding.getMessage(Locale.forLanguageTag("sv")));
  }

  @Test
  void anUnknownFteIsNeverReadAsZeroEvenInATargetGroupLineOnly() {
    // Were the unknown FTE zero, 3 of 10 FTE would reach 30 %; were it the heads, 3 of 13 would not.
    Workforce workforce = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7),
        WorkforceLine.ofFullTime(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3),
        WorkforceLine.ofHeads(EngagementForm.OTHER, TargetGroup.NONE, 3));
    assertFinding(share(BY_FTE, workforce), Lou4Kap18.SHARE, Outcome.UNDETERMINED, "FULL_TIME_EQUIVALENTS_UNKNOWN");
    assertEquals("1", figureText(share(BY_FTE, workforce), "unknownLines"));
  }

  @Test
  void anUnknownFteDoesNotMatterWhenCountingHeads() {
    Workforce workforce = workforce(
        WorkforceLine.ofHeads(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7),
        WorkforceLine.ofHeads(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3));
    Finding finding = share(STATUTORY, workforce);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertEquals("30.00 %", figureText(finding, "share"));
  }

  @Test
  void anUnknownFteOutsideTheCountedFormsDoesNotMatter() {
    ShareRequirement employmentOnly = ShareRequirement.builder().countingBasis(CountingBasis.FULL_TIME_EQUIVALENTS)
        .countedForms(EnumSet.of(EngagementForm.EMPLOYMENT, EngagementForm.WORK_TRAINING)).build();
    Workforce workforce = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7),
        WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3, new BigDecimal("3")),
        WorkforceLine.ofHeads(EngagementForm.PLACEMENT, TargetGroup.DISABILITY, 5));
    Finding finding = share(employmentOnly, workforce);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(finding, "basis", "FULL_TIME_EQUIVALENTS", "threshold", "30 %", "targetGroup", "3",
        "occupied", "10", "period", "2017-12-01", "share", "30.00 %");
  }

  @Test
  void headsCanMeetWhereFullTimeEquivalentsDoNot() {
    // Three target-group people in work training a quarter of the time, seven full-time employees.
    Workforce partTimeTargetGroup = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7),
        WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3, new BigDecimal("0.75")));
    Finding heads = share(STATUTORY, partTimeTargetGroup);
    assertFinding(heads, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(heads, "basis", "HEADS", "threshold", "30 %", "targetGroup", "3", "occupied", "10",
        "period", "2017-12-01", "share", "30.00 %");
    Finding fte = share(BY_FTE, partTimeTargetGroup);
    assertFinding(fte, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertFigures(fte, "basis", "FULL_TIME_EQUIVALENTS", "threshold", "30 %", "targetGroup", "0.75",
        "occupied", "7.75", "period", "2017-12-01", "share", "9.67 %");
    assertTrue(fte.getMessage(Locale.ENGLISH).startsWith("0.75 of 7.75 occupied full-time equivalents"), fte.getMessage(Locale.ENGLISH));
  }

  @Test
  void fullTimeEquivalentsCanMeetWhereHeadsDoNot() {
    // Two full-time target-group employees, eight others a quarter of the time.
    Workforce partTimeOthers = workforce(
        WorkforceLine.of(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 8, new BigDecimal("2.00")),
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT_WITH_WAGE_SUBSIDY, TargetGroup.LONG_TERM_UNEMPLOYED, 2));
    Finding heads = share(STATUTORY, partTimeOthers);
    assertFinding(heads, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertEquals("20.00 %", figureText(heads, "share"));
    Finding fte = share(BY_FTE, partTimeOthers);
    assertFinding(fte, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(fte, "basis", "FULL_TIME_EQUIVALENTS", "threshold", "30 %", "targetGroup", "2",
        "occupied", "4.00", "period", "2017-12-01", "share", "50.00 %");
  }

  @Test
  void excludingAnEngagementFormChangesTheDenominator() {
    Workforce mixed = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 10),
        WorkforceLine.ofFullTime(EngagementForm.WORK_TRAINING, TargetGroup.NONE, 10),
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT_WITH_WAGE_SUBSIDY, TargetGroup.DISABILITY, 6));
    Finding everyForm = share(STATUTORY, mixed);
    assertFinding(everyForm, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertEquals("26", figureText(everyForm, "occupied"));
    assertEquals("23.07 %", figureText(everyForm, "share"));

    ShareRequirement employmentOnly = ShareRequirement.builder()
        .countedForms(EnumSet.of(EngagementForm.EMPLOYMENT, EngagementForm.EMPLOYMENT_WITH_WAGE_SUBSIDY))
        .build();
    Finding employed = share(employmentOnly, mixed);
    assertFinding(employed, Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(employed, "basis", "HEADS", "threshold", "30 %", "targetGroup", "6", "occupied", "16",
        "period", "2017-12-01", "share", "37.50 %");
  }

  @Test
  void aTargetGroupPersonInAFormNotCountedIsNotCounted() {
    Workforce workforce = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7),
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.DISABILITY, 2),
        WorkforceLine.ofFullTime(EngagementForm.PLACEMENT, TargetGroup.DISABILITY, 5));
    ShareRequirement employmentOnly = ShareRequirement.builder().countedForms(EnumSet.of(EngagementForm.EMPLOYMENT)).build();
    Finding finding = share(employmentOnly, workforce);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertEquals("2", figureText(finding, "targetGroup"));
    assertEquals("9", figureText(finding, "occupied"));
    assertEquals(Outcome.MET, share(STATUTORY, workforce).getOutcome());
  }

  @Test
  void restrictingTheTargetGroupsCountsOnlyThose() {
    Workforce workforce = workforce(
        WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 14),
        WorkforceLine.ofFullTime(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3),
        WorkforceLine.ofFullTime(EngagementForm.WORK_TRAINING, TargetGroup.NEWLY_ARRIVED, 3));
    assertFinding(share(STATUTORY, workforce), Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    ShareRequirement disabilityOnly = ShareRequirement.builder().targetGroups(EnumSet.of(TargetGroup.DISABILITY)).build();
    Finding finding = share(disabilityOnly, workforce);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertFigures(finding, "basis", "HEADS", "threshold", "30 %", "targetGroup", "3", "occupied", "20",
        "period", "2017-12-01", "share", "15.00 %");
  }

  @Test
  void nobodyOccupiedIsNotMetWithItsOwnReason() {
    Finding empty = share(STATUTORY, workforce());
    assertFinding(empty, Lou4Kap18.SHARE, Outcome.NOT_MET, "NO_ONE_OCCUPIED");
    assertFigures(empty, "basis", "HEADS", "threshold", "30 %", "occupied", "0",
        "period", "2017-12-01");
    assertEquals("Nobody is occupied in the counted forms (0 heads in 2017-12-01), so no share of at least 30 %"
        + " can be reached.", empty.getMessage(Locale.ENGLISH));

    Workforce zeroHeads = workforce(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.DISABILITY, 0));
    assertFinding(share(STATUTORY, zeroHeads), Lou4Kap18.SHARE, Outcome.NOT_MET, "NO_ONE_OCCUPIED");
  }

  @Test
  void nobodyInTheCountedFormsOrNoWorkingTimeIsNobodyOccupied() {
    Workforce onlyPlacements = workforce(WorkforceLine.ofFullTime(EngagementForm.PLACEMENT, TargetGroup.DISABILITY, 4));
    ShareRequirement employmentOnly = ShareRequirement.builder().countedForms(EnumSet.of(EngagementForm.EMPLOYMENT)).build();
    assertFinding(share(employmentOnly, onlyPlacements), Lou4Kap18.SHARE, Outcome.NOT_MET, "NO_ONE_OCCUPIED");

    Workforce noWorkingTime = workforce(
        WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 3, BigDecimal.ZERO));
    assertFinding(share(STATUTORY, noWorkingTime), Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    Finding byFte = share(BY_FTE, noWorkingTime);
    assertFinding(byFte, Lou4Kap18.SHARE, Outcome.NOT_MET, "NO_ONE_OCCUPIED");
    assertEquals("0", figureText(byFte, "occupied"));
  }

  @Test
  void noWorkforceIsUndetermined() {
    Enterprise bidder = Bidders.qualifying().toBuilder().workforce(Optional.empty()).build();
    Finding finding = Lou4Kap18.share(BY_FTE).evaluate(bidder, DEADLINE);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding, "basis", "FULL_TIME_EQUIVALENTS", "threshold", "30 %");
    assertEquals("The workforce is not known, so the share requirement of 30 % (counted in full-time equivalents)"
        + " cannot be judged; ask for the number occupied per target group.", finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void swedishMessagesShowFiguresInSwedish() {
    Finding fte = share(BY_FTE, workforce(
        WorkforceLine.of(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 7, new BigDecimal("7.00")),
        WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.LONG_TERM_UNEMPLOYED, 1, new BigDecimal("0.75"))));
    assertEquals("0,75 av 7,75 sysselsatta (heltidsekvivalenter) tillhör målgrupperna (9,67 %), under andelskravet 30 %"
        + " (period 2017-12-01).", fte.getMessage(Locale.forLanguageTag("sv")));
    assertEquals("0.75 of 7.75 occupied full-time equivalents belong to the target groups (9.67 %), below the"
        + " threshold of 30 % (period 2017-12-01).", fte.getMessage(Locale.ENGLISH));
    // Programs read the typed figures, not the text.
    assertEquals(new BigDecimal("7.75"), fte.figure("occupied").orElseThrow().getDecimal().orElseThrow());
    assertEquals(CountingBasis.FULL_TIME_EQUIVALENTS, fte.figure("basis").orElseThrow().getCode().orElseThrow());
    assertEquals(se.asf.rules.Figure.Kind.SHARE, fte.figure("share").orElseThrow().getKind());
  }

  @Test
  void aWorkforcePeriodAfterTheAssessmentDateIsUndetermined() {
    Workforce later = Workforce.builder().period(DatePeriod.ofDate(DEADLINE.plusDays(1)))
        .addAllLines(Bidders.workforce(8, 12).getLines()).build();
    Finding finding = share(STATUTORY, later);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "PERIOD_AFTER_ASSESSMENT_DATE");
    assertFigures(finding, "period", "2017-12-12", "assessmentDate", "2017-12-11");
    // A period that begins on the assessment date is as of that date.
    Workforce sameDay = Workforce.builder().period(DatePeriod.ofDate(DEADLINE))
        .addAllLines(Bidders.workforce(8, 12).getLines()).build();
    assertFinding(share(STATUTORY, sameDay), Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
  }

  @Test
  void aWorkforcePeriodOlderThanTheRuleAllowsIsUndetermined() {
    Rule yearOld = Lou4Kap18.share(STATUTORY, java.time.Period.ofYears(1));
    Workforce old = Workforce.builder().period(DatePeriod.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 10)))
        .addAllLines(Bidders.workforce(8, 12).getLines()).build();
    Finding finding = yearOld.evaluate(Bidders.qualifying().toBuilder().workforce(old).build(), DEADLINE);
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "PERIOD_TOO_OLD");
    assertFigures(finding, "period", "2016-01-01/2016-12-10", "earliestEnd", "2016-12-11");
    Workforce recent = Workforce.builder().period(DatePeriod.of(LocalDate.of(2016, 1, 1), LocalDate.of(2016, 12, 11)))
        .addAllLines(Bidders.workforce(8, 12).getLines()).build();
    assertEquals(Outcome.MET, yearOld.evaluate(Bidders.qualifying().toBuilder().workforce(recent).build(), DEADLINE)
        .getOutcome());
    assertThrows(IllegalArgumentException.class, () -> Lou4Kap18.share(STATUTORY, java.time.Period.ofDays(-1)));
  }

  @Test
  void aCountingPeriodIsShownAsAnInterval() {
    Workforce overAYear = Workforce.builder()
        .period(DatePeriod.of(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 11, 30)))
        .addAllLines(Bidders.workforce(8, 12).getLines())
        .build();
    Finding finding = share(STATUTORY, overAYear);
    assertEquals("2017-01-01/2017-11-30", figureText(finding, "period"));
    assertTrue(finding.getMessage(Locale.forLanguageTag("sv")).contains("(period 2017-01-01/2017-11-30)"), finding.getMessage(Locale.forLanguageTag("sv")));
  }

  @Test
  void theAssessmentDateDoesNotChangeTheShare() {
    Enterprise bidder = Bidders.qualifying();
    assertEquals(Lou4Kap18.share(STATUTORY).evaluate(bidder, DEADLINE),
        Lou4Kap18.share(STATUTORY).evaluate(bidder, LocalDate.of(2020, 5, 31)));
  }

  @Test
  void addingATargetGroupPersonNeverTurnsMetIntoNotMet() {
    qt().forAll(Generators.workforces(), Generators.shareRequirements(), Generators.fractionsOfOne())
        .checkAssert((workforce, requirement, workingTime) -> {
          Finding before = share(requirement, workforce);
          EngagementForm form = requirement.getCountedForms().iterator().next();
          TargetGroup group = requirement.getTargetGroups().iterator().next();
          Finding after = share(requirement, workforce.plus(WorkforceLine.of(form, group, 1, workingTime)));
          if (before.getOutcome() == Outcome.MET) {
            assertEquals(Outcome.MET, after.getOutcome(), () -> before + " then " + after);
          }
          assertNotEquals(Outcome.UNDETERMINED, after.getOutcome());
        });
  }

  @Test
  void addingATargetGroupPersonInAnyCountedFormAndGroupKeepsTheShareMet() {
    qt().forAll(Generators.workforces(), Generators.shareRequirements(), Generators.fractionsOfOne())
        .checkAssert((workforce, requirement, workingTime) -> {
          Finding before = share(requirement, workforce);
          for (EngagementForm form : requirement.getCountedForms()) {
            for (TargetGroup group : requirement.getTargetGroups()) {
              Finding after = share(requirement, workforce.plus(WorkforceLine.of(form, group, 1, workingTime)));
              if (before.getOutcome() == Outcome.MET) {
                assertEquals(Outcome.MET, after.getOutcome(), () -> before + " then " + after);
              }
            }
          }
        });
  }

  @Test
  void theShareDecisionIsTheExactComparison() {
    qt().forAll(Generators.workforces(), Generators.shareRequirements()).checkAssert((workforce, requirement) -> {
      Finding finding = share(requirement, workforce);
      BigDecimal occupied = workforce.count(requirement.getCountingBasis(),
          line -> requirement.getCountedForms().contains(line.getForm())).orElseThrow();
      BigDecimal target = workforce.count(requirement.getCountingBasis(),
          line -> requirement.getCountedForms().contains(line.getForm())
              && requirement.getTargetGroups().contains(line.getGroup())).orElseThrow();
      Outcome expected = occupied.signum() == 0 ? Outcome.NOT_MET
          : target.compareTo(requirement.getThreshold().getFraction().multiply(occupied)) >= 0
              ? Outcome.MET : Outcome.NOT_MET;
      assertEquals(expected, finding.getOutcome());
      assertEquals(occupied.signum() == 0, "NO_ONE_OCCUPIED".equals(finding.getReasonCode()));
    });
  }

  private static ShareRequirement threshold(String fraction) {
    return ShareRequirement.builder().threshold(Share.ofFraction(fraction)).build();
  }

  // --- LOU-4-18-PURPOSE ---

  @Test
  void aMainAimInTheStatutesIsStated() {
    Finding finding = Lou4Kap18.purpose().evaluate(Bidders.qualifying(), DEADLINE);
    assertFinding(finding, Lou4Kap18.PURPOSE, Outcome.MET, "STATED");
    assertFigures(finding, "source", "STATUTES", "document", Bidders.STATUTES);
    assertEquals(Sources.LOU_4_18, finding.getSource());
  }

  @Test
  void aMainAimInAnotherDocumentIsStated() {
    Enterprise bidder = Bidders.qualifying().toBuilder().purpose(PurposeEvidence.builder()
        .source(EvidenceSource.OTHER_DOCUMENT).integrationOverarching(true)
        .document(DocumentReference.of("Affärsplan 2017")).build()).build();
    Finding finding = Lou4Kap18.purpose().evaluate(bidder, DEADLINE);
    assertFinding(finding, Lou4Kap18.PURPOSE, Outcome.MET, "STATED");
    assertFigures(finding, "source", "OTHER_DOCUMENT", "document", "Affärsplan 2017");
  }

  @Test
  void aSelfDeclaredMainAimIsUndetermined() {
    Finding finding = Lou4Kap18.purpose().evaluate(Bidders.selfDeclaredPurpose(), DEADLINE);
    assertFinding(finding, Lou4Kap18.PURPOSE, Outcome.UNDETERMINED, "SELF_DECLARATION_ONLY");
    assertFigures(finding, "document", "-");
  }

  @Test
  void anotherMainAimIsNotMetWhateverTheSource() {
    for (EvidenceSource source : EvidenceSource.values()) {
      Enterprise bidder = Bidders.qualifying().toBuilder()
          .purpose(PurposeEvidence.builder().source(source).integrationOverarching(false).build()).build();
      Finding finding = Lou4Kap18.purpose().evaluate(bidder, DEADLINE);
      assertFinding(finding, Lou4Kap18.PURPOSE, Outcome.NOT_MET, "NOT_OVERARCHING");
      assertFigures(finding, "source", source.name(), "document", "-");
    }
  }

  @Test
  void noEvidenceOfTheMainAimIsUndetermined() {
    Finding finding = Lou4Kap18.purpose().evaluate(Bidders.missingEvidence(), DEADLINE);
    assertFinding(finding, Lou4Kap18.PURPOSE, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
  }

  // --- HFD-2021-48-ENTITY ---

  @Test
  void aUnitCannotQualifyOnItsOwn() {
    Finding finding = Lou4Kap18.legalEntity().evaluate(Bidders.unitOfLargerBody(), DEADLINE);
    assertFinding(finding, Lou4Kap18.LEGAL_ENTITY, Outcome.NOT_MET, "UNIT_ONLY");
    assertFigures(finding, "unit", Bidders.UNIT, "identity", "769600-0004");
    assertEquals(Sources.HFD_2021_48, finding.getSource());
    assertEquals("The evidence describes the unit " + Bidders.UNIT + ", not the whole legal entity 769600-0004;"
        + " a unit cannot qualify on its own.", finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void theWholeLegalEntityQualifies() {
    Finding finding = Lou4Kap18.legalEntity().evaluate(Bidders.qualifying(), DEADLINE);
    assertFinding(finding, Lou4Kap18.LEGAL_ENTITY, Outcome.MET, "WHOLE_ENTITY");
    assertFigures(finding, "identity", "769600-0004");
  }

  @Test
  void aSoleTradersIdentityIsShownMasked() {
    Finding finding = Lou4Kap18.legalEntity().evaluate(Bidders.soleTrader(), DEADLINE);
    assertFinding(finding, Lou4Kap18.LEGAL_ENTITY, Outcome.MET, "WHOLE_ENTITY");
    assertFigures(finding, "identity", "19121212-****");
    assertFalse(finding.toString().contains("1212-1212") || finding.toString().contains("19121212-1212"));
  }
}
