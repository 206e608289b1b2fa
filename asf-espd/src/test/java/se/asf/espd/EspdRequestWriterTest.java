package se.asf.espd;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import javax.xml.validation.Schema;
import org.junit.jupiter.api.Test;
import se.asf.core.Share;

/** The written 4.x criterion is valid UBL 2.3 and the reader finds its answers by structure. */
class EspdRequestWriterTest {
  private static final String CRITERION = EspdRequestWriter.shelteredWorkshopCriterion();

  private static String request() {
    String inner = CRITERION.replaceFirst(" xmlns:cac=\"[^\"]*\" xmlns:cbc=\"[^\"]*\"", "");
    return "<QualificationApplicationRequest xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:QualificationApplicationRequest-2\""
        + " xmlns:cac=\"" + EspdReader.CAC + "\" xmlns:cbc=\"" + EspdReader.CBC + "\">"
        + "<cbc:ProfileExecutionID>ESPD-EDMv4.1.0-EXTENDED</cbc:ProfileExecutionID>"
        + "<cbc:ID>ESPD-Q-1</cbc:ID><cbc:ContractFolderID>KS 2026/117</cbc:ContractFolderID><cbc:IssueDate>2026-11-01</cbc:IssueDate>"
        + "<cac:ContractingParty><cac:Party><cac:PartyName><cbc:Name>Exempelstads kommun</cbc:Name></cac:PartyName></cac:Party>"
        + "</cac:ContractingParty>" + inner + "</QualificationApplicationRequest>";
  }

  @Test
  void theCriterionIsValidUbl23AndSoIsARequestHoldingIt() {
    Schema cac = Fixtures.schema("external/schemas/ubl23/common/UBL-CommonAggregateComponents-2.3.xsd");
    assertDoesNotThrow(() -> Fixtures.validate(cac, CRITERION), CRITERION);
    Schema request = Fixtures.schema("external/schemas/ubl23/maindoc/UBL-QualificationApplicationRequest-2.3.xsd");
    assertDoesNotThrow(() -> Fixtures.validate(request, request()), request());
  }

  @Test
  void aResponseToTheWrittenCriterionIsReadByItsStructure() throws ReadException {
    String criterion = CRITERION.replaceFirst(" xmlns:cac=\"[^\"]*\" xmlns:cbc=\"[^\"]*\"", "");
    String response = Fixtures.text(Fixtures.DENMARK_4_1_0);
    int shelter = response.indexOf("<cac:TenderingCriterion>", response.indexOf("</cac:TenderingCriterion>"));
    int end = response.indexOf("</cac:TenderingCriterion>", shelter) + "</cac:TenderingCriterion>".length();
    String replaced = response.substring(0, shelter) + criterion + response.substring(end);
    EspdResponse read = EspdReader.standard().read(Fixtures.stream(replaced));
    assertEquals(Optional.of(Share.ofPercent(new java.math.BigDecimal("62.5"))),
        read.getSelfDeclaredShare().orElseThrow().getDeclaredShare());
  }
}
