package se.asf.rules.definition;

import java.util.Locale;
import static se.asf.rules.fixtures.FindingAssertions.figureText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.rules.fixtures.FindingAssertions.assertFigures;
import static se.asf.rules.fixtures.FindingAssertions.assertFinding;
import static se.asf.rules.fixtures.FindingAssertions.ruleIds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.ParticipationEvidenceBuilder;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.Rule;
import se.asf.rules.RuleSet;
import se.asf.rules.Sources;
import se.asf.rules.fixtures.Bidders;

class TillvaxtverketDefinitionTest {
  private static final LocalDate DATE = LocalDate.of(2017, 12, 11);
  private static final List<String> RULE_IDS =
      List.of("TVV-ENTITY", "TVV-BUSINESS", "TVV-PURPOSE", "TVV-PARTICIPATION", "TVV-REINVESTMENT", "TVV-INDEPENDENCE");

  private static Finding reinvestment(Enterprise enterprise) {
    return TillvaxtverketDefinition.reinvestment(TillvaxtverketDefinition.DEFAULT_REINVESTMENT_THRESHOLD)
        .evaluate(enterprise, DATE);
  }

  private static Finding participation(ParticipationMechanism mechanism, String document) {
    ParticipationEvidenceBuilder evidence = ParticipationEvidence.builder().mechanism(mechanism);
    if (document != null) {
      evidence.document(DocumentReference.of(document));
    }
    Enterprise enterprise = Bidders.qualifying().toBuilder().participation(evidence.build()).build();
    return TillvaxtverketDefinition.participation().evaluate(enterprise, DATE);
  }

  // --- the rule set ---

  @Test
  void theRuleSetJudgesTheBusinessAndTheFourCriteria() {
    RuleSet rules = TillvaxtverketDefinition.ruleSet();
    assertEquals("TVV-ASF", rules.getId());
    assertEquals("2", rules.getVersion());
    assertEquals(Optional.empty(), rules.getProcurementReference());
    assertEquals(RULE_IDS, rules.getRules().stream().map(Rule::getId).toList());
    assertEquals(Share.ofPercent(75), TillvaxtverketDefinition.DEFAULT_REINVESTMENT_THRESHOLD);
  }

  @Test
  void theQualifyingBidderMeetsTheDefinition() {
    Assessment assessment = TillvaxtverketDefinition.ruleSet().assess(Bidders.qualifying(), DATE);
    assertEquals(Outcome.MET, assessment.getOutcome());
    assertEquals(RULE_IDS, ruleIds(assessment.getFindings()));
    assessment.getFindings().forEach(f -> assertEquals(Sources.TILLVAXTVERKET, f.getSource()));
    assertEquals("TVV-ASF", assessment.getRuleSetId());
    assertEquals(DATE, assessment.getAssessmentDate());
    assertEquals(Optional.empty(), assessment.getProcurementReference());
  }

  @Test
  void aUnitsOwnEvidenceDoesNotMakeTheEntityAnAsf() {
    // The qualifying bidder's evidence, as a unit of a private company: every criterion is met on
    // the unit's evidence, but the definition concerns the enterprise.
    Enterprise unit = Bidders.qualifying().toBuilder().unit("Second hand-avdelningen").build();
    Assessment assessment = TillvaxtverketDefinition.ruleSet().assess(unit, DATE);
    assertEquals(Outcome.NOT_MET, assessment.getOutcome());
    Finding entity = assessment.finding(TillvaxtverketDefinition.ENTITY).orElseThrow();
    assertFinding(entity, "TVV-ENTITY", Outcome.NOT_MET, "UNIT_ONLY");
    assertFigures(entity, "unit", "Second hand-avdelningen", "identity", Bidders.qualifying().getIdentity().toString());
    assertEquals(Sources.TILLVAXTVERKET, entity.getSource());
    assessment.getFindings().stream().filter(f -> f != entity)
        .forEach(f -> assertEquals(Outcome.MET, f.getOutcome(), f.getRuleId()));
    assertFinding(TillvaxtverketDefinition.wholeEntity().evaluate(Bidders.qualifying(), DATE), "TVV-ENTITY",
        Outcome.MET, "WHOLE_ENTITY");
  }

  @Test
  void theRuleSetUsesTheChosenReinvestmentThreshold() {
    Enterprise sixtyPercent = Bidders.reinvestingByFigures("60", "40");
    assertEquals(Outcome.NOT_MET, TillvaxtverketDefinition.ruleSet().assess(sixtyPercent, DATE)
        .finding(TillvaxtverketDefinition.REINVESTMENT).orElseThrow().getOutcome());
    Finding chosen = TillvaxtverketDefinition.ruleSet(Share.ofPercent(60)).assess(sixtyPercent, DATE)
        .finding(TillvaxtverketDefinition.REINVESTMENT).orElseThrow();
    assertFinding(chosen, TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "THRESHOLD_REACHED");
    assertEquals("60 %", figureText(chosen, "threshold"));
  }

  // --- TVV-BUSINESS ---

  @Test
  void aBusinessActivityIsABusiness() {
    Finding finding = TillvaxtverketDefinition.business().evaluate(Bidders.qualifying(), DATE);
    assertFinding(finding, TillvaxtverketDefinition.BUSINESS, Outcome.MET, "SELLS_GOODS_OR_SERVICES");
    assertFigures(finding, "activities", "Second hand, Café och catering");
    assertEquals("The enterprise runs a business: Second hand, Café och catering.", finding.getMessage(Locale.ENGLISH));
    assertEquals(Sources.TILLVAXTVERKET, finding.getSource());
  }

  @Test
  void noBusinessActivityIsUndetermined() {
    Finding finding = TillvaxtverketDefinition.business().evaluate(Bidders.missingEvidence(), DATE);
    assertFinding(finding, TillvaxtverketDefinition.BUSINESS, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
  }

  // --- TVV-PURPOSE (the judgement itself is tested in JudgementsTest) ---

  @Test
  void thePurposeInTheStatutesIsStated() {
    Finding finding = TillvaxtverketDefinition.purpose().evaluate(Bidders.qualifying(), DATE);
    assertFinding(finding, TillvaxtverketDefinition.PURPOSE, Outcome.MET, "STATED");
    assertFigures(finding, "source", "STATUTES", "document", Bidders.STATUTES);
    assertEquals(Sources.TILLVAXTVERKET, finding.getSource());
  }

  @Test
  void aSelfDeclaredPurposeIsUndetermined() {
    assertFinding(TillvaxtverketDefinition.purpose().evaluate(Bidders.selfDeclaredPurpose(), DATE),
        TillvaxtverketDefinition.PURPOSE, Outcome.UNDETERMINED, "SELF_DECLARATION_ONLY");
  }

  @Test
  void noPurposeEvidenceIsUndetermined() {
    assertFinding(TillvaxtverketDefinition.purpose().evaluate(Bidders.missingEvidence(), DATE),
        TillvaxtverketDefinition.PURPOSE, Outcome.UNDETERMINED, "NO_EVIDENCE");
  }

  // --- TVV-PARTICIPATION ---

  @Test
  void ownershipAndAgreementAreParticipationEvenWithoutADocument() {
    Finding owners = participation(ParticipationMechanism.OWNERSHIP, null);
    assertFinding(owners, TillvaxtverketDefinition.PARTICIPATION, Outcome.MET, "PARTICIPATION");
    assertFigures(owners, "mechanism", "OWNERSHIP", "document", "-");
    Finding agreement = participation(ParticipationMechanism.AGREEMENT, "Delaktighetsavtal 2017");
    assertFinding(agreement, TillvaxtverketDefinition.PARTICIPATION, Outcome.MET, "PARTICIPATION");
    assertFigures(agreement, "mechanism", "AGREEMENT", "document", "Delaktighetsavtal 2017");
    assertEquals("Co-workers take part through an agreement (document Delaktighetsavtal 2017).", agreement.getMessage(Locale.ENGLISH));
  }

  @Test
  void anotherWayMustBeDocumented() {
    Finding undocumented = participation(ParticipationMechanism.OTHER_DOCUMENTED, null);
    assertFinding(undocumented, TillvaxtverketDefinition.PARTICIPATION, Outcome.UNDETERMINED, "NOT_DOCUMENTED");
    assertFigures(undocumented, "mechanism", "OTHER_DOCUMENTED");
    Finding documented = participation(ParticipationMechanism.OTHER_DOCUMENTED, "Arbetsplatsträffar, protokoll");
    assertFinding(documented, TillvaxtverketDefinition.PARTICIPATION, Outcome.MET, "PARTICIPATION");
  }

  @Test
  void noParticipationEvidenceIsUndetermined() {
    Finding finding = TillvaxtverketDefinition.participation().evaluate(Bidders.missingEvidence(), DATE);
    assertFinding(finding, TillvaxtverketDefinition.PARTICIPATION, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
  }

  // --- TVV-REINVESTMENT ---

  @Test
  void aStiftelseAndAnAbSvbReinvestByLaw() {
    Finding stiftelse = reinvestment(Bidders.stiftelse());
    assertFinding(stiftelse, TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "LEGAL_FORM");
    assertFigures(stiftelse, "legalForm", "Stiftelse");
    Finding svb = reinvestment(Bidders.aktiebolagSvb());
    assertFinding(svb, TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "LEGAL_FORM");
    assertFigures(svb, "legalForm", "Aktiebolag med särskild vinstutdelningsbegränsning");
    // The legal form decides even over reported distributions.
    Enterprise distributingSvb = Bidders.aktiebolagSvb().toBuilder()
        .profitPolicy(ProfitPolicy.builder().addFiscalYear(Bidders.fiscalYear(2016, "10", "90")).build()).build();
    assertEquals(Outcome.MET, reinvestment(distributingSvb).getOutcome());
  }

  @Test
  void statutesThatRestrictDistributionMeetTheCriterion() {
    for (DistributionRule rule : List.of(DistributionRule.NO_DISTRIBUTION,
        DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS, DistributionRule.MAINLY_REINVESTED)) {
      Finding finding = reinvestment(Bidders.withClause(rule));
      assertFinding(finding, TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "STATUTES");
      assertFigures(finding, "clause", rule.name());
    }
  }

  @Test
  void statutesThatAllowDistributionLeaveItToTheFigures() {
    for (DistributionRule rule : List.of(DistributionRule.CAPPED, DistributionRule.UNRESTRICTED)) {
      Finding noFigures = reinvestment(Bidders.withClause(rule));
      assertFinding(noFigures, TillvaxtverketDefinition.REINVESTMENT, Outcome.UNDETERMINED, "NO_EVIDENCE");
      assertFigures(noFigures, "clause", rule.name());
      Enterprise withFigures = Bidders.qualifying().toBuilder().profitPolicy(ProfitPolicy.builder()
          .statutesClause(DistributionClause.of(rule)).addFiscalYear(Bidders.fiscalYear(2016, "80", "20")).build()).build();
      assertFinding(reinvestment(withFigures), TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "THRESHOLD_REACHED");
    }
  }

  @Test
  void exactlySeventyFivePercentReinvestedMeetsTheDefaultThreshold() {
    Finding finding = reinvestment(Bidders.reinvestingByFigures("75", "25"));
    assertFinding(finding, TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(finding, "years", "1", "reinvested", "75", "distributed", "25", "share", "75.00 %", "threshold", "75 %");
    assertEquals("Over 1 fiscal years 75 SEK was reinvested and 25 SEK distributed: 75.00 % reinvested,"
        + " at least the threshold of 75 %.", finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void seventyFourPointNineNinePercentIsBelow() {
    Finding finding = reinvestment(Bidders.reinvestingByFigures("74.99", "25.01"));
    assertFinding(finding, TillvaxtverketDefinition.REINVESTMENT, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertFigures(finding, "years", "1", "reinvested", "74.99", "distributed", "25.01", "share", "74.99 %",
        "threshold", "75 %");
  }

  @Test
  void theDecisionIsExactWhileTheShareShownIsRounded() {
    // 74.999 % is shown rounded down, as 74.99 %, and does not reach 75 %.
    Finding finding = reinvestment(Bidders.reinvestingByFigures("74999", "25001"));
    assertFinding(finding, TillvaxtverketDefinition.REINVESTMENT, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertEquals("74.99 %", figureText(finding, "share"));
  }

  @Test
  void theFiguresAreSummedOverTheYears() {
    // 2015 alone is 100 % and 2016 alone 50 %; together 150 of 200 is exactly 75 %.
    Enterprise twoYears = Bidders.qualifying().toBuilder().profitPolicy(ProfitPolicy.builder()
        .addFiscalYear(Bidders.fiscalYear(2015, "100", "0"))
        .addFiscalYear(Bidders.fiscalYear(2016, "50.00", "50.00")).build()).build();
    Finding finding = reinvestment(twoYears);
    assertFinding(finding, TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "THRESHOLD_REACHED");
    assertFigures(finding, "years", "2", "reinvested", "150.00", "distributed", "50.00", "share", "75.00 %",
        "threshold", "75 %");
  }

  @Test
  void transfersToIdeburnaOrganisationsAreNeitherReinvestedNorDistributed() {
    Enterprise transferring = Bidders.qualifying().toBuilder().profitPolicy(ProfitPolicy.builder()
        .addFiscalYear(FiscalYear.builder().year(Year.of(2016)).reinvested(new BigDecimal("75"))
            .distributed(new BigDecimal("25")).transferredToIdeburna(new BigDecimal("1000")).build())
        .build()).build();
    assertEquals("75.00 %", figureText(reinvestment(transferring), "share"));
  }

  @Test
  void aChosenThresholdIsUsed() {
    Rule sixty = TillvaxtverketDefinition.reinvestment(Share.ofPercent(60));
    Finding met = sixty.evaluate(Bidders.reinvestingByFigures("60", "40"), DATE);
    assertFinding(met, TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "THRESHOLD_REACHED");
    assertEquals("60 %", figureText(met, "threshold"));
    assertFinding(sixty.evaluate(Bidders.reinvestingByFigures("59", "41"), DATE),
        TillvaxtverketDefinition.REINVESTMENT, Outcome.NOT_MET, "BELOW_THRESHOLD");
    assertFinding(reinvestment(Bidders.reinvestingByFigures("60", "40")),
        TillvaxtverketDefinition.REINVESTMENT, Outcome.NOT_MET, "BELOW_THRESHOLD");
  }

  @Test
  void noSurplusCannotBeJudged() {
    Finding finding = reinvestment(Bidders.reinvestingByFigures("0", "0.00"));
    assertFinding(finding, TillvaxtverketDefinition.REINVESTMENT, Outcome.UNDETERMINED, "NO_SURPLUS");
    assertFigures(finding, "years", "1", "reinvested", "0", "distributed", "0.00");
  }

  @Test
  void noProfitEvidenceIsUndetermined() {
    Finding nothing = reinvestment(Bidders.aktiebolag());
    assertFinding(nothing, TillvaxtverketDefinition.REINVESTMENT, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(nothing, "clause", "-");
    Enterprise emptyPolicy = Bidders.aktiebolag().toBuilder().profitPolicy(ProfitPolicy.builder().build()).build();
    assertFinding(reinvestment(emptyPolicy), TillvaxtverketDefinition.REINVESTMENT, Outcome.UNDETERMINED, "NO_EVIDENCE");
  }

  @Test
  void aSoleTraderIsJudgedByTheFigures() {
    assertFinding(reinvestment(Bidders.soleTrader()), TillvaxtverketDefinition.REINVESTMENT, Outcome.UNDETERMINED,
        "NO_EVIDENCE");
    Enterprise reinvesting = Bidders.soleTrader().toBuilder()
        .profitPolicy(ProfitPolicy.builder().addFiscalYear(Bidders.fiscalYear(2016, "90", "10")).build()).build();
    assertFinding(reinvestment(reinvesting), TillvaxtverketDefinition.REINVESTMENT, Outcome.MET, "THRESHOLD_REACHED");
  }

  // --- TVV-INDEPENDENCE (the judgement itself is tested in JudgementsTest) ---

  @Test
  void independenceIsJudgedFromOwnershipAndCitesTillvaxtverket() {
    Finding met = TillvaxtverketDefinition.independence().evaluate(Bidders.qualifying(), DATE);
    assertFinding(met, TillvaxtverketDefinition.INDEPENDENCE, Outcome.MET, "INDEPENDENT");
    assertEquals(Sources.TILLVAXTVERKET, met.getSource());
    assertFinding(TillvaxtverketDefinition.independence().evaluate(Bidders.withoutOwnership(), DATE),
        TillvaxtverketDefinition.INDEPENDENCE, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFinding(TillvaxtverketDefinition.independence().evaluate(Bidders.publicBody(), DATE),
        TillvaxtverketDefinition.INDEPENDENCE, Outcome.NOT_MET, "PUBLIC_SECTOR_IDENTITY");
  }
}
