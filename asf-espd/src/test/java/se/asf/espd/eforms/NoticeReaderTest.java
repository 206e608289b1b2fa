package se.asf.espd.eforms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.asf.core.DatePeriod;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.espd.Fixtures;
import se.asf.espd.ReadException;
import se.asf.espd.ReadFinding;
import se.asf.espd.ReadFindingCode;
import se.asf.espd.ReadProblemCode;

class NoticeReaderTest {
  private static final String NOTICE = Fixtures.text("eforms-contract-notice-reserved-lots.xml");

  private static ContractNotice read(String xml) throws ReadException {
    return NoticeReader.standard().read(Fixtures.stream(xml));
  }

  @Test
  void onlyLotsReservedUnderLou418AreRead() throws ReadException {
    ContractNotice notice = read(NOTICE);
    assertEquals(List.of("LOT-0001", "LOT-0003"), notice.getReservedLots().stream().map(ReservedLot::getLotId).toList());
    assertEquals(List.of("LOT-0001", "LOT-0002", "LOT-0003", "LOT-0004"), notice.getLotIds(),
        "every lot, reserved or not, and no group of lots");
    assertEquals(Optional.of("3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c"), notice.getNoticeId());
    assertEquals(List.of(ReadFinding.of(ReadFindingCode.RESERVED_EXECUTION_ONLY,
        "/ContractNotice/cac:ProcurementProjectLot[4]", " (BT-71 none)")), notice.getFindings());
  }

  @Test
  void aResWsLotCarriesWhatTheNoticeGivesAndListsTheRest() throws ReadException {
    ReservedLot lot = read(NOTICE).getReservedLot("LOT-0001").orElseThrow();
    assertEquals(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION, lot.getLegalBasis());
    assertEquals(Optional.of("res-ws"), lot.getReservedParticipationCode());
    assertEquals(false, lot.isReservedExecution());
    assertEquals(Optional.of("Arbetsträning inom second hand"), lot.getTitle());
    assertEquals(Optional.of(ContractingAuthority.of("Exempelstads kommun", Organisationsnummer.parse("212000-0142"))),
        lot.getBuyer());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 11)), lot.getTenderDeadline());
    assertEquals(Optional.of(DatePeriod.of(LocalDate.of(2027, 2, 1), LocalDate.of(2029, 5, 31))), lot.getContractPeriod());
    assertEquals(List.of(ReservedLot.ToComplete.SHARE_THRESHOLD, ReservedLot.ToComplete.COUNTING_BASIS,
        ReservedLot.ToComplete.GEOGRAPHIC_REQUIREMENT, ReservedLot.ToComplete.ADDITIONAL_REQUIREMENTS,
        ReservedLot.ToComplete.VOLUMES_GUARANTEED), lot.getToComplete());

    ReservedProcurement procurement = lot.toProcurementBuilder().volumesGuaranteed(false).build();
    assertEquals("KS 2026/117 LOT-0001", procurement.getReference());
    assertEquals(Optional.of(ShareRequirement.statutory()), procurement.getShareRequirement());
    assertEquals(Optional.empty(), procurement.getGeographicRequirement());
  }

  @Test
  void aLotWithReservedExecutionOnlyIsAShelteredEmploymentProgrammeAndNeedsItsDates() throws ReadException {
    ReservedLot lot = read(NOTICE).getReservedLot("LOT-0003").orElseThrow();
    assertEquals(LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME, lot.getLegalBasis());
    assertTrue(lot.isReservedExecution());
    assertTrue(lot.getToComplete().containsAll(List.of(ReservedLot.ToComplete.CONTRACT_PERIOD,
        ReservedLot.ToComplete.TENDER_DEADLINE)), lot.getToComplete()::toString);
    assertThrows(IllegalStateException.class, () -> lot.toProcurementBuilder().volumesGuaranteed(false).build(),
        "the user must complete the deadline and the period");
  }

  @Test
  void aNoticeWithoutBuyerSaysSo() throws ReadException {
    ContractNotice notice = read(NOTICE.replace("<cbc:ID schemeName=\"organization\">ORG-0001</cbc:ID>\n      </cac:PartyIdentification>\n    </cac:Party>",
        "<cbc:ID schemeName=\"organization\">ORG-0009</cbc:ID>\n      </cac:PartyIdentification>\n    </cac:Party>"));
    assertEquals(Optional.empty(), notice.getReservedLot("LOT-0001").orElseThrow().getBuyer());
    assertTrue(notice.getReservedLot("LOT-0001").orElseThrow().getToComplete().contains(ReservedLot.ToComplete.BUYER));
    assertEquals(ReadFindingCode.NO_BUYER, notice.getFindings().get(0).getCode());
  }

  @Test
  void anEspdResponseIsNotANotice() {
    ReadException e = assertThrows(ReadException.class, () -> read(Fixtures.text(Fixtures.FINLAND_3_1_0)));
    assertEquals(ReadProblemCode.WRONG_ROOT, e.getProblem().getCode());
    assertEquals("/QualificationApplicationResponse", e.getProblem().getLocation());
  }

  @Test
  void aNoticeWithADoctypeIsRefused() {
    ReadException e = assertThrows(ReadException.class, () -> read(NOTICE.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE ContractNotice [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>")));
    assertEquals(ReadProblemCode.DOCTYPE, e.getProblem().getCode());
  }
}
