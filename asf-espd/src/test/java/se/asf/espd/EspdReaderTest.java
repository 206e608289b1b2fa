package se.asf.espd;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.validation.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;
import se.asf.core.enterprise.DeclarationDocument;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.enterprise.SelfDeclaredShare;
import se.asf.core.identity.ForeignIdentifier;
import se.asf.core.identity.ForeignIdentifierScheme;
import se.asf.core.identity.Organisationsnummer;

class EspdReaderTest {
  private static final Schema RESPONSE_XSD =
      Fixtures.schema("external/schemas/ubl23/maindoc/UBL-QualificationApplicationResponse-2.3.xsd");

  private static EspdResponse read(String fixture) throws ReadException {
    return EspdReader.standard().read(Fixtures.stream(Fixtures.text(fixture)));
  }

  private static List<ReadFindingCode> codes(EspdResponse response) {
    return response.getFindings().stream().map(ReadFinding::getCode).toList();
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.SWEDEN_VAT_2_1_1, Fixtures.FINLAND_3_1_0, Fixtures.DENMARK_4_1_0,
      Fixtures.ANSWER_NO_3_0_0, Fixtures.WITHOUT_PERCENTAGE_4_0_0})
  void everyFixtureIsAValidUbl23QualificationApplicationResponse(String fixture) {
    assertDoesNotThrow(() -> Fixtures.validate(RESPONSE_XSD, Fixtures.text(fixture)), fixture);
  }

  @Test
  void aSwedishVatNumberBecomesTheOrganisationNumberInside() throws ReadException {
    EspdResponse response = read(Fixtures.SWEDEN_VAT_2_1_1);
    assertEquals(Organisationsnummer.parse("769600-0004"), response.getIdentity());
    assertEquals("2.1.1", response.getVersion().toString());
    assertEquals("ESPD-R-SE-0001", response.getDocumentId());
    assertEquals(Optional.of(LocalDate.of(2026, 11, 2)), response.getIssueDate());
    assertEquals(Optional.of("KS 2026/117"), response.getContractFolderId());
    assertEquals("Exempel Second Hand ekonomisk förening", response.getName());
    assertEquals(Optional.of(PostalAddress.of("Storgatan 1", "147 30", "Tumba", "SE")), response.getAddress());
    assertEquals(List.of(ReadFinding.of(ReadFindingCode.SWEDISH_VAT_NUMBER,
        "/QualificationApplicationResponse/cac:EconomicOperatorParty/cac:Party/cac:PartyIdentification/cbc:ID",
        "769600-0004")), response.getFindings());
    SelfDeclaredShare declared = response.getSelfDeclaredShare().orElseThrow();
    assertEquals(Optional.of(true), declared.getIndicator());
    assertEquals(Optional.of("45"), declared.getDeclaredValue());
    assertEquals(Optional.of(Share.ofPercent(45)), declared.getDeclaredShare());
    assertEquals(Optional.of("Persons with disabilities and long-term unemployed persons in work training."),
        declared.getCategories());
    assertEquals(DeclarationDocument.ESPD_RESPONSE, declared.getDocument());
    assertEquals("ESPD-R-SE-0001", declared.getDocumentId());
    assertEquals("ESPD-EDM 2.1.1", declared.getStandardVersion());
  }

  @Test
  void aFinnishVatNumberIsAForeignIdentifierWithItsCheckDigitVerified() throws ReadException {
    EspdResponse response = read(Fixtures.FINLAND_3_1_0);
    ForeignIdentifier id = (ForeignIdentifier) response.getIdentity();
    assertEquals("FI:VAT:FI01120389", id.toString());
    assertTrue(id.isChecksumVerified());
    assertEquals(Optional.of("FI"), response.getCountry());
    assertEquals(List.of(), response.getFindings());
    assertEquals(Optional.of(Share.ofPercent(35)), response.getSelfDeclaredShare().orElseThrow().getDeclaredShare());
    assertEquals("ESPD-EDM 3.1.0", response.getSelfDeclaredShare().orElseThrow().getStandardVersion());
  }

  @Test
  void aDanishRegisterNumberIsReadInTheAddressCountrysRegister() throws ReadException {
    EspdResponse response = read(Fixtures.DENMARK_4_1_0);
    assertEquals(ForeignIdentifier.of("DK", ForeignIdentifierScheme.NATIONAL_REGISTER, "24256790"), response.getIdentity());
    assertEquals("4.1.0", response.getVersion().toString());
    assertEquals(Optional.of(Share.ofPercent(new BigDecimal("62.5"))),
        response.getSelfDeclaredShare().orElseThrow().getDeclaredShare());
    assertEquals(List.of(), response.getFindings());
  }

  @Test
  void aNoAnswerHasTheIndicatorFalseAndNoShare() throws ReadException {
    EspdResponse response = read(Fixtures.ANSWER_NO_3_0_0);
    assertEquals(Organisationsnummer.parse("556016-0680"), response.getIdentity());
    SelfDeclaredShare declared = response.getSelfDeclaredShare().orElseThrow();
    assertEquals(Optional.of(false), declared.getIndicator());
    assertEquals(Optional.empty(), declared.getDeclaredValue());
    assertEquals(List.of(), response.getFindings());
  }

  @Test
  void aYesWithoutPercentageIsReadWithAFinding() throws ReadException {
    EspdResponse response = read(Fixtures.WITHOUT_PERCENTAGE_4_0_0);
    assertEquals(Organisationsnummer.parse("802000-0009"), response.getIdentity());
    SelfDeclaredShare declared = response.getSelfDeclaredShare().orElseThrow();
    assertEquals(Optional.of(true), declared.getIndicator());
    assertEquals(Optional.empty(), declared.getDeclaredShare());
    assertEquals(Optional.of("Persons in daily activity under LSS."), declared.getCategories());
    assertEquals(List.of(ReadFindingCode.SWEDISH_VAT_NUMBER, ReadFindingCode.PERCENTAGE_MISSING), codes(response));
    ReadFinding missing = response.getFindings().get(1);
    assertEquals("/QualificationApplicationResponse/cac:TenderingCriterion[2]", missing.getLocation());
    assertEquals("The answer to /QualificationApplicationResponse/cac:TenderingCriterion[2] is yes but gives no"
        + " percentage.", missing.getMessage(Locale.ENGLISH));
    assertTrue(missing.getMessage(Locale.forLanguageTag("sv")).startsWith("Svaret på"));
  }

  @Test
  void theEnterpriseCarriesIdentityNameAndDeclaration() throws ReadException {
    EspdResponse response = read(Fixtures.FINLAND_3_1_0);
    Enterprise enterprise = response.toEnterprise();
    assertEquals("Esimerkki Osuuskunta", enterprise.getName());
    assertEquals(response.getIdentity(), enterprise.getIdentity());
    assertEquals(LegalForm.OTHER, enterprise.getLegalForm());
    assertEquals(response.getSelfDeclaredShare(), enterprise.getSelfDeclaredShare());
    assertTrue(enterprise.getWorkforce().isEmpty());
    assertFalse(enterprise.getSites().iterator().hasNext());
  }
}
