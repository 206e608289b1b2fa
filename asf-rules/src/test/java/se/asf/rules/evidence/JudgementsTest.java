package se.asf.rules.evidence;

import java.util.Locale;
import static se.asf.rules.fixtures.FindingAssertions.figureText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static se.asf.rules.fixtures.FindingAssertions.assertFigures;
import static se.asf.rules.fixtures.FindingAssertions.assertFinding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.asf.core.Share;
import se.asf.core.enterprise.Board;
import se.asf.core.enterprise.DocumentReference;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.EvidenceSource;
import se.asf.core.enterprise.Owner;
import se.asf.core.enterprise.OwnerKind;
import se.asf.core.enterprise.Ownership;
import se.asf.core.enterprise.OwnershipBuilder;
import se.asf.core.enterprise.PurposeEvidence;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.Rule;
import se.asf.rules.Sources;
import se.asf.rules.definition.TillvaxtverketDefinition;
import se.asf.rules.fixtures.Bidders;
import se.asf.rules.reserved.Lou19Kap6a;
import se.asf.rules.reserved.Lou4Kap18;

/**
 * The shared judgements, through every rule that uses them: public control through
 * {@code TVV-INDEPENDENCE} and {@code LOU-19-6A-CONTROL}, the integration purpose through
 * {@code TVV-PURPOSE} and {@code LOU-4-18-PURPOSE}.
 */
class JudgementsTest {
  private static final LocalDate DATE = LocalDate.of(2017, 12, 11);

  static List<Rule> controlRules() {
    return List.of(TillvaxtverketDefinition.independence(), Lou19Kap6a.control());
  }

  static List<Rule> purposeRules() {
    return List.of(TillvaxtverketDefinition.purpose(), Lou4Kap18.purpose());
  }

  private static Finding control(Rule rule, Ownership ownership) {
    return rule.evaluate(Bidders.ownedBy(ownership), DATE);
  }

  private static OwnershipBuilder publicShare(String percent) {
    OwnershipBuilder ownership = Ownership.builder()
        .addOwner(Owner.of("Botkyrka kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(new BigDecimal(percent))));
    BigDecimal rest = BigDecimal.valueOf(100).subtract(new BigDecimal(percent));
    if (rest.signum() > 0) {
      ownership.addOwner(Owner.of("Medlemmarna", OwnerKind.CO_WORKERS, Share.ofPercent(rest)));
    }
    return ownership;
  }

  // --- public control ---

  @ParameterizedTest
  @MethodSource("controlRules")
  void aPublicSectorOrganisationNumberIsControlWhateverTheOwners(Rule rule) {
    Finding finding = rule.evaluate(Bidders.publicBody(), DATE);
    assertFinding(finding, rule.getId(), Outcome.NOT_MET, "PUBLIC_SECTOR_IDENTITY");
    assertFigures(finding, "identity", "212000-0142", "group", "2");
    Enterprise withPrivateOwners = Bidders.publicBody().toBuilder()
        .ownership(Ownership.builder().addOwner(Owner.of("Medlemmarna", OwnerKind.CO_WORKERS, Share.ofPercent(100))).build())
        .build();
    assertFinding(rule.evaluate(withPrivateOwners, DATE), rule.getId(), Outcome.NOT_MET, "PUBLIC_SECTOR_IDENTITY");
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void exactlyHalfTheVotesIsNotAMajority(Rule rule) {
    Finding boardKnown = control(rule, publicShare("50").board(Board.of(5, 2)).build());
    assertFinding(boardKnown, rule.getId(), Outcome.MET, "INDEPENDENT");
    assertFigures(boardKnown, "publicShare", "50 %", "publicSeats", "2", "boardSeats", "5");
    Finding boardUnknown = control(rule, publicShare("50").build());
    assertFinding(boardUnknown, rule.getId(), Outcome.UNDETERMINED, "BOARD_UNKNOWN");
    assertFigures(boardUnknown, "publicShare", "50 %");
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void moreThanHalfTheVotesIsAPublicMajority(Rule rule) {
    Finding finding = control(rule, publicShare("50.01").board(Board.of(5, 0)).build());
    assertFinding(finding, rule.getId(), Outcome.NOT_MET, "PUBLIC_MAJORITY");
    assertFigures(finding, "publicShare", "50.01 %", "publicSeats", "0", "boardSeats", "5");
    assertFinding(control(rule, publicShare("50.01").build()), rule.getId(), Outcome.NOT_MET, "PUBLIC_MAJORITY");
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void severalPublicOwnersAreAddedUp(Rule rule) {
    Ownership ownership = Ownership.builder()
        .addOwner(Owner.of("Botkyrka kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(30)))
        .addOwner(Owner.of("Huddinge kommun", OwnerKind.PUBLIC_BODY, Share.ofPercent(25)))
        .addOwner(Owner.of("Medlemmarna", OwnerKind.CO_WORKERS, Share.ofPercent(45)))
        .board(Board.of(5, 2)).build();
    Finding finding = control(rule, ownership);
    assertFinding(finding, rule.getId(), Outcome.NOT_MET, "PUBLIC_MAJORITY");
    assertEquals("55 %", figureText(finding, "publicShare"));
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void aPubliclyAppointedBoardMajorityIsControl(Rule rule) {
    Finding finding = control(rule, Ownership.builder()
        .addOwner(Owner.of("Medlemmarna", OwnerKind.CO_WORKERS, Share.ofPercent(100)))
        .board(Board.of(5, 3)).build());
    assertFinding(finding, rule.getId(), Outcome.NOT_MET, "PUBLIC_BOARD_CONTROL");
    assertFigures(finding, "publicShare", "0 %", "publicSeats", "3", "boardSeats", "5");
    // Half of the seats is not a majority.
    assertFinding(control(rule, Ownership.builder().board(Board.of(4, 2)).build()), rule.getId(), Outcome.MET, "INDEPENDENT");
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void aPublicMinorityWithAnUnknownBoardIsUndetermined(Rule rule) {
    Finding finding = control(rule, publicShare("10").build());
    assertFinding(finding, rule.getId(), Outcome.UNDETERMINED, "BOARD_UNKNOWN");
    assertFigures(finding, "publicShare", "10 %");
    assertFinding(control(rule, publicShare("10").board(Board.of(7, 1)).build()), rule.getId(), Outcome.MET, "INDEPENDENT");
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void aForeignSupplierWithoutPublicOwnersIsUndeterminedNeverMet(Rule rule) {
    Finding finding = rule.evaluate(Bidders.foreign(), DATE);
    assertFinding(finding, rule.getId(), Outcome.UNDETERMINED, "FOREIGN_IDENTITY");
    assertFigures(finding, "identity", "FI:NATIONAL_REGISTER:0112038-9", "publicShare", "0 %");
    // Ownership that shows control still decides: the foreign number cannot make it independent.
    Enterprise publicMajority = Bidders.foreign().toBuilder().ownership(publicShare("60").build()).build();
    assertFinding(rule.evaluate(publicMajority, DATE), rule.getId(), Outcome.NOT_MET, "PUBLIC_MAJORITY");
    Enterprise unknown = Bidders.foreign().toBuilder().ownership(java.util.Optional.empty()).build();
    assertFinding(rule.evaluate(unknown, DATE), rule.getId(), Outcome.UNDETERMINED, "NO_EVIDENCE");
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void unknownOwnershipIsUndetermined(Rule rule) {
    Finding finding = rule.evaluate(Bidders.withoutOwnership(), DATE);
    assertFinding(finding, rule.getId(), Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
  }

  @ParameterizedTest
  @MethodSource("controlRules")
  void noPublicOwnerIsIndependent(Rule rule) {
    Finding finding = rule.evaluate(Bidders.qualifying(), DATE);
    assertFinding(finding, rule.getId(), Outcome.MET, "INDEPENDENT");
    assertFigures(finding, "publicShare", "0 %", "publicSeats", "0", "boardSeats", "5");
    Finding boardUnknown = control(rule, Ownership.builder()
        .addOwner(Owner.of("Medlemmarna", OwnerKind.CO_WORKERS, Share.ofPercent(100))).build());
    assertFinding(boardUnknown, rule.getId(), Outcome.MET, "INDEPENDENT");
    assertFigures(boardUnknown, "publicShare", "0 %", "publicSeats", "-", "boardSeats", "-");
  }

  @Test
  void theTwoControlRulesCiteTheirOwnSourcesAndWords() {
    Finding tvv = TillvaxtverketDefinition.independence().evaluate(Bidders.withoutOwnership(), DATE);
    Finding lou = Lou19Kap6a.control().evaluate(Bidders.withoutOwnership(), DATE);
    assertEquals(Sources.TILLVAXTVERKET, tvv.getSource());
    assertEquals(Sources.LOU_19_6A, lou.getSource());
    assertNotEquals(tvv.getMessage(Locale.ENGLISH), lou.getMessage(Locale.ENGLISH));
    assertEquals("Ownership and control are not known; ask for the owners and the board.", tvv.getMessage(Locale.ENGLISH));
  }

  // --- integration purpose ---

  private static Enterprise purpose(EvidenceSource source, boolean overarching, String document) {
    var evidence = PurposeEvidence.builder().source(source).integrationOverarching(overarching);
    if (document != null) {
      evidence.document(DocumentReference.of(document));
    }
    return Bidders.qualifying().toBuilder().purpose(evidence.build()).build();
  }

  @ParameterizedTest
  @MethodSource("purposeRules")
  void aStatedPurposeInADocumentIsMet(Rule rule) {
    Finding statutes = rule.evaluate(purpose(EvidenceSource.STATUTES, true, "Stadgar"), DATE);
    assertFinding(statutes, rule.getId(), Outcome.MET, "STATED");
    assertFigures(statutes, "source", "STATUTES", "document", "Stadgar");
    Finding other = rule.evaluate(purpose(EvidenceSource.OTHER_DOCUMENT, true, null), DATE);
    assertFinding(other, rule.getId(), Outcome.MET, "STATED");
    assertFigures(other, "source", "OTHER_DOCUMENT", "document", "-");
  }

  @ParameterizedTest
  @MethodSource("purposeRules")
  void aSelfDeclarationIsUndeterminedEvenWithADocumentNamed(Rule rule) {
    Finding finding = rule.evaluate(purpose(EvidenceSource.SELF_DECLARATION, true, "Egen försäkran"), DATE);
    assertFinding(finding, rule.getId(), Outcome.UNDETERMINED, "SELF_DECLARATION_ONLY");
    assertFigures(finding, "document", "Egen försäkran");
  }

  @ParameterizedTest
  @MethodSource("purposeRules")
  void anotherOverarchingPurposeIsNotMet(Rule rule) {
    Finding finding = rule.evaluate(purpose(EvidenceSource.STATUTES, false, "Stadgar"), DATE);
    assertFinding(finding, rule.getId(), Outcome.NOT_MET, "NOT_OVERARCHING");
    assertFigures(finding, "source", "STATUTES", "document", "Stadgar");
    assertFinding(rule.evaluate(purpose(EvidenceSource.SELF_DECLARATION, false, null), DATE), rule.getId(),
        Outcome.NOT_MET, "NOT_OVERARCHING");
  }

  @ParameterizedTest
  @MethodSource("purposeRules")
  void noPurposeEvidenceIsUndetermined(Rule rule) {
    Finding finding = rule.evaluate(Bidders.missingEvidence(), DATE);
    assertFinding(finding, rule.getId(), Outcome.UNDETERMINED, "NO_EVIDENCE");
    assertFigures(finding);
  }

  // --- percent ---

  @Test
  void percentIsExact() {
    assertEquals(new BigDecimal("30"), Shares.percent(new BigDecimal("0.3")));
    assertEquals(new BigDecimal("30"), Shares.percent(new BigDecimal("0.300")));
    assertEquals(new BigDecimal("50.01"), Shares.percent(new BigDecimal("0.5001")));
    assertEquals(new BigDecimal("33.3333"), Shares.percent(new BigDecimal("0.333333")));
    assertEquals(new BigDecimal("0"), Shares.percent(BigDecimal.ZERO));
    assertEquals(new BigDecimal("0"), Shares.percent(new BigDecimal("0.00")));
    assertEquals(new BigDecimal("100"), Shares.percent(BigDecimal.ONE));
  }
}
