package se.asf.espd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.asf.core.Share;
import se.asf.core.enterprise.SelfDeclaredShare;

/**
 * The hostile corpus: each document, made by changing one thing in the Finnish 3.1.0 fixture, is
 * either refused with a problem naming the XPath-like location, or read with a finding naming the
 * oddity.
 */
class HostileEspdTest {
  private static final String BASE = Fixtures.text(Fixtures.FINLAND_3_1_0);
  private static final String ROOT = "/QualificationApplicationResponse";
  private static final String PARTY = ROOT + "/cac:EconomicOperatorParty/cac:Party";
  private static final String PERCENTAGE_AT = ROOT + "/cac:TenderingCriterionResponse[3]/cac:ResponseValue/cbc:ResponseNumeric";
  private static final String PROLOGUE = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

  private static String replace(String from, String to) {
    if (!BASE.contains(from)) {
      throw new IllegalArgumentException("not in the fixture: " + from);
    }
    return BASE.replace(from, to);
  }

  private static String withDoctype(String doctype) {
    return replace(PROLOGUE, PROLOGUE + doctype);
  }

  private static String percentage(String value) {
    return replace("<cbc:ResponseNumeric format=\"PERCENTAGE\">35</cbc:ResponseNumeric>",
        "<cbc:ResponseNumeric format=\"PERCENTAGE\">" + value + "</cbc:ResponseNumeric>");
  }

  private static String shelteredCriterion() {
    int start = BASE.indexOf("  <cac:TenderingCriterion>", BASE.indexOf("PARTICIPATION_IN_CRIMINAL_ORGANISATION"));
    int end = BASE.indexOf("</cac:TenderingCriterion>", start) + "</cac:TenderingCriterion>\n".length();
    return BASE.substring(start, end);
  }

  static Stream<Arguments> refused() {
    String deep = "<a>".repeat(80) + "</a>".repeat(80);
    return Stream.of(
        Arguments.of("XXE: an external entity", withDoctype(
            "<!DOCTYPE QualificationApplicationResponse [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>")
            .replace("Esimerkki Osuuskunta", "&xxe;"), ReadProblemCode.DOCTYPE, "/"),
        Arguments.of("billion laughs", withDoctype("<!DOCTYPE QualificationApplicationResponse [<!ENTITY lol \"lol\">"
            + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>")
            .replace("Esimerkki Osuuskunta", "&lol3;"), ReadProblemCode.DOCTYPE, "/"),
        Arguments.of("an external DTD", withDoctype(
            "<!DOCTYPE QualificationApplicationResponse SYSTEM \"http://example.invalid/espd.dtd\">"),
            ReadProblemCode.DOCTYPE, "/"),
        Arguments.of("an undeclared entity reference", replace("Esimerkki Osuuskunta", "&undeclared;"),
            ReadProblemCode.DOCTYPE, PARTY + "/cac:PartyName/cbc:Name"),
        Arguments.of("deep nesting", replace("<cbc:CopyIndicator>false</cbc:CopyIndicator>",
            "<cbc:CopyIndicator>false</cbc:CopyIndicator><cbc:Note>" + deep + "</cbc:Note>"),
            ReadProblemCode.TOO_DEEP, ROOT + "/cbc:Note" + "/a".repeat(62)),
        Arguments.of("a huge text node in a value that is kept", replace("Esimerkki Osuuskunta", "x".repeat(2_000_000)),
            ReadProblemCode.TEXT_TOO_LONG, PARTY + "/cac:PartyName/cbc:Name"),
        Arguments.of("a wrong root", BASE.replace("QualificationApplicationResponse xmlns", "QualificationApplicationRequest xmlns")
            .replace("</QualificationApplicationResponse>", "</QualificationApplicationRequest>"),
            ReadProblemCode.WRONG_ROOT, "/QualificationApplicationRequest"),
        Arguments.of("the wrong namespace", replace("xsd:QualificationApplicationResponse-2\"", "xsd:QualificationApplicationResponse-1\""),
            ReadProblemCode.WRONG_NAMESPACE, ROOT),
        Arguments.of("two sheltered-workshop criteria", replace(shelteredCriterion(), shelteredCriterion() + shelteredCriterion()),
            ReadProblemCode.DUPLICATE_CRITERION, ROOT + "/cac:TenderingCriterion[3]"),
        Arguments.of("a missing economic operator", BASE.substring(0, BASE.indexOf("  <cac:EconomicOperatorParty>"))
            + BASE.substring(BASE.indexOf("</cac:EconomicOperatorParty>") + "</cac:EconomicOperatorParty>\n".length()),
            ReadProblemCode.MISSING, ROOT),
        Arguments.of("an unknown ESPD-EDM version", replace("ESPD-EDMv3.1.0-EXTENDED", "ESPD-EDMv9.9.9-EXTENDED"),
            ReadProblemCode.UNKNOWN_EDM_VERSION, ROOT + "/cbc:ProfileExecutionID"),
        Arguments.of("ESPD-EDM 2.0.2, before this reader's versions", replace("ESPD-EDMv3.1.0-EXTENDED", "ESPD-EDMv2.0.2-BASIC"),
            ReadProblemCode.UNKNOWN_EDM_VERSION, ROOT + "/cbc:ProfileExecutionID"),
        Arguments.of("no version at all", replace("ESPD-EDMv3.1.0-EXTENDED", "EXTENDED"),
            ReadProblemCode.UNKNOWN_EDM_VERSION, ROOT + "/cbc:ProfileExecutionID"),
        Arguments.of("a truncated document", BASE.substring(0, BASE.length() / 2), ReadProblemCode.NOT_WELL_FORMED, null),
        Arguments.of("an empty document", "", ReadProblemCode.NOT_WELL_FORMED, "/"),
        Arguments.of("no identifier", replace("<cbc:ID schemeAgencyID=\"ASF-TEST\">FI01120389</cbc:ID>", ""),
            ReadProblemCode.MISSING, ROOT + "/cac:EconomicOperatorParty"),
        Arguments.of("a foreign VAT number with a wrong check digit", replace("FI01120389", "FI01120388"),
            ReadProblemCode.IDENTIFIER, PARTY + "/cac:PartyIdentification/cbc:ID"),
        Arguments.of("a Swedish VAT number with a wrong check digit", replace("FI01120389", "SE769600000501"),
            ReadProblemCode.IDENTIFIER, PARTY + "/cac:PartyIdentification/cbc:ID"),
        Arguments.of("a register number without a country", replace("FI01120389", "0112038-9")
            .replace("<cbc:IdentificationCode listID=\"CountryCodeIdentifier\" listAgencyID=\"ISO\">FI</cbc:IdentificationCode>", ""),
            ReadProblemCode.IDENTIFIER, PARTY + "/cac:PartyIdentification/cbc:ID"),
        Arguments.of("no name", replace("<cbc:Name>Esimerkki Osuuskunta</cbc:Name>", ""),
            ReadProblemCode.MISSING, ROOT + "/cac:EconomicOperatorParty"),
        Arguments.of("a malformed issue date", replace("2026-11-03", "3 November 2026"),
            ReadProblemCode.MALFORMED_VALUE, ROOT + "/cbc:IssueDate"),
        Arguments.of("no document ID", replace("<cbc:ID schemeAgencyID=\"ASF-TEST\">ESPD-R-FI-0002</cbc:ID>", ""),
            ReadProblemCode.MISSING, ROOT));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("refused")
  void isRefusedWithAProblemNamingTheLocation(String name, String xml, ReadProblemCode code, String location) {
    ReadException e = assertThrows(ReadException.class, () -> EspdReader.standard().read(Fixtures.stream(xml)), name);
    ReadProblem problem = e.getProblem();
    assertEquals(code, problem.getCode(), problem::toString);
    if (location != null) {
      assertEquals(location, problem.getLocation(), problem::toString);
    }
    String english = problem.getMessage(Locale.ENGLISH);
    assertTrue(english.contains(problem.getLocation()), english);
    assertFalse(english.contains("root:x:0:0"), "no file content is ever read");
    assertTrue(problem.getMessage(Locale.forLanguageTag("sv")).contains(problem.getLocation()));
    assertTrue(english.length() < 600, "a message quotes no huge input: " + english.length());
  }

  @Test
  void aDocumentLargerThanTheByteLimitIsRefusedWhereverTheBytesAre() {
    String xml = replace("<cbc:CopyIndicator>false</cbc:CopyIndicator>",
        "<cbc:CopyIndicator>false</cbc:CopyIndicator><cbc:Note>" + "y".repeat(300_000) + "</cbc:Note>");
    ReadException e = assertThrows(ReadException.class,
        () -> EspdReader.builder().maxBytes(200_000).build().read(Fixtures.stream(xml)));
    assertEquals(ReadProblemCode.TOO_LARGE, e.getProblem().getCode());
    assertEquals("at most 200000 bytes", e.getProblem().getDetail());
    assertTrue(e.getProblem().getLocation().startsWith(ROOT), e.getProblem().getLocation());
  }

  @Test
  void aHugeTextInAnElementThatIsSkippedIsReadWithinTheByteLimit() throws ReadException {
    String xml = replace("<cbc:CopyIndicator>false</cbc:CopyIndicator>",
        "<cbc:CopyIndicator>false</cbc:CopyIndicator><cbc:Note>" + "y".repeat(300_000) + "</cbc:Note>");
    assertEquals("ESPD-R-FI-0002", EspdReader.standard().read(Fixtures.stream(xml)).getDocumentId());
  }

  static Stream<Arguments> readWithAFinding() {
    int afterOperator = BASE.indexOf("</cac:EconomicOperatorParty>") + "</cac:EconomicOperatorParty>\n".length();
    String twoOperators = BASE.substring(0, afterOperator)
        + BASE.substring(BASE.indexOf("  <cac:EconomicOperatorParty>"), afterOperator) + BASE.substring(afterOperator);
    String noAnswers = BASE.substring(0, BASE.indexOf("  <cac:TenderingCriterionResponse>", BASE.indexOf("r-5d3b1f9e") - 60))
        + "</QualificationApplicationResponse>\n";
    return Stream.of(
        Arguments.of("percentage -5", percentage("-5"), ReadFindingCode.PERCENTAGE_OUT_OF_RANGE, PERCENTAGE_AT, "-5"),
        Arguments.of("percentage 150", percentage("150"), ReadFindingCode.PERCENTAGE_OUT_OF_RANGE, PERCENTAGE_AT, "150"),
        Arguments.of("percentage 100.01", percentage("100.01"), ReadFindingCode.PERCENTAGE_OUT_OF_RANGE, PERCENTAGE_AT, "100.01"),
        Arguments.of("percentage abc", percentage("abc"), ReadFindingCode.PERCENTAGE_NOT_A_NUMBER, PERCENTAGE_AT, "abc"),
        Arguments.of("percentage 30,5 with a comma", percentage("30,5"), ReadFindingCode.PERCENTAGE_NOT_A_NUMBER, PERCENTAGE_AT, "30,5"),
        Arguments.of("percentage 0.7, fraction or percent", percentage("0.7"), ReadFindingCode.PERCENTAGE_AMBIGUOUS_SCALE,
            PERCENTAGE_AT, "0.7"),
        Arguments.of("percentage 0.10", percentage("0.10"), ReadFindingCode.PERCENTAGE_AMBIGUOUS_SCALE, PERCENTAGE_AT, "0.10"),
        Arguments.of("percentage 1, the upper bound of ambiguity", percentage("1"), ReadFindingCode.PERCENTAGE_AMBIGUOUS_SCALE,
            PERCENTAGE_AT, "1"),
        Arguments.of("a percentage without format", replace(" format=\"PERCENTAGE\">35", ">35"),
            ReadFindingCode.PERCENTAGE_UNIT, PERCENTAGE_AT, "format=-"),
        Arguments.of("the 2.1.1 element in 3.1.0", replace("<cbc:ResponseNumeric format=\"PERCENTAGE\">35</cbc:ResponseNumeric>",
            "<cbc:ResponseQuantity unitCode=\"PERCENTAGE\">35</cbc:ResponseQuantity>"), ReadFindingCode.PERCENTAGE_ELEMENT,
            ROOT + "/cac:TenderingCriterionResponse[3]/cac:ResponseValue/cbc:ResponseQuantity", "ESPD-EDM 3.1.0"),
        Arguments.of("an answer given twice", replace("<cbc:ResponseNumeric format=\"PERCENTAGE\">35</cbc:ResponseNumeric>",
            "<cbc:ResponseNumeric format=\"PERCENTAGE\">35</cbc:ResponseNumeric>\n    </cac:ResponseValue>\n    <cac:ResponseValue>\n"
                + "      <cbc:ResponseNumeric format=\"PERCENTAGE\">10</cbc:ResponseNumeric>"), ReadFindingCode.DUPLICATE_ANSWER,
            ROOT + "/cac:TenderingCriterionResponse[3]/cac:ResponseValue[2]/cbc:ResponseNumeric", "10"),
        Arguments.of("no with a percentage", replace("<cbc:ResponseIndicator>true</cbc:ResponseIndicator>",
            "<cbc:ResponseIndicator>false</cbc:ResponseIndicator>"), ReadFindingCode.PERCENTAGE_WITH_NO, PERCENTAGE_AT, "35"),
        Arguments.of("two economic operators", twoOperators, ReadFindingCode.MORE_ECONOMIC_OPERATORS,
            ROOT + "/cac:EconomicOperatorParty[2]", ""),
        Arguments.of("two identifiers", replace("</cac:PartyIdentification>",
            "</cac:PartyIdentification>\n      <cac:PartyIdentification><cbc:ID>0112038-9</cbc:ID></cac:PartyIdentification>"),
            ReadFindingCode.MORE_IDENTIFIERS, PARTY + "/cac:PartyIdentification[2]/cbc:ID", ""),
        Arguments.of("no sheltered-workshop criterion", replace(shelteredCriterion(), ""), ReadFindingCode.NO_CRITERION, ROOT,
            EspdReader.TYPE_CODE_V2 + " / " + EspdReader.TYPE_CODE_V4),
        Arguments.of("a criterion nobody answered", noAnswers, ReadFindingCode.NOT_ANSWERED,
            ROOT + "/cac:TenderingCriterion[2]", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readWithAFinding")
  void isReadWithAFindingNamingTheOddity(String name, String xml, ReadFindingCode code, String location, String detail)
      throws ReadException {
    EspdResponse response = EspdReader.standard().read(Fixtures.stream(xml));
    List<ReadFinding> matching = response.getFindings().stream().filter(f -> f.getCode() == code).toList();
    assertEquals(List.of(ReadFinding.of(code, location, detail)), matching, response.getFindings()::toString);
    assertTrue(matching.get(0).getMessage(Locale.ENGLISH).contains(location));
  }

  @Test
  void anOddPercentageIsKeptAsWrittenButNeverReadAsAShare() throws ReadException {
    for (String value : List.of("-5", "150", "abc", "0.7", "1")) {
      SelfDeclaredShare declared = EspdReader.standard().read(Fixtures.stream(percentage(value)))
          .getSelfDeclaredShare().orElseThrow();
      assertEquals(Optional.of(value), declared.getDeclaredValue(), value);
      assertEquals(Optional.empty(), declared.getDeclaredShare(), value);
    }
  }

  @Test
  void theBoundariesOfTheUnambiguousRangeAreRead() throws ReadException {
    for (String value : List.of("0", "1.01", "30", "100", "+45.5")) {
      SelfDeclaredShare declared = EspdReader.standard().read(Fixtures.stream(percentage(value)))
          .getSelfDeclaredShare().orElseThrow();
      assertEquals(Optional.of(Share.ofPercent(new java.math.BigDecimal(value))), declared.getDeclaredShare(), value);
    }
  }
}
