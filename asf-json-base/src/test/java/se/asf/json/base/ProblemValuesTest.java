package se.asf.json.base;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import se.asf.core.Invariant;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.LegalForm;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.Organisationsnummer;

/**
 * The values a refused document is reported with, as this package makes them: a problem equals another
 * only when every part is the same, an exception holds at least one problem, a streamed item holds an
 * enterprise or problems, and the settings' builder.
 */
class ProblemValuesTest {
  private static final JsonProblem PROBLEM = JsonProblem.of("/a", JsonProblemCode.INVALID_VALUE, "fel", "wrong");

  @Test
  void aMessageOfTheLongestLengthIsKeptWholeAndALongerOneIsCut() {
    int longest = se.asf.json.base.internal.SafeText.MAX_MESSAGE;
    String whole = "a".repeat(longest);
    JsonProblem kept = JsonProblem.of("/a", JsonProblemCode.INVALID_VALUE, whole, whole);
    assertEquals(whole, kept.getMessage(Locale.ENGLISH));
    assertEquals(whole, kept.getMessage(Locale.forLanguageTag("sv")));
    String over = whole + "b";
    JsonProblem cut = JsonProblem.of("/a", JsonProblemCode.INVALID_VALUE, over, over);
    assertEquals(whole + "\u2026", cut.getMessage(Locale.ENGLISH));
  }

  @Test
  void aProblemEqualsAnotherOnlyWhenEveryPartIsTheSame() {
    assertEquals(PROBLEM, JsonProblem.of("/a", JsonProblemCode.INVALID_VALUE, "fel", "wrong"));
    assertEquals(PROBLEM.hashCode(), JsonProblem.of("/a", JsonProblemCode.INVALID_VALUE, "fel", "wrong").hashCode());
    List<JsonProblem> others = List.of(
        JsonProblem.of("/b", JsonProblemCode.INVALID_VALUE, "fel", "wrong"),
        JsonProblem.of("/a", JsonProblemCode.UNKNOWN_CODE, "fel", "wrong"),
        JsonProblem.of("/a", JsonProblemCode.INVALID_VALUE, "annat fel", "wrong"),
        JsonProblem.of("/a", JsonProblemCode.INVALID_VALUE, "fel", "other"));
    for (JsonProblem other : others) {
      assertNotEquals(PROBLEM, other);
      assertNotEquals(PROBLEM.hashCode(), other.hashCode());
    }
    JsonProblem latitude = JsonProblem.ofInvariant("/a", Invariant.LATITUDE_OUT_OF_RANGE, "fel", "wrong");
    assertEquals(latitude, JsonProblem.ofInvariant("/a", Invariant.LATITUDE_OUT_OF_RANGE, "fel", "wrong"));
    assertNotEquals(latitude, JsonProblem.ofInvariant("/a", Invariant.LONGITUDE_OUT_OF_RANGE, "fel", "wrong"));
    assertEquals(Invariant.LATITUDE_OUT_OF_RANGE, latitude.getInvariant().orElseThrow());
    JsonProblem length = JsonProblem.ofIdentity("/a", IdentityProblem.LENGTH, "fel", "wrong");
    assertEquals(length, JsonProblem.ofIdentity("/a", IdentityProblem.LENGTH, "fel", "wrong"));
    assertNotEquals(length, JsonProblem.ofIdentity("/a", IdentityProblem.CHARACTER, "fel", "wrong"));
    assertEquals(IdentityProblem.LENGTH, length.getIdentityProblem().orElseThrow());
    assertNotEquals(PROBLEM, "/a: INVALID_VALUE: wrong");
  }

  @Test
  void aPointerKeepsItsIndexesAndQuotesItsNames() {
    assertEquals("/bidders/12/sites/0/name", JsonProblem.of("/bidders/12/sites/0/name", JsonProblemCode.INVALID_VALUE,
        "fel", "wrong").getPointer());
    assertEquals("", JsonProblem.of("", JsonProblemCode.INVALID_VALUE, "fel", "wrong").getPointer());
    assertEquals("/a~1b/~0", JsonProblem.of("/a~1b/~0", JsonProblemCode.INVALID_VALUE, "fel", "wrong").getPointer());
    String masked = JsonProblem.of("/bidders/0/8112189876", JsonProblemCode.INVALID_VALUE, "fel", "wrong").getPointer();
    assertTrue(masked.startsWith("/bidders/0/"), masked);
    assertFalse(masked.contains("9876"), masked);
  }

  @Test
  void anExceptionHoldsAtLeastOneProblemAndNamesTheDocumentBySlash() {
    assertThrows(IllegalArgumentException.class, () -> new AsfJsonException(List.of()));
    AsfJsonException e = new AsfJsonException(List.of(
        JsonProblem.of("", JsonProblemCode.TRAILING_CONTENT, "efter", "after"), PROBLEM));
    assertEquals("/: after\n/a: wrong", e.getMessage(Locale.ENGLISH));
    assertEquals("/: efter\n/a: fel", e.getMessage(Locale.forLanguageTag("sv")));
  }

  @Test
  void aStreamedItemHoldsAnEnterpriseOrProblemsNeverBothNorNone() {
    Enterprise enterprise = Enterprise.builder().name("Tumba Återbruk").identity(Organisationsnummer.parse("769631-2458"))
        .legalForm(LegalForm.EKONOMISK_FORENING).build();
    assertThrows(IllegalArgumentException.class, () -> new StreamedBidder(0, 1, enterprise, List.of(PROBLEM), false));
    assertThrows(IllegalArgumentException.class, () -> new StreamedBidder(0, 1, null, List.of(), false));
    assertTrue(new StreamedBidder(0, 1, enterprise, List.of(), false).isRead());
    assertFalse(new StreamedBidder(0, 1, null, List.of(PROBLEM), true).isRead());
  }

  @Test
  void anUnexpectedCauseIsReportedAsAnInvalidValue() {
    List<JsonProblem> problems = ProblemReports.from("/x", new IllegalStateException("boom"));
    assertEquals(1, problems.size());
    assertEquals(JsonProblemCode.INVALID_VALUE, problems.get(0).getCode());
    assertEquals("/x", problems.get(0).getPointer());
    assertEquals("The value is invalid.", problems.get(0).getMessage(Locale.ENGLISH));
  }

  @Test
  void theSettingsBuilderSwitchesFeaturesAndNeedsALanguage() {
    AsfSettings.Builder<AsfSettings> builder = AsfSettings.builder(Function.identity());
    assertSame(builder, builder.enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertTrue(builder.build().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertSame(builder, builder.disable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertFalse(builder.build().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertFalse(AsfSettings.defaults().isEnabled(AsfJsonFeature.WRITE_FULL_PERSONNUMMER));
    assertThrows(IllegalArgumentException.class, () -> builder.messageLanguages());
    assertEquals(List.of(Locale.ENGLISH), builder.messageLanguages(Locale.ENGLISH).build().getMessageLanguages());
  }

  @Test
  void theWireCodesCoverTheCoreEnums() {
    assertTrue(WireCodes.types().contains(LegalForm.class));
  }
}
