package se.asf.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.enterprise.DeclarationDocument;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.SelfDeclarationPolicy;
import se.asf.core.procurement.ShareRequirement;
import se.asf.json.base.AsfDocument;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.JsonProblemCode;
import se.asf.json.fixtures.Fixtures;
import se.asf.json.fixtures.Schemas;

/**
 * A foreign bidder's identifier, a self-declared share and the procurement's self-declaration policy
 * and maximum workforce age are written and read back: none is dropped.
 */
class ForeignBiddersAndSelfDeclarationsTest {
  private static final String FOREIGN = """
      {"formatVersion": 1, "bidders": [{"name": "Työkeskus Oy", "foreignIdentifier": "%s",
       "legalForm": "aktiebolag", "sites": []}]}
      """;

  private static SelfDeclaredShare declaration() {
    return SelfDeclaredShare.builder().indicator(true).declaredValue("70").declaredShare(Share.ofPercent(70))
        .categories("Personer med funktionsnedsättning").document(DeclarationDocument.ESPD_RESPONSE)
        .documentId("ESPD-FI-1").standardVersion("ESPD-EDM 4.0.0").build();
  }

  private static Enterprise finnish() {
    return Enterprise.builder().name("Työkeskus Oy").identity(ForeignIdentifier.parse("FI:VAT:FI01120389"))
        .legalForm(LegalForm.AKTIEBOLAG).selfDeclaredShare(declaration()).build();
  }

  @Test
  void aForeignIdentifierIsWrittenAsItsCanonicalSpellingAndReadBack() {
    String written = Fixtures.MASKED.writeBidders(List.of(finnish()));
    assertTrue(written.contains("\"foreignIdentifier\": \"FI:VAT:FI01120389\""), written);
    assertFalse(written.contains("organisationNumber"), written);
    assertEquals(List.of(finnish()), Fixtures.MASKED.readBidders(written));
    assertEquals(Set.of(), Schemas.validate(AsfDocument.BIDDERS, written));
  }

  @Test
  void everySchemeAndCountryReadsBackAsTheSameIdentifier() {
    for (String identifier : List.of("FI:VAT:FI01120389", "FI:NATIONAL_REGISTER:0112038-9",
        "DK:NATIONAL_REGISTER:13585628", "NO:NATIONAL_REGISTER:923609016", "DE:VAT:DE129273398")) {
      Enterprise read = Fixtures.MASKED.readBidders(FOREIGN.formatted(identifier)).get(0);
      assertEquals(ForeignIdentifier.parse(identifier), read.getIdentity(), identifier);
      assertEquals(identifier, read.getIdentity().toString(), identifier);
      assertEquals(Set.of(), Schemas.validate(AsfDocument.BIDDERS, FOREIGN.formatted(identifier)), identifier);
    }
  }

  @Test
  void aWrongCheckDigitIsRefusedAtTheIdentifierWithoutShowingIt() {
    AsfJsonException e = assertThrows(AsfJsonException.class,
        () -> Fixtures.MASKED.readBidders(FOREIGN.formatted("NO:NATIONAL_REGISTER:923609017")));
    assertEquals(JsonProblemCode.INVALID_IDENTITY, e.getCode());
    assertEquals("/bidders/0/foreignIdentifier", e.getPointer());
    assertFalse(e.getMessage(java.util.Locale.ENGLISH).contains("923609017"), e.getMessage(java.util.Locale.ENGLISH));
    assertTrue(e.getMessage(java.util.Locale.ENGLISH).contains("check digit"), e.getMessage(java.util.Locale.ENGLISH));
  }

  @Test
  void aSelfDeclaredShareKeepsEveryFieldAndItsSource() {
    String written = Fixtures.MASKED.writeBidders(List.of(finnish()));
    assertTrue(written.contains("\"selfDeclaredShare\": {\n"), written);
    for (String field : List.of("\"indicator\": true", "\"declaredValue\": \"70\"", "\"declaredShare\": 0.7",
        "\"categories\": \"Personer med funktionsnedsättning\"", "\"document\": \"espd-response\"",
        "\"documentId\": \"ESPD-FI-1\"", "\"standardVersion\": \"ESPD-EDM 4.0.0\"")) {
      assertTrue(written.contains(field), field + " in " + written);
    }
    SelfDeclaredShare read = Fixtures.MASKED.readBidders(written).get(0).getSelfDeclaredShare().orElseThrow();
    assertEquals(declaration(), read);
  }

  @Test
  void aSelfDeclarationWithoutAnswersKeepsOnlyItsSource() {
    SelfDeclaredShare bare = SelfDeclaredShare.builder().document(DeclarationDocument.ESPD_RESPONSE)
        .documentId("E-2").standardVersion("ESPD-EDM 2.1.1").build();
    Enterprise enterprise = Enterprise.builder().from(finnish()).selfDeclaredShare(bare).build();
    String written = Fixtures.MASKED.writeBidders(List.of(enterprise));
    assertFalse(written.contains("indicator"), written);
    assertFalse(written.contains("declaredShare\""), written);
    assertEquals(List.of(enterprise), Fixtures.MASKED.readBidders(written));
  }

  @Test
  void theShareRequirementKeepsItsSelfDeclarationPolicyAndMaximumWorkforceAge() {
    ReservedProcurement pilot = Fixtures.MASKED.readProcurement(
        Fixtures.text("se/asf/json/examples/hbs-2017-pilot.procurement.json"));
    ShareRequirement requirement = ShareRequirement.builder().from(pilot.getShareRequirement().orElseThrow())
        .selfDeclarations(SelfDeclarationPolicy.ACCEPT_AT_QUALIFICATION)
        .maximumWorkforceAge(Period.ofYears(1)).build();
    ReservedProcurement procurement = ReservedProcurement.builder().from(pilot).shareRequirement(requirement).build();
    String written = Fixtures.MASKED.writeProcurement(procurement);
    assertTrue(written.contains("\"selfDeclarations\": \"accept-at-qualification\""), written);
    assertTrue(written.contains("\"maximumWorkforceAge\": \"P1Y\""), written);
    assertEquals(procurement, Fixtures.MASKED.readProcurement(written));
    assertEquals(Set.of(), Schemas.validate(AsfDocument.PROCUREMENT, written));
  }

  @Test
  void aShareRequirementWithoutThePolicyRequiresWorkforceFiguresAndHasNoMaximumAge() {
    String document = Fixtures.text("se/asf/json/examples/hbs-2017-pilot.procurement.json")
        .replaceAll(",\\s*\"selfDeclarations\": \"[a-z-]+\"", "")
        .replaceAll(",\\s*\"maximumWorkforceAge\": \"[A-Z0-9]+\"", "");
    assertFalse(document.contains("selfDeclarations"), document);
    ShareRequirement read = Fixtures.MASKED.readProcurement(document).getShareRequirement().orElseThrow();
    assertEquals(SelfDeclarationPolicy.REQUIRE_WORKFORCE_FIGURES, read.getSelfDeclarations());
    assertEquals(Optional.empty(), read.getMaximumWorkforceAge());
  }

  @Test
  void everyKindOfSupplierIdentityIsWrittenAsExactlyOneIdentityPropertyAndReadBack() {
    // SupplierIdentity is sealed: a kind added to asf-core without a wire property fails here, not silently.
    java.util.Map<Class<?>, Enterprise> examples = java.util.Map.of(
        se.asf.core.identity.Organisationsnummer.class, Enterprise.builder().from(finnish())
            .identity(se.asf.core.identity.Organisationsnummer.parse("556016-0680")).build(),
        se.asf.core.identity.Personnummer.class, Enterprise.builder().from(finnish())
            .identity(se.asf.core.identity.Personnummer.parse("19121212-1212", java.time.LocalDate.of(2026, 1, 15)))
            .legalForm(LegalForm.ENSKILD_FIRMA).build(),
        ForeignIdentifier.class, finnish());
    Class<?>[] kinds = se.asf.core.identity.SupplierIdentity.class.getPermittedSubclasses();
    assertEquals(3, kinds.length);
    for (Class<?> kind : kinds) {
      Enterprise enterprise = examples.get(kind);
      assertTrue(enterprise != null, "no wire example for " + kind);
      String written = Fixtures.FULL.writeBidders(List.of(enterprise));
      java.util.regex.Matcher identities =
          java.util.regex.Pattern.compile("\"(organisationNumber|personalIdentityNumber|foreignIdentifier)\": ")
              .matcher(written);
      long count = identities.results().count();
      assertEquals(1, count, kind + ": " + written);
      assertEquals(List.of(enterprise), Fixtures.FULL.readBidders(written), kind.getName());
    }
  }
}
