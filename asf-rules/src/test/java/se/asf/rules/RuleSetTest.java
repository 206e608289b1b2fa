package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static se.asf.rules.fixtures.FindingAssertions.ruleIds;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.rules.definition.SkoopiProfile;
import se.asf.rules.definition.TillvaxtverketDefinition;
import se.asf.rules.fixtures.Bidders;
import se.asf.rules.fixtures.Generators;
import se.asf.rules.reserved.Lou19Kap6a;
import se.asf.rules.reserved.ProcurementRules;

class RuleSetTest {
  private static final LocalDate DEADLINE = Hbs2017Pilot.TENDER_DEADLINE;
  /** Every rule set the library builds. */
  private static final List<RuleSet> RULE_SETS = List.of(
      ProcurementRules.forProcurement(Hbs2017Pilot.procurement()),
      TillvaxtverketDefinition.ruleSet(),
      TillvaxtverketDefinition.ruleSet(Share.ofPercent(60)),
      SkoopiProfile.ruleSet(),
      Lou19Kap6a.ruleSet());
  private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("ar-SA"),
      Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("sv-SE"),
      Locale.forLanguageTag("en-US"));
  private static final List<TimeZone> ZONES = List.of(TimeZone.getTimeZone("Pacific/Kiritimati"),
      TimeZone.getTimeZone("America/St_Johns"), TimeZone.getTimeZone("Asia/Kathmandu"),
      TimeZone.getTimeZone("Europe/Stockholm"), TimeZone.getTimeZone("UTC"));

  private static Rule fixed(String id, Outcome outcome) {
    return Rule.of(id, (enterprise, date) -> Finding.builder().ruleId(id).reason(Reason.of("TEST", outcome, List.of()))
        .source("Test").putText("sv", "Svensk text").putText("en", "English text").build());
  }

  @Test
  void anAssessmentRecordsTheSubjectTheRuleSetAndTheDate() {
    RuleSet rules = RuleSet.builder().id("TEST").version("7").procurementReference("REF-1")
        .addRule(fixed("B", Outcome.MET)).addRule(fixed("A", Outcome.UNDETERMINED)).build();
    Assessment assessment = rules.assess(Bidders.soleTrader(), DEADLINE);
    assertEquals("Tolvans Second Hand", assessment.getSubjectName());
    assertEquals("19121212-****", assessment.getSubjectIdentity());
    assertEquals("TEST", assessment.getRuleSetId());
    assertEquals("7", assessment.getRuleSetVersion());
    assertEquals("REF-1", assessment.getProcurementReference().orElseThrow());
    assertEquals(DEADLINE, assessment.getAssessmentDate());
    assertEquals(List.of("B", "A"), ruleIds(assessment.getFindings()));
    assertEquals(Outcome.UNDETERMINED, assessment.getOutcome());
  }

  @Test
  void aRuleIdAppearsAtMostOnce() {
    InvariantViolationException thrown = assertThrows(InvariantViolationException.class, () -> RuleSet.builder()
        .id("TEST").version("1").addRule(fixed("A", Outcome.MET)).addRule(fixed("A", Outcome.NOT_MET)).build());
    assertEquals(Invariant.DUPLICATE_ENTRY, thrown.getInvariant());
    assertEquals("rules", thrown.getAttribute());
  }

  @Test
  void theOverallOutcomeIsNotMetThenUndeterminedThenMet() {
    qt().forAll(Generators.enterprises()).checkAssert(enterprise -> {
      for (RuleSet rules : RULE_SETS) {
        Assessment assessment = rules.assess(enterprise, DEADLINE);
        List<Outcome> outcomes = assessment.getFindings().stream().map(Finding::getOutcome).toList();
        Outcome expected = outcomes.contains(Outcome.NOT_MET) ? Outcome.NOT_MET
            : outcomes.contains(Outcome.UNDETERMINED) ? Outcome.UNDETERMINED : Outcome.MET;
        assertEquals(expected, assessment.getOutcome(), assessment::toString);
        assertEquals(rules.getRules().stream().map(Rule::getId).toList(), ruleIds(assessment.getFindings()));
      }
    });
  }

  @Test
  void theGeneratorReachesEveryOverallOutcome() {
    // The property above is only as good as the enterprises it sees. An overall MET is rare among
    // random enterprises, so this check runs on a fixed seed: a random run could miss it by chance
    // and fail a build that is not broken.
    Set<Outcome> seen = EnumSet.noneOf(Outcome.class);
    qt().withFixedSeed(20171211L).withExamples(1000).forAll(Generators.enterprises()).checkAssert(enterprise -> {
      for (RuleSet rules : RULE_SETS) {
        seen.add(rules.assess(enterprise, DEADLINE).getOutcome());
      }
    });
    assertEquals(EnumSet.allOf(Outcome.class), seen);
  }

  @Test
  void assessmentsDoNotDependOnTheDefaultLocaleOrTimeZone() {
    Locale locale = Locale.getDefault();
    Locale displayLocale = Locale.getDefault(Locale.Category.DISPLAY);
    Locale formatLocale = Locale.getDefault(Locale.Category.FORMAT);
    TimeZone zone = TimeZone.getDefault();
    try {
      List<Enterprise> fixtures = List.of(Bidders.qualifying(), Bidders.shareTooLow(), Bidders.tooFar(),
          Bidders.unitOfLargerBody(), Bidders.missingEvidence(), Bidders.soleTrader(), Bidders.publicBody(),
          Bidders.reinvestingByFigures("74.99", "25.01"));
      for (Enterprise enterprise : fixtures) {
        assertSameEverywhere(enterprise, locale, zone);
      }
      qt().withExamples(50).forAll(Generators.enterprises())
          .checkAssert(enterprise -> assertSameEverywhere(enterprise, locale, zone));
    } finally {
      Locale.setDefault(locale);
      Locale.setDefault(Locale.Category.DISPLAY, displayLocale);
      Locale.setDefault(Locale.Category.FORMAT, formatLocale);
      TimeZone.setDefault(zone);
    }
  }

  private static void assertSameEverywhere(Enterprise enterprise, Locale baseLocale, TimeZone baseZone) {
    Locale.setDefault(baseLocale);
    TimeZone.setDefault(baseZone);
    List<Assessment> expected = assessAll(enterprise);
    for (Locale locale : LOCALES) {
      for (TimeZone zone : ZONES) {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
        List<Assessment> actual = assessAll(enterprise);
        Locale.setDefault(baseLocale);
        TimeZone.setDefault(baseZone);
        String where = locale.toLanguageTag() + " " + zone.getID();
        for (int i = 0; i < expected.size(); i++) {
          // Finding by finding first, so that a difference is reported in a few lines.
          for (int j = 0; j < expected.get(i).getFindings().size(); j++) {
            assertEquals(expected.get(i).getFindings().get(j), actual.get(i).getFindings().get(j), where);
          }
          assertEquals(expected.get(i), actual.get(i), where);
        }
      }
    }
  }

  private static List<Assessment> assessAll(Enterprise enterprise) {
    List<Assessment> assessments = new ArrayList<>();
    for (RuleSet rules : RULE_SETS) {
      assessments.add(rules.assess(enterprise, DEADLINE));
    }
    return assessments;
  }
}
