package se.asf.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A finding's figures must be its reason's declared ones, each once; and where its message comes from. */
class FindingFiguresTest {
  private static final Reason TWO = Reason.of("TWO", Outcome.MET, List.of("a", "b"));

  private static Figure figure(String name) {
    // A new String, so that the check cannot rely on the declared names' identity.
    return Figure.percent(new String(name.toCharArray()), BigDecimal.TEN);
  }

  @Test
  void declaredFiguresInAnyOrderAreAccepted() {
    Finding finding = Finding.of("R", TWO, "S", figure("b"), figure("a"));
    assertEquals(List.of("b", "a"), finding.getFigures().stream().map(Figure::getName).toList());
    assertEquals(List.of("a", "b"), Finding.of("R", TWO, "S", figure("a"), figure("b"))
        .getFigures().stream().map(Figure::getName).toList());
  }

  @Test
  void aFigureGivenTwiceIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Finding.of("R", TWO, "S", figure("a"), figure("a")));
    assertEquals("figure a is given twice", e.getMessage());
  }

  @Test
  void anUndeclaredOrMissingFigureIsRefused() {
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
        () -> Finding.of("R", TWO, "S", figure("a"), figure("c")));
    assertTrue(other.getMessage().endsWith(" are [a, c], but its reason declares [a, b]"), other.getMessage());
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Finding.of("R", TWO, "S", figure("a")));
    assertTrue(missing.getMessage().endsWith(" are [a], but its reason declares [a, b]"), missing.getMessage());
    IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
        () -> Finding.of("R", TWO, "S", figure("a"), figure("b"), figure("c")));
    assertTrue(extra.getMessage().endsWith(" are [a, b, c], but its reason declares [a, b]"), extra.getMessage());
  }

  @Test
  void aMissingFigureIsRefusedWhenTheOthersCarryTheDeclaredNamesThemselves() {
    // The declared names themselves (the literals of TWO), as the library's rules give them.
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> Finding.of("R", TWO, "S", Figure.percent("a", BigDecimal.ONE)));
    assertEquals("the figures of R.TWO are [a], but its reason declares [a, b]", missing.getMessage());
    IllegalArgumentException extra = assertThrows(IllegalArgumentException.class,
        () -> Finding.of("R", TWO, "S", Figure.percent("a", BigDecimal.ONE), Figure.percent("b", BigDecimal.ONE),
            Figure.percent("c", BigDecimal.ONE)));
    assertEquals("the figures of R.TWO are [a, b, c], but its reason declares [a, b]", extra.getMessage());
  }

  /** An application's own reason type: neither a declared enum nor {@link Reason#of}, so its names are not checked. */
  private record OwnReason(List<String> getParameters) implements Reason {
    @Override
    public String getCode() {
      return "OWN";
    }

    @Override
    public Outcome getOutcome() {
      return Outcome.MET;
    }
  }

  @Test
  void anOwnReasonTypesFiguresAreAcceptedUnderItsOwnNames() {
    String a = "a";
    String b = "b";
    Reason own = new OwnReason(List.of(a, b));
    assertEquals(List.of("a", "b"), Finding.of("R", own, "S", Figure.percent(a, BigDecimal.ONE),
        Figure.percent(b, BigDecimal.TEN)).getFigures().stream().map(Figure::getName).toList());
    assertEquals(List.of("b", "a"), Finding.of("R", own, "S", figure("b"), figure("a"))
        .getFigures().stream().map(Figure::getName).toList());
  }

  @Test
  void anOwnReasonTypeThatNamesAParameterTwiceCannotHaveItsFigureTwice() {
    String a = "a";
    String b = "b";
    for (List<String> names : List.of(List.of(a, a), List.of(a, b, a), List.of(b, a, a))) {
      Figure[] figures = names.stream().map(name -> Figure.percent(name, BigDecimal.ONE)).toArray(Figure[]::new);
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> Finding.of("R", new OwnReason(names), "S", figures), names::toString);
      assertEquals("figure a is given twice", e.getMessage());
    }
  }

  @Test
  void deferredFiguresAreMadeOnceWhenFirstReadAndEqualGivenOnes() {
    AtomicInteger made = new AtomicInteger();
    Finding deferred = Finding.deferred("R", TWO, "S", () -> {
      made.incrementAndGet();
      return List.of(figure("a"), figure("b"));
    });
    assertEquals(0, made.get(), "nothing is made by creating the finding");
    assertEquals(Outcome.MET, deferred.getOutcome());
    assertEquals(0, made.get(), "nor by reading its outcome");
    assertEquals(List.of("a", "b"), deferred.getFigures().stream().map(Figure::getName).toList());
    assertEquals(1, made.get());
    assertSame(deferred.getFigures(), deferred.getFigures());
    assertEquals(1, made.get(), "the figures are kept");
    Finding given = Finding.of("R", TWO, "S", figure("a"), figure("b"));
    assertEquals(given, deferred);
    assertEquals(given.hashCode(), deferred.hashCode());
    assertEquals(given.toString(), deferred.toString());
  }

  @Test
  void deferredFiguresAreCheckedWhenMade() {
    Finding wrong = Finding.deferred("R", TWO, "S", () -> List.of(figure("a"), figure("c")));
    IllegalStateException e = assertThrows(IllegalStateException.class, wrong::getFigures);
    assertTrue(e.getMessage().startsWith("deferred figures of R: the figures of R.TWO are [a, c]"), e.getMessage());
    Finding twice = Finding.deferred("R", TWO, "S", List.of(), () -> List.of(figure("b"), figure("b")));
    assertEquals("deferred figures of R: figure b is given twice",
        assertThrows(IllegalStateException.class, twice::getFigures).getMessage());
    assertThrows(NullPointerException.class, () -> Finding.deferred("R", TWO, "S", null));
  }

  @Test
  void aMessageWithoutABundleFallsBackToTheDefaultLanguageThenAnyText() {
    Reason own = Reason.of("OWN", Outcome.MET, List.of());
    Finding swedish = Finding.builder().ruleId("APP-RULE").reason(own).source("S")
        .putText("de", "Deutsch").putText("sv", "Svenska").build();
    assertEquals("Svenska", swedish.getMessage(Locale.FRENCH));
    assertEquals("Deutsch", swedish.getMessage(Locale.GERMAN));
    Finding german = Finding.builder().ruleId("APP-RULE").reason(own).source("S")
        .texts(Map.of("de", "Deutsch")).build();
    assertEquals("Deutsch", german.getMessage(Locale.ENGLISH));
    Finding none = Finding.of("APP-RULE", own, "S");
    assertThrows(MissingResourceException.class, () -> none.getMessage(Locale.ENGLISH));
  }
}
