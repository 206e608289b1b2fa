package se.asf.rules.reserved;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asf.rules.fixtures.FindingAssertions.assertFigures;
import static se.asf.rules.fixtures.FindingAssertions.assertFinding;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.enterprise.DeclarationDocument;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.enterprise.SelfDeclaredShareBuilder;
import se.asf.core.procurement.SelfDeclarationPolicy;
import se.asf.core.procurement.ShareRequirement;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.fixtures.Bidders;

/** {@code LOU-4-18-SHARE} with a self-declared share (the ESPD {@code shelt-worksh} answers). */
class Lou4Kap18SelfDeclarationTest {
  private static final LocalDate DEADLINE = LocalDate.of(2017, 12, 11);
  private static final ShareRequirement FIGURES = ShareRequirement.statutory();
  private static final ShareRequirement ACCEPTING =
      ShareRequirement.builder().selfDeclarations(SelfDeclarationPolicy.ACCEPT_AT_QUALIFICATION).build();
  private static final String DOCUMENT = "ESPD-R-17 (ESPD-EDM 4.1.0)";

  private static SelfDeclaredShareBuilder declaration() {
    return SelfDeclaredShare.builder().document(DeclarationDocument.ESPD_RESPONSE).documentId("ESPD-R-17")
        .standardVersion("ESPD-EDM 4.1.0").indicator(true);
  }

  private static SelfDeclaredShare declaring(String percent) {
    return declaration().declaredValue(percent).declaredShare(Share.ofPercent(new java.math.BigDecimal(percent))).build();
  }

  private static Enterprise withoutFigures(SelfDeclaredShare declaration) {
    return Bidders.qualifying().toBuilder().workforce(Optional.empty()).selfDeclaredShare(declaration).build();
  }

  private static Finding share(ShareRequirement requirement, Enterprise enterprise) {
    return Lou4Kap18.share(requirement).evaluate(enterprise, DEADLINE);
  }

  @Test
  void byDefaultASelfDeclarationAsksForTheWorkforceFigures() {
    assertEquals(SelfDeclarationPolicy.REQUIRE_WORKFORCE_FIGURES, ShareRequirement.statutory().getSelfDeclarations());
    Finding finding = share(FIGURES, withoutFigures(declaring("70")));
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "SELF_DECLARED");
    assertFigures(finding, "threshold", "30 %", "declared", "70 %", "document", DOCUMENT);
    assertTrue(finding.getMessage(Locale.ENGLISH).startsWith("Self-declared: the bidder declares 70 %"), finding.getMessage(Locale.ENGLISH));
    assertTrue(finding.getMessage(Locale.ENGLISH).endsWith("ask for the workforce figures."), finding.getMessage(Locale.ENGLISH));
  }

  @Test
  void anUnreadableValueIsShownAsWrittenWhenAskingForFigures() {
    Finding finding = share(FIGURES, withoutFigures(declaration().declaredValue("0.7").build()));
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "SELF_DECLARED");
    assertFigures(finding, "threshold", "30 %", "declared", "0.7", "document", DOCUMENT);
  }

  @Test
  void anAcceptedDeclarationOfExactlyThirtyPercentMeetsTheShare() {
    Finding met = share(ACCEPTING, withoutFigures(declaring("30")));
    assertFinding(met, Lou4Kap18.SHARE, Outcome.MET, "DECLARED_THRESHOLD_REACHED");
    assertFigures(met, "threshold", "30 %", "declared", "30 %", "document", DOCUMENT);
    Finding below = share(ACCEPTING, withoutFigures(declaring("29.99")));
    assertFinding(below, Lou4Kap18.SHARE, Outcome.NOT_MET, "DECLARED_BELOW_THRESHOLD");
    assertFigures(below, "threshold", "30 %", "declared", "29.99 %", "document", DOCUMENT);
  }

  @Test
  void anAcceptedDeclarationAnsweringNoIsNotMet() {
    Finding finding = share(ACCEPTING, withoutFigures(declaration().indicator(false).build()));
    assertFinding(finding, Lou4Kap18.SHARE, Outcome.NOT_MET, "DECLARED_NO");
    assertFigures(finding, "document", DOCUMENT);
  }

  @Test
  void anAcceptedDeclarationWithoutAReadableShareIsUndetermined() {
    Finding none = share(ACCEPTING, withoutFigures(declaration().build()));
    assertFinding(none, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "DECLARED_SHARE_UNREADABLE");
    Finding ambiguous = share(ACCEPTING, withoutFigures(declaration().declaredValue("0.7").build()));
    assertFinding(ambiguous, Lou4Kap18.SHARE, Outcome.UNDETERMINED, "DECLARED_SHARE_UNREADABLE");
    assertFigures(ambiguous, "declaredValue", "0.7", "document", DOCUMENT);
  }

  @Test
  void figuresDecideAndAContradictionIsReported() {
    // 5 of 20 = 25 %: below the threshold, though the bidder declares 70 %.
    Enterprise both = Bidders.shareTooLow().toBuilder().selfDeclaredShare(declaring("70")).build();
    for (ShareRequirement requirement : new ShareRequirement[] {FIGURES, ACCEPTING}) {
      Finding finding = share(requirement, both);
      assertFinding(finding, Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD_CONTRADICTS_DECLARATION");
      assertEquals("70 %", se.asf.rules.fixtures.FindingAssertions.figureText(finding, "declared"));
      assertTrue(finding.getMessage(Locale.ENGLISH).contains("this contradicts the declared 70 % in " + DOCUMENT),
          finding.getMessage(Locale.ENGLISH));
    }
    Enterprise reachedButDeclaredLow = Bidders.qualifying().toBuilder().selfDeclaredShare(declaring("10")).build();
    assertFinding(share(ACCEPTING, reachedButDeclaredLow), Lou4Kap18.SHARE, Outcome.MET,
        "THRESHOLD_REACHED_CONTRADICTS_DECLARATION");
  }

  @Test
  void figuresAndADeclarationOnTheSameSideAreNoContradiction() {
    Enterprise agreeing = Bidders.qualifying().toBuilder().selfDeclaredShare(declaring("40")).build();
    assertFinding(share(ACCEPTING, agreeing), Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    Enterprise bothLow = Bidders.shareTooLow().toBuilder().selfDeclaredShare(declaring("25")).build();
    assertFinding(share(FIGURES, bothLow), Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
    // Declared exactly at the threshold, which that reaches, as the figures do.
    Enterprise atThreshold = Bidders.qualifying().toBuilder().selfDeclaredShare(declaring("30")).build();
    assertFinding(share(FIGURES, atThreshold), Lou4Kap18.SHARE, Outcome.MET, "THRESHOLD_REACHED");
    Enterprise unreadable = Bidders.shareTooLow().toBuilder().selfDeclaredShare(declaration().declaredValue("0.7").build()).build();
    assertFinding(share(FIGURES, unreadable), Lou4Kap18.SHARE, Outcome.NOT_MET, "BELOW_THRESHOLD");
  }
}
