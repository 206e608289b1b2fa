package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.asf.rules.radius.SiteDistance;

/** The hand-written builder of {@link Finding}, and the value semantics of what it builds. */
class FindingBuilderTest {
  private static final Reason REASON = Reason.of("TEST", Outcome.MET, List.of("a", "b"));
  private static final Figure A = Figure.percent("a", new BigDecimal("35"));
  private static final Figure B = Figure.percent("b", new BigDecimal("40"));
  private static final SiteDistance TUMBA = SiteDistance.of("Butiken", "Tumba centrum", 100.0, true);
  private static final SiteDistance FAR = SiteDistance.of("Lagret", "Tumba centrum", 20_000.0, false);

  private static FindingBuilder complete() {
    return Finding.builder().ruleId("R").reason(REASON).source("S");
  }

  @Test
  void varargsIterablesAndSingleElementsAddInOrder() {
    Finding finding = complete().addFigures(A, B).addSites(TUMBA, FAR).build();
    assertEquals(List.of(A, B), finding.getFigures());
    assertEquals(List.of(TUMBA, FAR), finding.getSites());
    assertEquals(finding, complete().addAllFigures(List.of(A, B)).addAllSites(List.of(TUMBA, FAR)).build());
    assertEquals(finding, complete().addFigure(A).addFigure(B).addSite(TUMBA).addSite(FAR).build());
  }

  @Test
  void settingAListReplacesWhatWasAdded() {
    Finding finding = complete().addFigure(B).figures(List.of(A, B)).addSite(FAR).sites(List.of(TUMBA))
        .putText("de", "Deutsch").texts(Map.of("en", "English")).build();
    assertEquals(List.of(A, B), finding.getFigures());
    assertEquals(List.of(TUMBA), finding.getSites());
    assertEquals(Map.of("en", "English"), finding.getTexts());
  }

  @Test
  void textsComeSinglyAsEntriesOrAllAtOnceInTheirOrder() {
    Map<String, String> texts = new LinkedHashMap<>();
    texts.put("sv", "Svenska");
    texts.put("en", "English");
    Finding all = complete().addFigures(A, B).putAllTexts(texts).build();
    Finding entries = complete().addFigures(A, B).putText(Map.entry("sv", "Svenska"))
        .putText(Map.entry("en", "English")).build();
    assertEquals(List.of("sv", "en"), List.copyOf(all.getTexts().keySet()));
    assertEquals(all, entries);
    assertEquals("English", all.getMessage(java.util.Locale.ENGLISH));
  }

  @Test
  void fromCopiesEveryPart() {
    Finding original = complete().addFigures(A, B).addSite(TUMBA).putText("sv", "Svenska").build();
    Finding copy = Finding.builder().from(original).build();
    assertEquals(original, copy);
    assertEquals(original.hashCode(), copy.hashCode());
    assertEquals("Finding{ruleId=R, reason=" + REASON + ", figures=[" + A + ", " + B + "], sites=["
        + TUMBA + "], source=S, texts={sv=Svenska}}", copy.toString());
  }

  @Test
  void buildNamesEveryMissingAttribute() {
    assertEquals("Cannot build Finding, some of required attributes are not set [ruleId, reason, source]",
        assertThrows(IllegalStateException.class, () -> Finding.builder().build()).getMessage());
    assertEquals("Cannot build Finding, some of required attributes are not set [reason]",
        assertThrows(IllegalStateException.class, () -> Finding.builder().ruleId("R").source("S").build())
            .getMessage());
    assertEquals("Cannot build Finding, some of required attributes are not set [source]",
        assertThrows(IllegalStateException.class, () -> Finding.builder().ruleId("R").reason(REASON).build())
            .getMessage());
    assertEquals("Cannot build Finding, some of required attributes are not set [ruleId]",
        assertThrows(IllegalStateException.class, () -> Finding.builder().reason(REASON).source("S").build())
            .getMessage());
  }

  @Test
  void nullsAreRefusedWithTheAttributesName() {
    FindingBuilder builder = Finding.builder();
    assertEquals("ruleId", assertThrows(NullPointerException.class, () -> builder.ruleId(null)).getMessage());
    assertEquals("reason", assertThrows(NullPointerException.class, () -> builder.reason(null)).getMessage());
    assertEquals("source", assertThrows(NullPointerException.class, () -> builder.source(null)).getMessage());
    assertEquals("figures element",
        assertThrows(NullPointerException.class, () -> builder.addFigure(null)).getMessage());
    assertEquals("sites element", assertThrows(NullPointerException.class, () -> builder.addSite(null)).getMessage());
    assertEquals("texts key", assertThrows(NullPointerException.class, () -> builder.putText(null, "x")).getMessage());
    assertEquals("texts value for key: sv",
        assertThrows(NullPointerException.class, () -> builder.putText("sv", null)).getMessage());
  }

  @Test
  void findingsDifferInAnyPart() {
    Finding base = complete().addFigures(A, B).addSite(TUMBA).putText("sv", "Svenska").build();
    assertEquals(base, base);
    assertNotEquals(base, (Object) "Finding");
    assertNotEquals(base, Finding.builder().from(base).ruleId("Q").build());
    assertNotEquals(base, Finding.builder().from(base).reason(Reason.of("OTHER", Outcome.MET, List.of("a", "b")))
        .build());
    assertNotEquals(base, Finding.builder().from(base).figures(List.of(A, Figure.percent("b", BigDecimal.ONE)))
        .build());
    assertNotEquals(base, Finding.builder().from(base).sites(List.of(FAR)).build());
    assertNotEquals(base, Finding.builder().from(base).source("T").build());
    assertNotEquals(base, Finding.builder().from(base).texts(Map.of("sv", "Annan")).build());
    assertNotEquals(base.hashCode(), Finding.builder().from(base).ruleId("Q").build().hashCode());
  }

  @Test
  void ofWithSitesKeepsTheSitesAndFigures() {
    Finding finding = Finding.of("R", REASON, "S", List.of(TUMBA), A, B);
    assertEquals(List.of(TUMBA), finding.getSites());
    assertEquals(List.of(A, B), finding.getFigures());
    assertEquals(Map.of(), finding.getTexts());
    assertEquals(complete().addFigures(A, B).addSite(TUMBA).build(), finding);
  }
}
