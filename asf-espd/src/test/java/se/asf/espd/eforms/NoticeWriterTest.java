package se.asf.espd.eforms;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.validation.Schema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.espd.Fixtures;

/** The written BT-71/BT-736 elements are valid eForms (SDK 1.13 schema and code lists) and read back. */
class NoticeWriterTest {
  private static final Schema EFORMS_CAC = Fixtures.schema("eforms-sdk/schemas/common/UBL-CommonAggregateComponents-2.3.xsd");

  private static ReservedProcurement on(LegalBasis basis) {
    ReservedProcurement pilot = Hbs2017Pilot.procurement();
    return basis == LegalBasis.LOU_19_6A_IDEBUREN
        ? pilot.toBuilder().legalBasis(basis).shareRequirement(java.util.Optional.empty()).build()
        : pilot.toBuilder().legalBasis(basis).shareRequirement(ShareRequirement.statutory()).build();
  }

  private static List<String> codes(String codeList) {
    Matcher m = Pattern.compile("ColumnRef=\"code\">\\s*<SimpleValue>([^<]*)").matcher(Fixtures.resource(codeList));
    return m.results().map(r -> r.group(1)).collect(Collectors.toList());
  }

  @ParameterizedTest
  @EnumSource(value = LegalBasis.class, names = "OTHER", mode = EnumSource.Mode.EXCLUDE)
  void theFragmentIsValidAgainstTheEformsSchemaAndUsesCodesFromItsLists(LegalBasis basis) {
    String xml = NoticeWriter.tenderingTerms(on(basis));
    assertDoesNotThrow(() -> Fixtures.validate(EFORMS_CAC, xml), xml);
    assertTrue(codes("eforms-sdk/codelists/reserved-procurement.gc").contains(NoticeWriter.reservedParticipationCode(basis)));
    assertTrue(codes("eforms-sdk/codelists/applicability_reserved-execution.gc").contains(NoticeWriter.reservedExecutionCode(basis)));
  }

  @Test
  void reservedParticipationIsResWsAndNoReservedExecution() {
    String xml = NoticeWriter.tenderingTerms(on(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION));
    assertTrue(xml.contains("<cbc:TendererRequirementTypeCode listName=\"reserved-procurement\">res-ws</cbc:TendererRequirementTypeCode>"), xml);
    assertTrue(xml.contains("<cbc:ExecutionRequirementCode listName=\"reserved-execution\">no</cbc:ExecutionRequirementCode>"), xml);
    assertEquals("yes", NoticeWriter.reservedExecutionCode(LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME));
    assertEquals("none", NoticeWriter.reservedParticipationCode(LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME));
  }

  @Test
  void anOtherBasisHasNoCodeAndIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> NoticeWriter.reservedExecutionCode(LegalBasis.OTHER));
  }

  @ParameterizedTest
  @EnumSource(value = LegalBasis.class, names = {"LOU_4_18_RESERVED_PARTICIPATION", "LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME"})
  void aWrittenLotIsReadBackWithItsLegalBasis(LegalBasis basis) throws Exception {
    String notice = "<ContractNotice xmlns=\"" + NoticeReader.NOTICE_NAMESPACE + "\" xmlns:cac=\"" + NoticeWriter.CAC
        + "\" xmlns:cbc=\"" + NoticeWriter.CBC + "\"><cac:ProcurementProjectLot><cbc:ID schemeName=\"Lot\">LOT-0007</cbc:ID>"
        + NoticeWriter.tenderingTerms(on(basis)) + "</cac:ProcurementProjectLot></ContractNotice>";
    ReservedLot lot = NoticeReader.standard().read(Fixtures.stream(notice)).getReservedLot("LOT-0007").orElseThrow();
    assertEquals(basis, lot.getLegalBasis());
  }
}
