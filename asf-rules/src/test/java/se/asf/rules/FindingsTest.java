package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.asf.rules.fixtures.FindingAssertions.assertMessages;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FindingsTest {

  /** A (rule id, reason) pair that the library's rules produce, with the outcome and the figures they give it. */
  private record Produced(String ruleId, String reason, Outcome outcome, List<String> figures) {
    String key() {
      return ruleId + "." + reason;
    }
  }

  private static final List<String> NONE = List.of();
  private static final List<String> PURPOSE = List.of("source", "document");
  private static final List<String> CONTROL = List.of("publicShare", "publicSeats");
  private static final List<String> SHARE = List.of("basis", "threshold", "targetGroup", "occupied", "period", "share");
  private static final List<String> RADIUS = List.of("radius", "site", "centre", "distance", "unknownPositions");
  private static final List<String> REINVESTED = List.of("years", "reinvested", "distributed", "share", "threshold");
  private static final List<String> PAY = List.of("lowest", "highest", "ratio", "limit");

  /** Every pair the rules can produce: read off the rules' code, one line per return. */
  private static final List<Produced> PRODUCED = List.of(
      new Produced("TVV-BUSINESS", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("TVV-BUSINESS", "SELLS_GOODS_OR_SERVICES", Outcome.MET, List.of("activities")),
      new Produced("TVV-PURPOSE", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("TVV-PURPOSE", "NOT_OVERARCHING", Outcome.NOT_MET, PURPOSE),
      new Produced("TVV-PURPOSE", "SELF_DECLARATION_ONLY", Outcome.UNDETERMINED, PURPOSE),
      new Produced("TVV-PURPOSE", "STATED", Outcome.MET, PURPOSE),
      new Produced("LOU-4-18-PURPOSE", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("LOU-4-18-PURPOSE", "NOT_OVERARCHING", Outcome.NOT_MET, PURPOSE),
      new Produced("LOU-4-18-PURPOSE", "SELF_DECLARATION_ONLY", Outcome.UNDETERMINED, PURPOSE),
      new Produced("LOU-4-18-PURPOSE", "STATED", Outcome.MET, PURPOSE),
      new Produced("TVV-PARTICIPATION", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("TVV-PARTICIPATION", "NOT_DOCUMENTED", Outcome.UNDETERMINED, List.of("mechanism", "document")),
      new Produced("TVV-PARTICIPATION", "PARTICIPATION", Outcome.MET, List.of("mechanism", "document")),
      new Produced("TVV-REINVESTMENT", "LEGAL_FORM", Outcome.MET, List.of("legalForm")),
      new Produced("TVV-REINVESTMENT", "STATUTES", Outcome.MET, List.of("clause")),
      new Produced("TVV-REINVESTMENT", "NO_EVIDENCE", Outcome.UNDETERMINED, List.of("clause")),
      new Produced("TVV-REINVESTMENT", "NO_SURPLUS", Outcome.UNDETERMINED, REINVESTED.subList(0, 3)),
      new Produced("TVV-REINVESTMENT", "THRESHOLD_REACHED", Outcome.MET, REINVESTED),
      new Produced("TVV-REINVESTMENT", "BELOW_THRESHOLD", Outcome.NOT_MET, REINVESTED),
      new Produced("TVV-INDEPENDENCE", "PUBLIC_SECTOR_IDENTITY", Outcome.NOT_MET, List.of("identity", "group")),
      new Produced("TVV-INDEPENDENCE", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("TVV-INDEPENDENCE", "PUBLIC_MAJORITY", Outcome.NOT_MET, CONTROL),
      new Produced("TVV-INDEPENDENCE", "PUBLIC_BOARD_CONTROL", Outcome.NOT_MET, CONTROL),
      new Produced("TVV-INDEPENDENCE", "BOARD_UNKNOWN", Outcome.UNDETERMINED, CONTROL),
      new Produced("TVV-INDEPENDENCE", "INDEPENDENT", Outcome.MET, CONTROL),
      new Produced("LOU-19-6A-CONTROL", "PUBLIC_SECTOR_IDENTITY", Outcome.NOT_MET, List.of("identity", "group")),
      new Produced("LOU-19-6A-CONTROL", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("LOU-19-6A-CONTROL", "PUBLIC_MAJORITY", Outcome.NOT_MET, CONTROL),
      new Produced("LOU-19-6A-CONTROL", "PUBLIC_BOARD_CONTROL", Outcome.NOT_MET, CONTROL),
      new Produced("LOU-19-6A-CONTROL", "BOARD_UNKNOWN", Outcome.UNDETERMINED, CONTROL),
      new Produced("LOU-19-6A-CONTROL", "INDEPENDENT", Outcome.MET, CONTROL),
      new Produced("SKOOPI-NO-DISTRIBUTION", "DISTRIBUTED", Outcome.NOT_MET, List.of("distributed")),
      new Produced("SKOOPI-NO-DISTRIBUTION", "LEGAL_FORM", Outcome.MET, List.of("legalForm")),
      new Produced("SKOOPI-NO-DISTRIBUTION", "STATUTES", Outcome.MET, List.of("legalForm", "clause")),
      new Produced("SKOOPI-NO-DISTRIBUTION", "STATUTES_ALLOW_DISTRIBUTION", Outcome.NOT_MET, List.of("legalForm", "clause")),
      new Produced("SKOOPI-NO-DISTRIBUTION", "LEGAL_FORM_ALLOWS_DISTRIBUTION", Outcome.NOT_MET, List.of("legalForm", "clause")),
      new Produced("SKOOPI-NO-DISTRIBUTION", "NO_EVIDENCE", Outcome.UNDETERMINED, List.of("legalForm", "clause")),
      new Produced("SKOOPI-WRITTEN-PARTICIPATION", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("SKOOPI-WRITTEN-PARTICIPATION", "NO_DOCUMENT", Outcome.UNDETERMINED, List.of("mechanism")),
      new Produced("SKOOPI-WRITTEN-PARTICIPATION", "IN_WRITING", Outcome.MET, List.of("mechanism", "document")),
      new Produced("SKOOPI-PAY-RATIO", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("SKOOPI-PAY-RATIO", "WITHIN_LIMIT", Outcome.MET, PAY),
      new Produced("SKOOPI-PAY-RATIO", "ABOVE_LIMIT", Outcome.NOT_MET, PAY),
      new Produced("SKOOPI-OWN-ORGNR", "SOLE_TRADER", Outcome.NOT_MET, List.of("identity")),
      new Produced("SKOOPI-OWN-ORGNR", "OWN_NUMBER", Outcome.MET, List.of("identity")),
      new Produced("SKOOPI-NO-PUBLIC-OWNER", "PUBLIC_SECTOR_IDENTITY", Outcome.NOT_MET, List.of("identity")),
      new Produced("SKOOPI-NO-PUBLIC-OWNER", "NO_EVIDENCE", Outcome.UNDETERMINED, NONE),
      new Produced("SKOOPI-NO-PUBLIC-OWNER", "PUBLIC_OWNER", Outcome.NOT_MET, List.of("publicOwners")),
      new Produced("SKOOPI-NO-PUBLIC-OWNER", "NO_PUBLIC_OWNER", Outcome.MET, List.of("publicOwners")),
      new Produced("LOU-4-18-SHARE", "NO_EVIDENCE", Outcome.UNDETERMINED, SHARE.subList(0, 2)),
      new Produced("LOU-4-18-SHARE", "NO_ONE_OCCUPIED", Outcome.NOT_MET, SHARE.subList(0, 5)),
      new Produced("LOU-4-18-SHARE", "THRESHOLD_REACHED", Outcome.MET, SHARE),
      new Produced("LOU-4-18-SHARE", "BELOW_THRESHOLD", Outcome.NOT_MET, SHARE),
      new Produced("HFD-2021-48-ENTITY", "UNIT_ONLY", Outcome.NOT_MET, List.of("identity", "unit")),
      new Produced("HFD-2021-48-ENTITY", "WHOLE_ENTITY", Outcome.MET, List.of("identity")),
      new Produced("LOU-19-6A-PURPOSE", "NO_EVIDENCE", Outcome.UNDETERMINED, List.of("source", "publicBenefit")),
      new Produced("LOU-19-6A-PURPOSE", "NOT_EXCLUSIVELY", Outcome.NOT_MET, List.of("source", "publicBenefit")),
      new Produced("LOU-19-6A-PURPOSE", "NOT_IN_STATUTES", Outcome.UNDETERMINED, List.of("source", "publicBenefit")),
      new Produced("LOU-19-6A-PURPOSE", "EXCLUSIVELY", Outcome.MET, List.of("source", "publicBenefit")),
      new Produced("LOU-19-6A-TRANSFERS", "DISTRIBUTED", Outcome.NOT_MET, List.of("distributed")),
      new Produced("LOU-19-6A-TRANSFERS", "LEGAL_FORM", Outcome.MET, List.of("distributed", "clause")),
      new Produced("LOU-19-6A-TRANSFERS", "STATUTES", Outcome.MET, List.of("distributed", "clause")),
      new Produced("LOU-19-6A-TRANSFERS", "STATUTES_ALLOW_TRANSFERS", Outcome.NOT_MET, List.of("distributed", "clause")),
      new Produced("LOU-19-6A-TRANSFERS", "LEGAL_FORM_ALLOWS_TRANSFERS", Outcome.NOT_MET, List.of("distributed", "clause")),
      new Produced("LOU-19-6A-TRANSFERS", "NO_EVIDENCE", Outcome.UNDETERMINED, List.of("distributed", "clause")),
      new Produced("RADIUS", "NO_SITES", Outcome.UNDETERMINED, List.of("radius")),
      new Produced("RADIUS", "SITE_INSIDE", Outcome.MET, RADIUS),
      new Produced("RADIUS", "POSITION_UNKNOWN", Outcome.UNDETERMINED, RADIUS),
      new Produced("RADIUS", "ALL_OUTSIDE", Outcome.NOT_MET, RADIUS));

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in = Findings.class.getResourceAsStream("Messages_" + language + ".properties")) {
      assertNotNull(in, "Messages_" + language + ".properties on the class path");
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** The keys in file order, with repeats, which {@link Properties} would silently merge. */
  private static List<String> keysInFile(String language) throws IOException {
    List<String> keys = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        Findings.class.getResourceAsStream("Messages_" + language + ".properties"), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          keys.add(line.substring(0, line.indexOf('=')));
        }
      }
    }
    return keys;
  }

  private static Map<String, String> figuresNamed(List<String> names) {
    Map<String, String> figures = new LinkedHashMap<>();
    names.forEach(name -> figures.put(name, "<" + name + ">"));
    return figures;
  }

  @Test
  void everyProducedPairHasAMessageInBothLanguages() {
    for (Produced produced : PRODUCED) {
      Finding finding = Findings.of(produced.ruleId(), produced.outcome(), produced.reason(), "Källa",
          figuresNamed(produced.figures()));
      assertEquals(produced.ruleId(), finding.getRuleId());
      assertEquals(produced.reason(), finding.getReason());
      assertEquals(produced.outcome(), finding.getOutcome());
      assertEquals(produced.figures(), List.copyOf(finding.getFigures().keySet()));
      // Non-blank, different in Swedish and English, every placeholder filled by a figure.
      assertMessages(finding);
    }
  }

  @Test
  void messagesOnlyUseFiguresTheRuleGives() throws IOException {
    for (String language : List.of("sv", "en")) {
      Properties bundle = bundle(language);
      for (Produced produced : PRODUCED) {
        String message = bundle.getProperty(produced.key());
        assertNotNull(message, () -> language + " has no message " + produced.key());
        Matcher placeholder = PLACEHOLDER.matcher(message);
        while (placeholder.find()) {
          int index = Integer.parseInt(placeholder.group(1));
          assertTrue(index < produced.figures().size(),
              () -> language + " " + produced.key() + " uses {" + index + "} of figures " + produced.figures());
        }
      }
    }
  }

  @Test
  void theBundlesHoldExactlyTheProducedPairs() throws IOException {
    Set<String> produced = PRODUCED.stream().map(Produced::key).collect(Collectors.toCollection(TreeSet::new));
    assertEquals(PRODUCED.size(), produced.size(), "each pair listed once");
    Set<String> swedish = new TreeSet<>(bundle("sv").stringPropertyNames());
    Set<String> english = new TreeSet<>(bundle("en").stringPropertyNames());
    assertAll(
        () -> assertEquals(swedish, english, "the Swedish and English bundles have the same keys"),
        () -> assertEquals(produced, swedish, "the Swedish bundle holds exactly the produced pairs"),
        () -> assertEquals(produced, english, "the English bundle holds exactly the produced pairs"));
  }

  @Test
  void noKeyIsWrittenTwice() throws IOException {
    for (String language : List.of("sv", "en")) {
      List<String> keys = keysInFile(language);
      assertEquals(keys.size(), new HashSet<>(keys).size(), language + ": " + keys);
    }
  }

  @Test
  void noMessageHasAnApostropheThatMessageFormatWouldSwallow() throws IOException {
    for (String language : List.of("sv", "en")) {
      Properties bundle = bundle(language);
      for (String key : bundle.stringPropertyNames()) {
        assertFalse(bundle.getProperty(key).contains("'"), language + " " + key);
      }
    }
  }

  @Test
  void theFiguresFillThePlaceholdersInOrder() {
    Map<String, String> figures = Findings.figures();
    figures.put("identity", "769600-0004");
    figures.put("unit", "Butiken");
    Finding finding = Findings.of("HFD-2021-48-ENTITY", Outcome.NOT_MET, "UNIT_ONLY", Sources.HFD_2021_48, figures);
    assertEquals("Underlaget avser enheten Butiken, inte hela den juridiska personen 769600-0004;"
        + " en enhet kan inte kvalificera sig på egen hand.", finding.getMessageSv());
    assertEquals("The evidence describes the unit Butiken, not the whole legal entity 769600-0004;"
        + " a unit cannot qualify on its own.", finding.getMessageEn());
    assertEquals(Sources.HFD_2021_48, finding.getSource());
    assertEquals(List.of("identity", "unit"), List.copyOf(finding.getFigures().keySet()));
  }

  @Test
  void figuresAreNotReadAsPatterns() {
    Map<String, String> figures = Findings.figures();
    figures.put("activities", "Café {0} 'quoted' 100 %");
    Finding finding = Findings.of("TVV-BUSINESS", Outcome.MET, "SELLS_GOODS_OR_SERVICES", Sources.TILLVAXTVERKET, figures);
    assertEquals("The enterprise runs a business: Café {0} 'quoted' 100 %.", finding.getMessageEn());
  }

  @Test
  void anUnknownPairHasNoMessage() {
    assertThrows(MissingResourceException.class,
        () -> Findings.of("RADIUS", Outcome.MET, "NO_SUCH_REASON", Sources.PROCUREMENT_DOCUMENTS, Findings.figures()));
  }

  @Test
  void figuresKeepTheirOrder() {
    Map<String, String> figures = Findings.figures();
    List<String> names = List.of("z", "a", "m", "b");
    names.forEach(name -> figures.put(name, name));
    assertEquals(names, List.copyOf(figures.keySet()));
  }
}
