package se.asf.rules.definition;

import java.util.Locale;
import static se.asf.rules.fixtures.FindingAssertions.figureText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static se.asf.rules.fixtures.FindingAssertions.assertFigures;
import static se.asf.rules.fixtures.FindingAssertions.assertFinding;
import static se.asf.rules.fixtures.FindingAssertions.ruleIds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.DistributionClause;
import se.asf.core.enterprise.DistributionRule;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Owner;
import se.asf.core.enterprise.OwnerKind;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.ParticipationEvidence;
import se.asf.core.enterprise.ParticipationMechanism;
import se.asf.core.enterprise.PayRange;
import se.asf.core.enterprise.ProfitPolicy;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.Rule;
import se.asf.rules.Sources;
import se.asf.rules.fixtures.Bidders;

class SkoopiProfileTest {
  private static final LocalDate DATE = LocalDate.of(2017, 12, 11);
  private static final List<String> RULE_IDS = List.of("SKOOPI-NO-DISTRIBUTION", "SKOOPI-WRITTEN-PARTICIPATION",
      "SKOOPI-PAY-RATIO", "SKOOPI-OWN-ORGNR", "SKOOPI-NO-PUBLIC-OWNER");

  private static Finding noDistribution(Enterprise enterprise) {
    return SkoopiProfile.noDistribution().evaluate(enterprise, DATE);
  }

  private static Finding payRatio(String lowest, String highest) {
    Enterprise enterprise = Bidders.qualifying().toBuilder()
        .payRange(PayRange.of(new BigDecimal(lowest), new BigDecimal(highest))).build();
    return SkoopiProfile.payRatio().evaluate(enterprise, DATE);
  }

  private static Finding noPublicOwner(Enterprise enterprise) {
    return SkoopiProfile.noPublicOwner().evaluate(enterprise, DATE);
  }

  // --- the rule set ---

  @Test
  void theProfileIsItsOwnRuleSet() {
    assertEquals("SKOOPI", SkoopiProfile.ruleSet().getId());
    assertEquals("1", SkoopiProfile.ruleSet().getVersion());
    assertEquals(RULE_IDS, SkoopiProfile.ruleSet().getRules().stream().map(Rule::getId).toList());
    assertEquals(new BigDecimal("2.5"), SkoopiProfile.MAX_PAY_RATIO);
  }

  @Test
  void theQualifyingBidderMeetsTheProfile() {
    Assessment assessment = SkoopiProfile.ruleSet().assess(Bidders.qualifying(), DATE);
    assertEquals(RULE_IDS, ruleIds(assessment.getFindings()));
    assertEquals(Outcome.MET, assessment.getOutcome(), assessment::toString);
    assessment.getFindings().forEach(f -> assertEquals(Sources.SKOOPI, f.getSource()));
  }

  // --- SKOOPI-NO-DISTRIBUTION ---

  @Test
  void anyDistributionFails() {
    Enterprise distributed = Bidders.qualifying().toBuilder().profitPolicy(ProfitPolicy.builder()
        .statutesClause(DistributionClause.of(DistributionRule.NO_DISTRIBUTION))
        .addFiscalYear(Bidders.fiscalYear(2015, "100000", "0"))
        .addFiscalYear(Bidders.fiscalYear(2016, "100000", "0.01")).build()).build();
    Finding finding = noDistribution(distributed);
    assertFinding(finding, SkoopiProfile.NO_DISTRIBUTION, Outcome.NOT_MET, "DISTRIBUTED");
    assertFigures(finding, "distributed", "0.01");
    assertEquals("Profit was distributed (0.01 SEK over the reported years).", finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void aStiftelseCannotDistribute() {
    Finding finding = noDistribution(Bidders.stiftelse());
    assertFinding(finding, SkoopiProfile.NO_DISTRIBUTION, Outcome.MET, "LEGAL_FORM");
    assertFigures(finding, "legalForm", "Stiftelse");
  }

  @Test
  void statutesThatForbidDistributionMeetTheProfile() {
    for (DistributionRule rule : List.of(DistributionRule.NO_DISTRIBUTION, DistributionRule.ONLY_TO_IDEBURNA_ORGANISATIONS)) {
      Finding finding = noDistribution(Bidders.withClause(rule));
      assertFinding(finding, SkoopiProfile.NO_DISTRIBUTION, Outcome.MET, "STATUTES");
      assertFigures(finding, "clause", rule.name());
    }
  }

  @Test
  void statutesThatAllowAnyDistributionFail() {
    // Mainly reinvested is enough for Tillväxtverket, not for Skoopi.
    for (DistributionRule rule : List.of(DistributionRule.MAINLY_REINVESTED, DistributionRule.CAPPED,
        DistributionRule.UNRESTRICTED)) {
      Finding finding = noDistribution(Bidders.withClause(rule));
      assertFinding(finding, SkoopiProfile.NO_DISTRIBUTION, Outcome.NOT_MET, "STATUTES_ALLOW_DISTRIBUTION");
      assertFigures(finding, "clause", rule.name());
    }
  }

  @Test
  void anAbSvbAndASoleTraderMayDistributeByLaw() {
    Finding svb = noDistribution(Bidders.aktiebolagSvb());
    assertFinding(svb, SkoopiProfile.NO_DISTRIBUTION, Outcome.NOT_MET, "LEGAL_FORM_ALLOWS_DISTRIBUTION");
    assertFigures(svb, "legalForm", "Aktiebolag med särskild vinstutdelningsbegränsning");
    // Tillväxtverket's reinvestment criterion is met by the same AB svb.
    assertEquals(Outcome.MET, TillvaxtverketDefinition.reinvestment(Share.ofPercent(75))
        .evaluate(Bidders.aktiebolagSvb(), DATE).getOutcome());
    Finding soleTrader = noDistribution(Bidders.soleTrader());
    assertFinding(soleTrader, SkoopiProfile.NO_DISTRIBUTION, Outcome.NOT_MET, "LEGAL_FORM_ALLOWS_DISTRIBUTION");
    assertFigures(soleTrader, "legalForm", "Enskild firma");
  }

  @Test
  void withoutAClauseAFormThatLeavesItToTheStatutesIsUndetermined() {
    Finding finding = noDistribution(Bidders.missingEvidence());
    assertFinding(finding, SkoopiProfile.NO_DISTRIBUTION, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding, "legalForm", "Ekonomisk förening");
    Enterprise onlyFigures = Bidders.aktiebolag().toBuilder()
        .profitPolicy(ProfitPolicy.builder().addFiscalYear(Bidders.fiscalYear(2016, "100", "0")).build()).build();
    assertFinding(noDistribution(onlyFigures), SkoopiProfile.NO_DISTRIBUTION, Outcome.UNDETERMINED, "NO_EVIDENCE");
  }

  // --- SKOOPI-WRITTEN-PARTICIPATION ---

  @Test
  void participationInWritingMeetsTheProfile() {
    Finding finding = SkoopiProfile.writtenParticipation().evaluate(Bidders.qualifying(), DATE);
    assertFinding(finding, SkoopiProfile.WRITTEN_PARTICIPATION, Outcome.MET, "IN_WRITING");
    assertFigures(finding, "mechanism", "OWNERSHIP", "document", Bidders.STATUTES);
  }

  @Test
  void participationNotInWritingIsUndetermined() {
    Enterprise unwritten = Bidders.qualifying().toBuilder()
        .participation(ParticipationEvidence.builder().mechanism(ParticipationMechanism.AGREEMENT).build()).build();
    Finding finding = SkoopiProfile.writtenParticipation().evaluate(unwritten, DATE);
    assertFinding(finding, SkoopiProfile.WRITTEN_PARTICIPATION, Outcome.UNDETERMINED, "NO_DOCUMENT");
    assertFigures(finding, "mechanism", "AGREEMENT");
    // Tillväxtverket accepts the same agreement without a document.
    assertEquals(Outcome.MET, TillvaxtverketDefinition.participation().evaluate(unwritten, DATE).getOutcome());
  }

  @Test
  void noParticipationEvidenceIsUndetermined() {
    Finding finding = SkoopiProfile.writtenParticipation().evaluate(Bidders.missingEvidence(), DATE);
    assertFinding(finding, SkoopiProfile.WRITTEN_PARTICIPATION, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
  }

  @Test
  void aDocumentedOtherWayIsInWriting() {
    Enterprise other = Bidders.qualifying().toBuilder().participation(ParticipationEvidence.builder()
        .mechanism(ParticipationMechanism.OTHER_DOCUMENTED).document(DocumentReference.of("Protokoll")).build()).build();
    assertFinding(SkoopiProfile.writtenParticipation().evaluate(other, DATE), SkoopiProfile.WRITTEN_PARTICIPATION,
        Outcome.MET, "IN_WRITING");
  }

  // --- SKOOPI-PAY-RATIO ---

  @Test
  void exactlyTwoAndAHalfTimesIsWithinTheLimit() {
    Finding finding = payRatio("20000", "50000");
    assertFinding(finding, SkoopiProfile.PAY_RATIO, Outcome.MET, "WITHIN_LIMIT");
    assertFigures(finding, "lowest", "20000", "highest", "50000", "ratio", "2.50", "limit", "2.5");
    assertEquals("The highest pay 50000 SEK is 2.50 times the lowest 20000 SEK, within the limit of 2.5.",
        finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void aHairAboveTwoAndAHalfTimesIsAboveTheLimit() {
    // 2.5001 times: shown as 2.50, decided exactly.
    Finding finding = payRatio("20000", "50002");
    assertFinding(finding, SkoopiProfile.PAY_RATIO, Outcome.NOT_MET, "ABOVE_LIMIT");
    assertFigures(finding, "lowest", "20000", "highest", "50002", "ratio", "2.51", "limit", "2.5");
    assertFinding(payRatio("20000.00", "50000.01"), SkoopiProfile.PAY_RATIO, Outcome.NOT_MET, "ABOVE_LIMIT");
    assertFinding(payRatio("20000.00", "50000.00"), SkoopiProfile.PAY_RATIO, Outcome.MET, "WITHIN_LIMIT");
  }

  @Test
  void equalPayIsWithinTheLimitAndThreeTimesIsNot() {
    assertEquals("1.00", figureText(payRatio("25000", "25000"), "ratio"));
    assertEquals(Outcome.MET, payRatio("25000", "25000").getOutcome());
    Finding threeTimes = payRatio("20000", "60000");
    assertFinding(threeTimes, SkoopiProfile.PAY_RATIO, Outcome.NOT_MET, "ABOVE_LIMIT");
    assertEquals("3.00", figureText(threeTimes, "ratio"));
  }

  @Test
  void unknownPayIsUndetermined() {
    Finding finding = SkoopiProfile.payRatio().evaluate(Bidders.missingEvidence(), DATE);
    assertFinding(finding, SkoopiProfile.PAY_RATIO, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
  }

  // --- SKOOPI-OWN-ORGNR ---

  @Test
  void anOrganisationNumberIsTheEnterprisesOwn() {
    Finding finding = SkoopiProfile.ownOrganisationNumber().evaluate(Bidders.qualifying(), DATE);
    assertFinding(finding, SkoopiProfile.OWN_ORGANISATION_NUMBER, Outcome.MET, "OWN_NUMBER");
    assertFigures(finding, "identity", "769600-0004");
  }

  @Test
  void aSoleTraderHasNoOrganisationNumberAndIsShownMasked() {
    Finding finding = SkoopiProfile.ownOrganisationNumber().evaluate(Bidders.soleTrader(), DATE);
    assertFinding(finding, SkoopiProfile.OWN_ORGANISATION_NUMBER, Outcome.NOT_MET, "SOLE_TRADER");
    assertFigures(finding, "identity", "19121212-****");
    assertEquals("A sole trader is identified by a personnummer (19121212-****), not an organisation number of its own.",
        finding.getMessage(Locale.ENGLISH));
    for (String text : List.of(finding.toString(), finding.getMessage(Locale.forLanguageTag("sv")), finding.getMessage(Locale.ENGLISH),
        finding.getFigures().toString())) {
      assertFalse(text.contains("-1212") || text.contains("1212121212") || text.contains("121212-1212"), text);
    }
  }

  // --- SKOOPI-NO-PUBLIC-OWNER ---

  @Test
  void aForeignNumberIsUndeterminedForBothIdentityRules() {
    Finding own = SkoopiProfile.ownOrganisationNumber().evaluate(Bidders.foreign(), DATE);
    assertFinding(own, SkoopiProfile.OWN_ORGANISATION_NUMBER, Outcome.UNDETERMINED, "FOREIGN_IDENTITY");
    assertFigures(own, "identity", "FI:NATIONAL_REGISTER:0112038-9");
    assertEquals("The supplier is identified by the foreign number FI:NATIONAL_REGISTER:0112038-9; whether it is a"
        + " registration of the enterprise's own, not its owner's, must be checked in the national register.",
        own.getMessage(Locale.ENGLISH));
    Finding owner = noPublicOwner(Bidders.foreign());
    assertFinding(owner, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.UNDETERMINED, "FOREIGN_IDENTITY");
    assertFigures(owner, "identity", "FI:NATIONAL_REGISTER:0112038-9");
    Finding publicOwner = noPublicOwner(Bidders.foreign().toBuilder().ownership(Ownership.builder()
        .addOwner(Owner.of("Helsingin kaupunki", OwnerKind.PUBLIC_BODY, Share.ofPercent(5))).build()).build());
    assertFinding(publicOwner, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.NOT_MET, "PUBLIC_OWNER");
  }

  @Test
  void aPublicSectorNumberFails() {
    Finding finding = noPublicOwner(Bidders.publicBody());
    assertFinding(finding, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.NOT_MET, "PUBLIC_SECTOR_IDENTITY");
    assertFigures(finding, "identity", "212000-0142");
  }

  @Test
  void anyPublicOwnerFails() {
    Finding one = noPublicOwner(Bidders.ownedBy(Ownership.builder()
        .addOwner(Owner.of("Medlemmarna", OwnerKind.CO_WORKERS, Share.ofPercent(99)))
        .addOwner(Owner.of("Botkyrka kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(1)))
        .board(Board.of(5, 0)).build()));
    assertFinding(one, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.NOT_MET, "PUBLIC_OWNER");
    assertFigures(one, "publicOwners", "1");
    // A one-percent owner does not control the enterprise, so Tillväxtverket's independence holds.
    assertEquals(Outcome.MET, TillvaxtverketDefinition.independence().evaluate(Bidders.ownedBy(Ownership.builder()
        .addOwner(Owner.of("Botkyrka kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(1)))
        .board(Board.of(5, 0)).build()), DATE).getOutcome());

    Finding two = noPublicOwner(Bidders.ownedBy(Ownership.builder()
        .addOwner(Owner.of("Botkyrka kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(10)))
        .addOwner(Owner.of("Region Stockholm", OwnerKind.PUBLIC_BODY, Share.ofPercent(10))).build()));
    assertFinding(two, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.NOT_MET, "PUBLIC_OWNER");
    assertFigures(two, "publicOwners", "2");
    assertEquals("2 public bodies are among the owners.", two.getMessage(Locale.ENGLISH));
  }

  @Test
  void aPublicOwnerWithNoShareIsNoPublicOwner() {
    Finding finding = noPublicOwner(Bidders.ownedBy(Ownership.builder()
        .addOwner(Owner.of("Medlemmarna", OwnerKind.CO_WORKERS, Share.ofPercent(100)))
        .addOwner(Owner.of("Botkyrka kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(0)))
        .board(Board.of(5, 0)).build()));
    assertFinding(finding, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.MET, "NO_PUBLIC_OWNER");
  }

  @Test
  void noPublicOwnerMeetsTheProfile() {
    Finding finding = noPublicOwner(Bidders.qualifying());
    assertFinding(finding, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.MET, "NO_PUBLIC_OWNER");
    assertFigures(finding);
    Finding noOwners = noPublicOwner(Bidders.stiftelse());
    assertFinding(noOwners, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.MET, "NO_PUBLIC_OWNER");
  }

  @Test
  void unknownOwnersAreUndetermined() {
    Finding finding = noPublicOwner(Bidders.withoutOwnership());
    assertFinding(finding, SkoopiProfile.NO_PUBLIC_OWNER, Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
    assertEquals(Optional.empty(), Bidders.withoutOwnership().getOwnership());
  }
}
