package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.asf.core.DatePeriod;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.json.AsfJson;
import se.asf.json.base.AsfJsonException;
import se.asf.json.base.JsonProblem;

/** {@code asf procurement --from-notice}: the skeleton of a procurement from a reserved lot of an eForms notice. */
class ProcurementCommandTest {
  static final Path FIXTURES = Path.of(System.getProperty("user.dir"))
      .resolve("../asf-espd/src/test/resources/se/asf/espd/fixtures").normalize();
  static final Path NOTICE = FIXTURES.resolve("eforms-contract-notice-reserved-lots.xml");

  @TempDir
  Path dir;

  private static CliRun procurement(Path notice, String... more) {
    List<String> args = new ArrayList<>(List.of("--lang", "en", "procurement", "--from-notice", notice.toString()));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  private Path notice(String xml) throws IOException {
    return Files.writeString(dir.resolve("notice.xml"), xml, StandardCharsets.UTF_8);
  }

  private static String noticeText() throws IOException {
    return Files.readString(NOTICE, StandardCharsets.UTF_8);
  }

  private static Set<String> properties(String json) throws IOException {
    JsonNode procurement = new ObjectMapper().readTree(json).get("procurement");
    Set<String> names = new TreeSet<>();
    procurement.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void aReservedLotGivesAProcurementDocumentWithWhatTheNoticeCarries() {
    CliRun run = procurement(NOTICE, "--lot", "LOT-0001");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    ReservedProcurement read = AsfJson.create().readProcurement(run.out);
    assertEquals("KS 2026/117 LOT-0001", read.getReference());
    assertEquals("Arbetsträning inom second hand", read.getTitle());
    assertEquals(List.of(ContractingAuthority.of("Exempelstads kommun", Organisationsnummer.parse("212000-0142"))),
        read.getContractingAuthorities());
    assertEquals(LegalBasis.LOU_4_18_RESERVED_PARTICIPATION, read.getLegalBasis());
    assertEquals(LocalDate.of(2026, 12, 11), read.getTenderDeadline());
    assertEquals(DatePeriod.of(LocalDate.of(2027, 2, 1), LocalDate.of(2029, 5, 31)), read.getContractPeriod());
    assertEquals(Optional.of(ShareRequirement.statutory()), read.getShareRequirement());
    assertEquals(Optional.empty(), read.getGeographicRequirement());
    assertFalse(read.isVolumesGuaranteed());
    // What the notice cannot carry is listed, one line each, on standard error.
    assertTrue(run.err.contains("Skeleton of lot LOT-0001 written to standard output."), run.err);
    for (String property : List.of("shareRequirement.threshold: 0.3 written", "geographicRequirement: none written;"
        + " add centres and radiusMetres", "additionalRequirements: none written", "volumesGuaranteed: false written")) {
      assertTrue(run.err.contains("  - " + property), property + "\n" + run.err);
    }
    assertFalse(run.err.contains("tenderDeadline: missing"), run.err);
    assertTrue(run.err.contains("Once completed, assess bidders with asf assess --procurement FILE."), run.err);
  }

  @Test
  void theMessagesAreSwedishByDefault() {
    CliRun run = CliRun.run("procurement", "--from-notice", NOTICE.toString(), "--lot", "LOT-0001");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.err.contains("Stommen för delen LOT-0001 skrevs till standard output."), run.err);
    assertTrue(run.err.contains("geographicRequirement: inget skrevs"), run.err);
  }

  @Test
  void whatTheNoticeLacksIsLeftOutAndNamedNeverGuessed() throws IOException {
    // LOT-0003 has no dates; without titles and with a buyer reference to no organisation it has
    // none of the four.
    String xml = noticeText().replaceAll("<cbc:Name languageID=\"SWE\">[^<]*</cbc:Name>", "")
        .replaceFirst("(<cac:ContractingParty>\\s*<cac:Party>\\s*<cac:PartyIdentification>\\s*"
            + "<cbc:ID schemeName=\"organization\">)ORG-0001", "$1ORG-0009");
    CliRun run = procurement(notice(xml), "--lot", "LOT-0003");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals(Set.of("additionalRequirements", "legalBasis", "reference", "shareRequirement", "volumesGuaranteed"),
        properties(run.out), run.out);
    AsfJsonException refused = assertThrows(AsfJsonException.class, () -> AsfJson.create().readProcurement(run.out));
    List<String> pointers = refused.getProblems().stream().map(JsonProblem::getPointer).toList();
    assertTrue(pointers.stream().allMatch(p -> p.startsWith("/procurement")), pointers::toString);
    for (String missing : List.of("contractPeriod: missing", "tenderDeadline: missing", "contractingAuthorities: missing",
        "title: missing")) {
      assertTrue(run.err.contains("  - " + missing), missing + "\n" + run.err);
    }
    assertTrue(run.err.contains("The skeleton lacks required properties: asf assess refuses it until they are added."),
        run.err);
    assertTrue(run.err.contains("names no buyer"), "the notice's own finding: " + run.err);
  }

  @Test
  void aSkeletonWithoutDatesStillHasItsOtherPropertiesAndIsWellFormed() throws IOException {
    CliRun run = procurement(NOTICE, "--lot", "LOT-0003");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals(Set.of("additionalRequirements", "contractingAuthorities", "legalBasis", "reference",
        "shareRequirement", "title", "volumesGuaranteed"), properties(run.out), run.out);
    assertTrue(run.out.contains("\"legalBasis\": \"lou-4-18-sheltered-employment-programme\""), run.out);
    assertTrue(run.err.contains("reserved execution (BT-736) without a BT-71 reservation"), run.err);
  }

  @Test
  void aLotThatIsNotReservedIsRefusedWithTheLotsOfTheNotice() {
    CliRun run = procurement(NOTICE, "--lot", "LOT-0002");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.contains("The lot LOT-0002 is not reserved under LOU 4 kap. 18 § (neither BT-71 res-ws nor"
        + " BT-736 yes). Reserved lots: LOT-0001, LOT-0003; every lot: LOT-0001, LOT-0002, LOT-0003, LOT-0004."),
        run.err);
    // BT-71 res-pub-ser is Article 77, not LOU 4 kap. 18 §.
    assertTrue(procurement(NOTICE, "--lot", "LOT-0004").err.contains("The lot LOT-0004 is not reserved"));
  }

  @Test
  void anUnknownLotIsRefusedWithTheLotsOfTheNotice() {
    CliRun run = procurement(NOTICE, "--lot", "LOT-0009");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.contains(NOTICE + ": The notice has no lot LOT-0009. Reserved lots: LOT-0001, LOT-0003;"
        + " every lot: LOT-0001, LOT-0002, LOT-0003, LOT-0004."), run.err);
    assertTrue(procurement(NOTICE, "--lot", "GLO-0001").err.contains("no lot GLO-0001"), "a group is not a lot");
  }

  @Test
  void withoutLotTheOnlyReservedLotIsTakenAndOtherwiseTheChoiceIsListed() throws IOException {
    CliRun two = procurement(NOTICE);
    assertEquals(ExitCodes.INVALID_INPUT, two.exitCode, two.toString());
    assertTrue(two.err.contains("choose one with --lot: LOT-0001, LOT-0003."), two.err);

    Path one = notice(noticeText().replace("listName=\"reserved-execution\">yes<", "listName=\"reserved-execution\">no<"));
    CliRun run = procurement(one);
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("KS 2026/117 LOT-0001", AsfJson.create().readProcurement(run.out).getReference());

    Path none = notice(noticeText().replace(">res-ws<", ">none<").replace(">yes<", ">no<"));
    CliRun nothing = procurement(none);
    assertEquals(ExitCodes.INVALID_INPUT, nothing.exitCode, nothing.toString());
    assertTrue(nothing.err.contains("The notice has no lot reserved under LOU 4 kap. 18 § (BT-71 res-ws or BT-736"
        + " yes); its lots: LOT-0001, LOT-0002, LOT-0003, LOT-0004."), nothing.err);
  }

  @Test
  void aHostileOrBrokenNoticeIsRefusedNamingTheFile() throws IOException {
    Path xxe = notice("<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>");
    CliRun run = procurement(xxe, "--lot", "LOT-0001");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertTrue(run.err.startsWith(xxe + ": ") && run.err.contains("document type declarations"), run.err);
    assertFalse(run.err.contains("root:"), run.err);

    CliRun missing = procurement(dir.resolve("absent.xml"), "--lot", "LOT-0001");
    assertEquals(ExitCodes.INVALID_INPUT, missing.exitCode, missing.toString());
    assertTrue(missing.err.contains("absent.xml"), missing.err);

    CliRun espd = procurement(FIXTURES.resolve("espd-response-4.1.0-denmark.xml"), "--lot", "LOT-0001");
    assertEquals(ExitCodes.INVALID_INPUT, espd.exitCode, espd.toString());
    assertTrue(espd.err.contains("ContractNotice"), "the wrong root is named: " + espd.err);
  }

  @Test
  void theSkeletonGoesToAFileReplacedOnlyWhenComplete() throws IOException {
    Path out = dir.resolve("procurement.json");
    Files.writeString(out, "old");
    CliRun run = procurement(NOTICE, "--lot", "LOT-0001", "--output", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertEquals(procurement(NOTICE, "--lot", "LOT-0001").out, Files.readString(out, StandardCharsets.UTF_8));
    assertTrue(run.err.contains("written to " + out), run.err);
    try (var files = Files.list(dir)) {
      assertEquals(List.of(out), files.toList(), "no temporary file is left behind");
    }

    CliRun unwritable = procurement(NOTICE, "--lot", "LOT-0001", "--output", dir.resolve("no/such/dir.json").toString());
    assertEquals(ExitCodes.SOFTWARE, unwritable.exitCode, unwritable.toString());
    assertTrue(unwritable.err.contains("The file cannot be written"), unwritable.err);
  }

  @Test
  void aCompletedSkeletonAssessesBidders() throws IOException {
    String skeleton = procurement(NOTICE, "--lot", "LOT-0001").out;
    Path file = Files.writeString(dir.resolve("lot-1.json"), skeleton.replace("\"additionalRequirements\": [],",
        "\"additionalRequirements\": [\"integration-purpose\"],"));
    CliRun run = CliRun.run("--lang", "en", "assess", "--procurement", file.toString(), "--bidders",
        FIXTURES.resolve("espd-response-3.1.0-finland.xml").toString());
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertTrue(run.out.contains("KS 2026/117 LOT-0001") && run.out.contains("Esimerkki Osuuskunta"), run.out);
  }

  @Test
  void aPropertyIsTakenOutOfACanonicalDocumentWhereverItStands() throws IOException {
    String document = AsfJson.create().writeProcurement(AsfJson.create().readProcurement(
        Files.readString(AssessCommandTest.EXAMPLES.resolve("hbs-2017-pilot.procurement.json"))));
    for (String property : List.of("reference", "contractingAuthorities", "shareRequirement", "geographicRequirement",
        "contractPeriod", "volumesGuaranteed")) {
      String without = ProcurementCommand.withoutProperty(document, property);
      Set<String> expected = new TreeSet<>(properties(document));
      expected.remove(property);
      assertEquals(expected, properties(without), property);
    }
    assertThrows(IllegalStateException.class, () -> ProcurementCommand.withoutProperty(document, "radiusMetres"),
        "only the procurement's own properties");
  }

  @Test
  void aNoticeWhoseDeadlineFallsAfterTheContractStartsIsRefusedWithTheReason() throws IOException {
    Path late = notice(noticeText().replace("<cbc:EndDate>2026-12-11+01:00</cbc:EndDate>",
        "<cbc:EndDate>2027-03-01+01:00</cbc:EndDate>"));
    CliRun run = procurement(late, "--lot", "LOT-0001");
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.startsWith(late + ": The lot LOT-0001 cannot be a procurement as the notice gives it: "),
        run.err);
    assertTrue(run.err.contains("2027-03-01") && run.err.contains("2027-02-01"), run.err);
  }
}
