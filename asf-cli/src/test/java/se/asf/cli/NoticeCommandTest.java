package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.json.AsfJson;

/** {@code asf notice}: a procurement's reservation as eForms elements or as the ESPD request's criterion. */
class NoticeCommandTest {
  private static final String CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2";
  private static final String CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2";

  @TempDir
  Path dir;

  private static CliRun notice(String procurement, String... more) {
    List<String> args = new ArrayList<>(List.of("--lang", "en", "notice", "--procurement", procurement));
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  private Path procurement(LegalBasis basis) throws IOException {
    AsfJson json = AsfJson.create();
    ReservedProcurement pilot = json.readProcurement(Files.readString(Path.of(AssessCommandTest.PROCUREMENT)));
    var builder = pilot.toBuilder().legalBasis(basis);
    if (!basis.allowsShareRequirement()) {
      builder.shareRequirement(Optional.empty());
    }
    return Files.writeString(dir.resolve(basis + ".json"), json.writeProcurement(builder.build()));
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  private static String code(Document document, String name) {
    NodeList found = document.getElementsByTagNameNS(CBC, name);
    assertEquals(1, found.getLength(), name);
    return found.item(0).getTextContent();
  }

  @Test
  void thePilotIsReservedParticipation() throws Exception {
    CliRun run = notice(AssessCommandTest.PROCUREMENT);
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("", run.err);
    Document xml = parse(run.out);
    Element root = xml.getDocumentElement();
    assertEquals(CAC, root.getNamespaceURI());
    assertEquals("TenderingTerms", root.getLocalName());
    assertEquals("res-ws", code(xml, "TendererRequirementTypeCode"));
    assertEquals("reserved-procurement",
        ((Element) xml.getElementsByTagNameNS(CBC, "TendererRequirementTypeCode").item(0)).getAttribute("listName"));
    assertEquals("no", code(xml, "ExecutionRequirementCode"));
  }

  @Test
  void eachLegalBasisGetsItsCodesAndOtherIsRefused() throws Exception {
    Document programme = parse(notice(procurement(LegalBasis.LOU_4_18_SHELTERED_EMPLOYMENT_PROGRAMME).toString()).out);
    assertEquals("none", code(programme, "TendererRequirementTypeCode"));
    assertEquals("yes", code(programme, "ExecutionRequirementCode"));
    Document ideburen = parse(notice(procurement(LegalBasis.LOU_19_6A_IDEBUREN).toString()).out);
    assertEquals("none", code(ideburen, "TendererRequirementTypeCode"));
    assertEquals("no", code(ideburen, "ExecutionRequirementCode"));

    Path other = procurement(LegalBasis.OTHER);
    CliRun run = notice(other.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertEquals(other + ": The legal basis OTHER has no eForms reservation code this tool can choose.\n", run.err);
  }

  @Test
  void theEspdRequestCriterionIsWrittenForLou418Only() throws Exception {
    CliRun run = notice(AssessCommandTest.PROCUREMENT, "--to", "espd-request");
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    Document xml = parse(run.out);
    assertEquals("TenderingCriterion", xml.getDocumentElement().getLocalName());
    assertEquals("shelt-worksh", code(xml, "CriterionTypeCode"));
    assertTrue(run.out.contains("C57_OT_shelt-worksh/QG1/QSG1/Q1"), run.out);

    Path ideburen = procurement(LegalBasis.LOU_19_6A_IDEBUREN);
    CliRun refused = notice(ideburen.toString(), "--to", "espd-request");
    assertEquals(ExitCodes.INVALID_INPUT, refused.exitCode, refused.toString());
    assertEquals("", refused.out);
    assertTrue(refused.err.contains("belongs to a reservation under LOU 4 kap. 18 §, not to the legal basis"
        + " LOU_19_6A_IDEBUREN"), refused.err);
  }

  @Test
  void anUnknownTargetIsAUsageError() {
    CliRun run = notice(AssessCommandTest.PROCUREMENT, "--to", "ted");
    assertEquals(ExitCodes.USAGE, run.exitCode, run.toString());
    assertTrue(run.err.contains("expected eforms or espd-request, got ted"), run.err);
  }

  @Test
  void aBrokenProcurementIsRefusedWithItsPointer() throws IOException {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 2, \"procurement\": {}}");
    CliRun run = notice(broken.toString());
    assertEquals(ExitCodes.INVALID_INPUT, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertTrue(run.err.startsWith(broken + ": /procurement"), run.err);
    CliRun missing = notice(dir.resolve("absent.json").toString());
    assertEquals(ExitCodes.INVALID_INPUT, missing.exitCode, missing.toString());
    assertTrue(missing.err.contains("No such file."), missing.err);
  }

  @Test
  void theXmlGoesToAFileReplacedOnlyWhenComplete() throws IOException {
    Path out = Files.writeString(dir.resolve("bt-71.xml"), "old");
    CliRun run = notice(AssessCommandTest.PROCUREMENT, "--output", out.toString());
    assertEquals(ExitCodes.OK, run.exitCode, run.toString());
    assertEquals("", run.out);
    assertEquals(notice(AssessCommandTest.PROCUREMENT).out, Files.readString(out, StandardCharsets.UTF_8));
    CliRun unwritable = notice(AssessCommandTest.PROCUREMENT, "--output", dir.resolve("no/such/x.xml").toString());
    assertEquals(ExitCodes.SOFTWARE, unwritable.exitCode, unwritable.toString());
    assertTrue(unwritable.err.contains("The file cannot be written"), unwritable.err);
  }
}
