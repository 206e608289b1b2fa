package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.geo.Position;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;
import se.asf.core.identity.SupplierIdentity;

class EnterpriseTest {
  private static final Organisationsnummer AKTIEBOLAG = Organisationsnummer.parse("556016-0680");
  private static final Organisationsnummer FORENING = Organisationsnummer.parse("769600-0004");
  private static final Organisationsnummer IDEELL = Organisationsnummer.parse("802345-6786");
  private static final Organisationsnummer PUBLIC = Organisationsnummer.parse("212999-8767");
  private static final Personnummer PERSON = Personnummer.parse("19121212-1212", LocalDate.of(2017, 12, 11));

  private static Enterprise build(SupplierIdentity identity, LegalForm form) {
    return Enterprise.builder().name("Exempel").identity(identity).legalForm(form).build();
  }

  private static Invariant mismatch(SupplierIdentity identity, LegalForm form) {
    return assertThrows(InvariantViolationException.class, () -> build(identity, form)).getInvariant();
  }

  @Test
  void theLegalFormMustFitTheIdentity() {
    assertEquals(LegalForm.AKTIEBOLAG, build(AKTIEBOLAG, LegalForm.AKTIEBOLAG).getLegalForm());
    assertEquals(LegalForm.AKTIEBOLAG_SVB, build(AKTIEBOLAG, LegalForm.AKTIEBOLAG_SVB).getLegalForm());
    assertEquals(LegalForm.STIFTELSE, build(IDEELL, LegalForm.STIFTELSE).getLegalForm());
    assertEquals(LegalForm.ENSKILD_FIRMA, build(PERSON, LegalForm.ENSKILD_FIRMA).getLegalForm());
    assertEquals(LegalForm.PUBLIC_BODY, build(PUBLIC, LegalForm.PUBLIC_BODY).getLegalForm());
    assertEquals(LegalForm.OTHER, build(FORENING, LegalForm.OTHER).getLegalForm());
    assertEquals(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, mismatch(IDEELL, LegalForm.AKTIEBOLAG));
    assertEquals(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, mismatch(AKTIEBOLAG, LegalForm.ENSKILD_FIRMA));
    assertEquals(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, mismatch(PERSON, LegalForm.AKTIEBOLAG));
    assertEquals(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, mismatch(AKTIEBOLAG, LegalForm.PUBLIC_BODY));
    assertEquals(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, mismatch(PERSON, LegalForm.OTHER));
  }

  @Test
  void aMismatchMessageNeverShowsAPersonnummerInFull() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class,
        () -> build(PERSON, LegalForm.AKTIEBOLAG));
    assertTrue(e.getMessage().contains("19121212-****"), e.getMessage());
    assertTrue(!e.getMessage().contains("1212-1212"), e.getMessage());
  }

  @Test
  void siteNamesAreUnique() {
    InvariantViolationException e = assertThrows(InvariantViolationException.class, () -> Enterprise.builder()
        .name("Exempel").identity(AKTIEBOLAG).legalForm(LegalForm.AKTIEBOLAG)
        .addSite(Site.of("Butiken", Position.ofWgs84(59.2, 17.8)))
        .addSite(Site.of("Butiken", Position.ofWgs84(59.3, 17.9)))
        .build());
    assertEquals(Invariant.DUPLICATE_ENTRY, e.getInvariant());
  }

  @Test
  void aBlankNameIsRejectedAndAMissingOneIsReportedByTheBuilder() {
    assertEquals(Invariant.BLANK_TEXT, assertThrows(InvariantViolationException.class,
        () -> Enterprise.builder().name("  ").identity(AKTIEBOLAG).legalForm(LegalForm.AKTIEBOLAG).build()).getInvariant());
    IllegalStateException missing = assertThrows(IllegalStateException.class,
        () -> Enterprise.builder().identity(AKTIEBOLAG).legalForm(LegalForm.AKTIEBOLAG).build());
    assertTrue(missing.getMessage().contains("name"), missing.getMessage());
  }

  @Test
  void missingEvidenceStaysMissing() {
    Enterprise enterprise = build(AKTIEBOLAG, LegalForm.AKTIEBOLAG);
    assertTrue(enterprise.getPurpose().isEmpty());
    assertTrue(enterprise.getParticipation().isEmpty());
    assertTrue(enterprise.getProfitPolicy().isEmpty());
    assertTrue(enterprise.getOwnership().isEmpty());
    assertTrue(enterprise.getWorkforce().isEmpty());
    assertTrue(enterprise.getPayRange().isEmpty());
    assertTrue(enterprise.getUnit().isEmpty());
    assertTrue(enterprise.getSites().isEmpty());
  }

  @Test
  void toBuilderGivesAnEqualCopy() {
    Enterprise qualifying = Hbs2017Bidders.qualifying();
    assertEquals(qualifying, qualifying.toBuilder().build());
    assertEquals("Ändrat", qualifying.toBuilder().name("Ändrat").build().getName());
  }

  @Test
  void boardAndOwnershipBoundaries() {
    assertEquals(Invariant.BOARD_WITHOUT_SEATS,
        assertThrows(InvariantViolationException.class, () -> Board.of(0, 0)).getInvariant());
    assertEquals(Invariant.BOARD_SEATS_EXCEED_BOARD,
        assertThrows(InvariantViolationException.class, () -> Board.of(3, 4)).getInvariant());
    assertTrue(Board.of(5, 3).isPubliclyControlled());
    assertTrue(!Board.of(4, 2).isPubliclyControlled(), "exactly half is not a majority");
    assertEquals(Invariant.SHARES_EXCEED_WHOLE, assertThrows(InvariantViolationException.class, () -> Ownership.builder()
        .addOwner(Owner.of("A", OwnerKind.PRIVATE, se.asf.core.Share.ofFraction("0.6")))
        .addOwner(Owner.of("B", OwnerKind.PUBLIC_BODY, se.asf.core.Share.ofFraction("0.4001")))
        .build()).getInvariant());
    Ownership whole = Ownership.builder()
        .addOwner(Owner.of("A", OwnerKind.PRIVATE, se.asf.core.Share.ofFraction("0.6")))
        .addOwner(Owner.of("B", OwnerKind.PUBLIC_BODY, se.asf.core.Share.ofFraction("0.4")))
        .build();
    assertEquals(0, whole.getPublicShare().compareTo(new java.math.BigDecimal("0.4")));
  }

  @Test
  void payAndFiscalYearBoundaries() {
    assertEquals(Invariant.NOT_POSITIVE, assertThrows(InvariantViolationException.class,
        () -> PayRange.of(java.math.BigDecimal.ZERO, java.math.BigDecimal.TEN)).getInvariant());
    assertEquals(Invariant.PAY_RANGE_INVERTED, assertThrows(InvariantViolationException.class,
        () -> PayRange.of(java.math.BigDecimal.TEN, java.math.BigDecimal.ONE)).getInvariant());
    assertEquals(java.math.BigDecimal.TEN, PayRange.of(java.math.BigDecimal.TEN, java.math.BigDecimal.TEN).getHighestMonthly());
    assertEquals(Invariant.NEGATIVE_AMOUNT, assertThrows(InvariantViolationException.class,
        () -> FiscalYear.builder().year(java.time.Year.of(2016)).reinvested(new java.math.BigDecimal("-1"))
            .distributed(java.math.BigDecimal.ZERO).build()).getInvariant());
    assertEquals(Invariant.DUPLICATE_ENTRY, assertThrows(InvariantViolationException.class, () -> ProfitPolicy.builder()
        .addFiscalYear(FiscalYear.builder().year(java.time.Year.of(2016)).reinvested(java.math.BigDecimal.ONE).distributed(java.math.BigDecimal.ZERO).build())
        .addFiscalYear(FiscalYear.builder().year(java.time.Year.of(2016)).reinvested(java.math.BigDecimal.TEN).distributed(java.math.BigDecimal.ZERO).build())
        .build()).getInvariant());
  }

  @Test
  void legalFormsSayWhatTheLawSaysAboutDistribution() {
    assertEquals(ProfitDistributionByLaw.PROHIBITED, LegalForm.STIFTELSE.getProfitDistribution());
    assertEquals(ProfitDistributionByLaw.RESTRICTED, LegalForm.AKTIEBOLAG_SVB.getProfitDistribution());
    assertEquals(ProfitDistributionByLaw.DEPENDS_ON_STATUTES, LegalForm.AKTIEBOLAG.getProfitDistribution());
    assertEquals(ProfitDistributionByLaw.DEPENDS_ON_STATUTES, LegalForm.EKONOMISK_FORENING.getProfitDistribution());
    assertEquals(ProfitDistributionByLaw.OWNER_TAKES_PROFIT, LegalForm.ENSKILD_FIRMA.getProfitDistribution());
    assertEquals("Aktiebolag med särskild vinstutdelningsbegränsning", LegalForm.AKTIEBOLAG_SVB.getSwedishName());
  }
}
