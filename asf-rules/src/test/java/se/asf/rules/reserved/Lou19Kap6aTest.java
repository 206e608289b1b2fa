package se.asf.rules.reserved;

import java.util.Locale;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static se.asf.rules.fixtures.FindingAssertions.assertFigures;
import static se.asf.rules.fixtures.FindingAssertions.assertFinding;
import static se.asf.rules.fixtures.FindingAssertions.ruleIds;

import java.math.BigDecimal;
import java.util.Optional;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.FiscalYear;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.core.enterprise.PublicBenefitScope;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.Rule;
import se.asf.rules.Sources;
import se.asf.rules.fixtures.Bidders;

class Lou19Kap6aTest {
  private static final LocalDate DATE = LocalDate.of(2024, 3, 1);

  private static Finding purpose(EvidenceSource source, PublicBenefitScope scope) {
    var evidence = PurposeEvidence.builder().source(source).integrationOverarching(true);
    if (scope != null) {
      evidence.publicBenefit(scope);
    }
    return Lou19Kap6a.purpose().evaluate(Bidders.qualifying().toBuilder().purpose(evidence.build()).build(), DATE);
  }

  private static Finding transfers(Enterprise enterprise) {
    return Lou19Kap6a.transfers().evaluate(enterprise, DATE);
  }

  @Test
  void theRuleSetHasThreeRulesOfItsOwn() {
    assertEquals("LOU-19-6A", Lou19Kap6a.ruleSet().getId());
    assertEquals("1", Lou19Kap6a.ruleSet().getVersion());
    assertEquals(List.of("LOU-19-6A-PURPOSE", "LOU-19-6A-TRANSFERS", "LOU-19-6A-CONTROL"),
        Lou19Kap6a.ruleSet().getRules().stream().map(Rule::getId).toList());
    Assessment assessment = Lou19Kap6a.ruleSet().assess(Bidders.qualifying(), DATE);
    assertEquals(Outcome.MET, assessment.getOutcome());
    assertEquals(List.of("LOU-19-6A-PURPOSE", "LOU-19-6A-TRANSFERS", "LOU-19-6A-CONTROL"), ruleIds(assessment.getFindings()));
    assessment.getFindings().forEach(f -> assertEquals(Sources.LOU_19_6A, f.getSource()));
  }

  // --- LOU-19-6A-PURPOSE ---

  @Test
  void anExclusivelyPublicBenefitPurposeInTheStatutesIsMet() {
    Finding finding = purpose(EvidenceSource.STATUTES, PublicBenefitScope.EXCLUSIVELY);
    assertFinding(finding, Lou19Kap6a.PURPOSE, Outcome.MET, "EXCLUSIVELY");
    assertFigures(finding);
  }

  @Test
  void anExclusivelyPublicBenefitPurposeOutsideTheStatutesIsUndetermined() {
    for (EvidenceSource source : List.of(EvidenceSource.OTHER_DOCUMENT, EvidenceSource.SELF_DECLARATION)) {
      Finding finding = purpose(source, PublicBenefitScope.EXCLUSIVELY);
      assertFinding(finding, Lou19Kap6a.PURPOSE, Outcome.UNDETERMINED, "NOT_IN_STATUTES");
      assertFigures(finding, "source", source.name());
    }
  }

  @Test
  void aPartlyOrNoPublicBenefitPurposeIsNotMet() {
    for (PublicBenefitScope scope : List.of(PublicBenefitScope.PARTLY, PublicBenefitScope.NONE)) {
      for (EvidenceSource source : EvidenceSource.values()) {
        Finding finding = purpose(source, scope);
        assertFinding(finding, Lou19Kap6a.PURPOSE, Outcome.NOT_MET, "NOT_EXCLUSIVELY");
        assertFigures(finding, "publicBenefit", scope.name());
      }
    }
  }

  @Test
  void purposeEvidenceThatDoesNotSayIsUndetermined() {
    Finding silent = purpose(EvidenceSource.STATUTES, null);
    assertFinding(silent, Lou19Kap6a.PURPOSE, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(silent, "source", "STATUTES");
    Finding none = Lou19Kap6a.purpose().evaluate(Bidders.missingEvidence(), DATE);
    assertFinding(none, Lou19Kap6a.PURPOSE, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(none, "source", "-");
  }

  // --- LOU-19-6A-TRANSFERS ---

  @Test
  void aDistributionToOwnersFails() {
    Enterprise distributing = Bidders.stiftelse().toBuilder()
        .profitPolicy(ProfitPolicy.builder().addFiscalYear(Bidders.fiscalYear(2022, "100", "5")).build()).build();
    Finding finding = transfers(distributing);
    assertFinding(finding, Lou19Kap6a.TRANSFERS, Outcome.NOT_MET, "DISTRIBUTED");
    assertFigures(finding, "distributed", "5");
  }

  @Test
  void transfersToOtherIdeburnaOrganisationsAreAllowed() {
    Enterprise transferring = Bidders.qualifying().toBuilder().profitPolicy(ProfitPolicy.builder()
        .statutesClause(DistributionClause.of(DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS))
        .addFiscalYear(FiscalYear.builder().year(Year.of(2022)).reinvested(new BigDecimal("100"))
            .distributed(BigDecimal.ZERO).transferredToIdeburna(new BigDecimal("50")).build())
        .build()).build();
    Finding finding = transfers(transferring);
    assertFinding(finding, Lou19Kap6a.TRANSFERS, Outcome.MET, "STATUTES");
    assertFigures(finding, "clause", "ONLY_TO_IDEBURNA_ORGANISATIONS");
  }

  @Test
  void anUnknownTransferToIdeburnaIsNeitherZeroNorAReasonForAnotherVerdict() {
    // Transfers to idéburna organisations are allowed, so no rule needs the amount: unknown or known,
    // the verdict is the same, and neither crashes nor reads the unknown amount as zero.
    for (Optional<BigDecimal> transferred : List.of(Optional.<BigDecimal>empty(), Optional.of(BigDecimal.ZERO),
        Optional.of(new BigDecimal("50")))) {
      Enterprise enterprise = Bidders.qualifying().toBuilder().profitPolicy(ProfitPolicy.builder()
          .statutesClause(DistributionClause.of(DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS))
          .addFiscalYear(FiscalYear.builder().year(Year.of(2022)).reinvested(new BigDecimal("100"))
              .distributed(BigDecimal.ZERO).transferredToIdeburna(transferred).build())
          .build()).build();
      assertFinding(transfers(enterprise), Lou19Kap6a.TRANSFERS, Outcome.MET, "STATUTES");
      Enterprise withoutClause = enterprise.toBuilder().profitPolicy(ProfitPolicy.builder()
          .addFiscalYear(FiscalYear.builder().year(Year.of(2022)).reinvested(new BigDecimal("100"))
              .distributed(new BigDecimal("1")).transferredToIdeburna(transferred).build()).build()).build();
      assertFinding(transfers(withoutClause), Lou19Kap6a.TRANSFERS, Outcome.NOT_MET, "DISTRIBUTED");
    }
  }

  @Test
  void aStiftelseMayNotTransferByLaw() {
    Finding finding = transfers(Bidders.stiftelse());
    assertFinding(finding, Lou19Kap6a.TRANSFERS, Outcome.MET, "LEGAL_FORM");
    assertFigures(finding);
  }

  @Test
  void statutesDecideForTheOtherForms() {
    for (DistributionRule rule : List.of(DistributionRule.NO_DISTRIBUTION, DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS)) {
      Finding finding = transfers(Bidders.withClause(rule));
      assertFinding(finding, Lou19Kap6a.TRANSFERS, Outcome.MET, "STATUTES");
      assertFigures(finding, "clause", rule.name());
    }
    for (DistributionRule rule : List.of(DistributionRule.MAINLY_REINVESTED, DistributionRule.CAPPED,
        DistributionRule.UNRESTRICTED)) {
      Finding finding = transfers(Bidders.withClause(rule));
      assertFinding(finding, Lou19Kap6a.TRANSFERS, Outcome.NOT_MET, "STATUTES_ALLOW_TRANSFERS");
      assertFigures(finding, "clause", rule.name());
    }
  }

  @Test
  void anAbSvbOrASoleTraderWithoutAClauseMayTransfer() {
    Finding svb = transfers(Bidders.aktiebolagSvb());
    assertFinding(svb, Lou19Kap6a.TRANSFERS, Outcome.NOT_MET, "LEGAL_FORM_ALLOWS_TRANSFERS");
    assertFigures(svb);
    assertFinding(transfers(Bidders.soleTrader()), Lou19Kap6a.TRANSFERS, Outcome.NOT_MET, "LEGAL_FORM_ALLOWS_TRANSFERS");
  }

  @Test
  void noClauseForAFormThatLeavesItToTheStatutesIsUndetermined() {
    Finding finding = transfers(Bidders.missingEvidence());
    assertFinding(finding, Lou19Kap6a.TRANSFERS, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
    Enterprise onlyFigures = Bidders.aktiebolag().toBuilder()
        .profitPolicy(ProfitPolicy.builder().addFiscalYear(Bidders.fiscalYear(2022, "100", "0")).build()).build();
    assertFinding(transfers(onlyFigures), Lou19Kap6a.TRANSFERS, Outcome.UNDETERMINED, "NO_EVIDENCE");
  }

  // --- LOU-19-6A-CONTROL (the judgement is tested in JudgementsTest) ---

  @Test
  void controlCitesLou19Kap6a() {
    Finding finding = Lou19Kap6a.control().evaluate(Bidders.publicBody(), DATE);
    assertFinding(finding, Lou19Kap6a.CONTROL, Outcome.NOT_MET, "PUBLIC_SECTOR_IDENTITY");
    assertEquals(Sources.LOU_19_6A, finding.getSource());
    assertEquals("The organisation number 212000-0142 is in group 2, the public sector: a controlling public influence.",
        finding.getMessage(Locale.ENGLISH));
  }
}
