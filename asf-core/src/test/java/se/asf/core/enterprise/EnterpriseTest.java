package se.asf.core.enterprise;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asf.core.InvariantAssertions.assertViolates;
import static se.asf.core.enterprise.TestIdentities.organisationsnummer;
import static se.asf.core.enterprise.TestIdentities.personnummer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import se.asf.core.DatePeriod;
import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;
import se.asf.core.Share;
import se.asf.core.geo.Position;
import se.asf.core.identity.OrganisationGroup;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.ForeignIdentifierScheme;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.SupplierIdentity;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.core.workforce.Workforce;
import se.asf.core.workforce.WorkforceLine;

class EnterpriseTest {

  private static EnterpriseBuilder enterprise(LegalForm form, SupplierIdentity identity) {
    return Enterprise.builder().name("Exempel Second Hand").identity(identity).legalForm(form);
  }

  private static EnterpriseBuilder aktiebolag() {
    return enterprise(LegalForm.AKTIEBOLAG, organisationsnummer(TestIdentities.AKTIEBOLAG));
  }

  @Test
  void theTestNumbersAreValidAndInTheirGroups() {
    TestIdentities.BY_GROUP.forEach((group, text) -> {
      assertTrue(Organisationsnummer.isValid(text), text);
      assertEquals(group, Organisationsnummer.parse(text).getGroup(), text);
    });
    assertEquals(OrganisationGroup.values().length, TestIdentities.BY_GROUP.size(), "one number per group");
  }

  @Test
  void anAktiebolagWithAGroupFiveNumberIsAccepted() {
    Enterprise enterprise = aktiebolag().build();

    assertEquals(LegalForm.AKTIEBOLAG, enterprise.getLegalForm());
    assertEquals(organisationsnummer("556016-0680"), enterprise.getIdentity());
  }

  @Test
  void anAktiebolagWithAGroupEightNumberIsRejected() {
    InvariantViolationException e = assertViolates(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legalForm",
        () -> enterprise(LegalForm.AKTIEBOLAG, organisationsnummer(TestIdentities.IDEELL_FORENING)).build());

    assertEquals(List.of("AKTIEBOLAG", "802000-0009"), e.getArguments());
  }

  @Test
  void aSoleTraderWithAPersonnummerIsAccepted() {
    Enterprise enterprise = enterprise(LegalForm.ENSKILD_FIRMA, personnummer()).build();

    assertEquals(personnummer(), enterprise.getIdentity());
  }

  @ParameterizedTest
  @EnumSource(OrganisationGroup.class)
  void aSoleTraderWithAnOrganisationNumberIsRejected(OrganisationGroup group) {
    assertViolates(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legalForm",
        () -> enterprise(LegalForm.ENSKILD_FIRMA, organisationsnummer(group)).build());
  }

  @ParameterizedTest
  @EnumSource(value = LegalForm.class, mode = EnumSource.Mode.EXCLUDE, names = "ENSKILD_FIRMA")
  void onlyASoleTraderMayHaveAPersonnummer(LegalForm form) {
    InvariantViolationException e = assertViolates(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legalForm",
        () -> enterprise(form, personnummer()).build());

    assertEquals(List.of(form.name(), "19121212-****"), e.getArguments(), "the personnummer is masked");
  }

  @ParameterizedTest
  @EnumSource(LegalForm.class)
  void aForeignIdentifierFitsEveryLegalForm(LegalForm form) {
    ForeignIdentifier cvr = ForeignIdentifier.of("DK", ForeignIdentifierScheme.NATIONAL_REGISTER, "24256790");

    assertEquals(cvr, enterprise(form, cvr).build().getIdentity());
  }

  @Test
  void aPublicBodyNeedsAGroupTwoNumber() {
    assertDoesNotThrow(() -> enterprise(LegalForm.PUBLIC_BODY, organisationsnummer(TestIdentities.PUBLIC_SECTOR)).build());
    assertViolates(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legalForm",
        () -> enterprise(LegalForm.PUBLIC_BODY, organisationsnummer(TestIdentities.AKTIEBOLAG)).build());
  }

  @ParameterizedTest
  @EnumSource(OrganisationGroup.class)
  void otherAcceptsAnyGroup(OrganisationGroup group) {
    assertDoesNotThrow(() -> enterprise(LegalForm.OTHER, organisationsnummer(group)).build());
  }

  /** Which first digits each form is registered under, written out rather than read from the enum. */
  private static final Map<LegalForm, String> FITTING_DIGITS = Map.of(
      LegalForm.AKTIEBOLAG, "5",
      LegalForm.AKTIEBOLAG_SVB, "5",
      LegalForm.ENSKILD_FIRMA, "",
      LegalForm.EKONOMISK_FORENING, "7",
      LegalForm.IDEELL_FORENING, "8",
      LegalForm.STIFTELSE, "8",
      LegalForm.HANDELSBOLAG, "9",
      LegalForm.KOMMANDITBOLAG, "9",
      LegalForm.PUBLIC_BODY, "2",
      LegalForm.OTHER, "12356789");

  static Stream<Arguments> everyFormWithEveryGroup() {
    return Stream.of(LegalForm.values()).flatMap(form -> Stream.of(OrganisationGroup.values())
        .map(group -> Arguments.of(form, group, FITTING_DIGITS.get(form).contains(Integer.toString(group.getDigit())))));
  }

  @ParameterizedTest(name = "{0} with group {1}: fits = {2}")
  @MethodSource("everyFormWithEveryGroup")
  void acceptsAnOrganisationNumberOnlyInAGroupTheFormIsRegisteredUnder(
      LegalForm form, OrganisationGroup group, boolean fits) {
    EnterpriseBuilder builder = enterprise(form, organisationsnummer(group));
    if (fits) {
      assertEquals(form, builder.build().getLegalForm());
    } else {
      assertViolates(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legalForm", builder::build);
    }
  }

  @Test
  void rejectsTwoSitesWithTheSameName() {
    InvariantViolationException e = assertViolates(Invariant.DUPLICATE_ENTRY, "sites",
        () -> aktiebolag()
            .addSite(Site.of("Butiken", Position.ofWgs84(59.1983, 17.8353)))
            .addSite(Site.of("Lagret", Position.ofWgs84(59.2, 17.8)))
            .addSite(Site.of("Butiken", Position.ofWgs84(59.2347, 17.9806)))
            .build());

    assertEquals(List.of("Butiken"), e.getArguments());
  }

  @Test
  void acceptsSitesWithDistinctNames() {
    Enterprise enterprise = aktiebolag()
        .addSite(Site.of("Butiken", Position.ofWgs84(59.1983, 17.8353)))
        .addSite(Site.builder().name("Lagret").build())
        .build();

    assertEquals(2, enterprise.getSites().size());
    assertEquals(Optional.empty(), enterprise.getSites().get(1).getPosition());
  }

  @Test
  void rejectsABlankName() {
    assertViolates(Invariant.BLANK_TEXT, "name", () -> aktiebolag().name(" \t").build());
    assertViolates(Invariant.BLANK_TEXT, "name", () -> aktiebolag().name("").build());
  }

  @Test
  void rejectsABlankUnit() {
    assertViolates(Invariant.BLANK_TEXT, "unit", () -> aktiebolag().unit(" ").build());
  }

  @Test
  void requiresNameIdentityAndLegalForm() {
    Organisationsnummer number = organisationsnummer(TestIdentities.AKTIEBOLAG);

    IllegalStateException noName = assertThrows(IllegalStateException.class,
        () -> Enterprise.builder().identity(number).legalForm(LegalForm.AKTIEBOLAG).build());
    IllegalStateException noIdentity = assertThrows(IllegalStateException.class,
        () -> Enterprise.builder().name("AB").legalForm(LegalForm.AKTIEBOLAG).build());
    IllegalStateException noForm = assertThrows(IllegalStateException.class,
        () -> Enterprise.builder().name("AB").identity(number).build());

    assertTrue(noName.getMessage().contains("name"), noName.getMessage());
    assertTrue(noIdentity.getMessage().contains("identity"), noIdentity.getMessage());
    assertTrue(noForm.getMessage().contains("legalForm"), noForm.getMessage());
  }

  @Test
  void evidenceNotGivenStaysAbsent() {
    Enterprise enterprise = aktiebolag().build();

    assertEquals(Optional.empty(), enterprise.getUnit());
    assertEquals(Optional.empty(), enterprise.getPurpose());
    assertEquals(Optional.empty(), enterprise.getParticipation());
    assertEquals(Optional.empty(), enterprise.getProfitPolicy());
    assertEquals(Optional.empty(), enterprise.getOwnership());
    assertEquals(Optional.empty(), enterprise.getWorkforce());
    assertEquals(Optional.empty(), enterprise.getPayRange());
    assertEquals(List.of(), enterprise.getSites());
    assertEquals(List.of(), enterprise.getBusinessActivities());
  }

  private static Enterprise withEveryAttribute() {
    return enterprise(LegalForm.EKONOMISK_FORENING, organisationsnummer(TestIdentities.EKONOMISK_FORENING))
        .unit("Tumba")
        .addSite(Site.builder().name("Butiken").position(Position.ofWgs84(59.1983, 17.8353)).address("Tumba torg 1").build())
        .addBusinessActivity(BusinessActivity.of("Second hand", Offering.GOODS))
        .addBusinessActivity(BusinessActivity.of("Café och catering", Offering.GOODS_AND_SERVICES))
        .purpose(PurposeEvidence.builder()
            .source(EvidenceSource.STATUTES)
            .integrationOverarching(true)
            .publicBenefit(PublicBenefitScope.PARTLY)
            .clause("Föreningens ändamål är att integrera personer som står långt från arbetsmarknaden.")
            .document(DocumentReference.builder().title("Stadgar").date(LocalDate.of(2015, 3, 1)).section("§ 2").build())
            .build())
        .participation(ParticipationEvidence.builder()
            .mechanism(ParticipationMechanism.OWNERSHIP)
            .description("Medarbetarna är medlemmar.")
            .document(DocumentReference.of("Stadgar"))
            .build())
        .profitPolicy(ProfitPolicy.builder()
            .statutesClause(DistributionClause.builder().rule(DistributionRule.MAINLY_REINVESTED).text("Vinsten återinvesteras.").build())
            .addFiscalYear(FiscalYear.builder().year(Year.of(2016)).reinvested(new BigDecimal("120000"))
                .distributed(BigDecimal.ZERO).transferredToIdeburna(new BigDecimal("5000")).build())
            .build())
        .ownership(Ownership.builder()
            .addOwner(Owner.of("Medarbetarna", OwnerKind.CO_WORKERS, Share.ofPercent(100)))
            .board(Board.of(5, 0))
            .build())
        .workforce(Workforce.builder()
            .period(DatePeriod.ofDate(LocalDate.of(2017, 12, 11)))
            .addLine(WorkforceLine.ofFullTime(EngagementForm.EMPLOYMENT, TargetGroup.NONE, 4))
            .addLine(WorkforceLine.of(EngagementForm.WORK_TRAINING, TargetGroup.DISABILITY, 6, new BigDecimal("3.5")))
            .build())
        .payRange(PayRange.of(new BigDecimal("24000"), new BigDecimal("36000")))
        .build();
  }

  @Test
  void toBuilderRoundTripsToAnEqualValue() {
    Enterprise enterprise = withEveryAttribute();

    Enterprise copy = enterprise.toBuilder().build();

    assertEquals(enterprise, copy);
    assertEquals(enterprise.hashCode(), copy.hashCode());
    assertEquals(enterprise.toString(), copy.toString());
  }

  @Test
  void toBuilderChangesOnlyWhatIsSet() {
    Enterprise enterprise = withEveryAttribute();

    Enterprise renamed = enterprise.toBuilder().name("Nytt namn ekonomisk förening").build();

    assertNotEquals(enterprise, renamed);
    assertEquals("Exempel Second Hand", enterprise.getName(), "the original is unchanged");
    assertEquals(enterprise, renamed.toBuilder().name("Exempel Second Hand").build());
  }

  @Test
  void toBuilderRechecksTheInvariants() {
    Enterprise enterprise = withEveryAttribute();

    assertViolates(Invariant.LEGAL_FORM_IDENTITY_MISMATCH, "legalForm",
        () -> enterprise.toBuilder().legalForm(LegalForm.AKTIEBOLAG).build());
  }
}
