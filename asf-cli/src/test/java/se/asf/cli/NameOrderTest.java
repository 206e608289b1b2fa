package se.asf.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * {@link NameOrder}'s keys put together from parts are the collator's own keys, and keys order names
 * as Swedish readers expect.
 */
class NameOrderTest {
  private final NameOrder order = new NameOrder();

  /** The characters keyed from parts. */
  private static List<Character> fastCharacters() {
    List<Character> fast = new ArrayList<>();
    for (char c = 0; c < 0x200; c++) {
      if (NameOrder.isFast(c)) {
        fast.add(c);
      }
    }
    return fast;
  }

  @Test
  void theFastCharactersArePrintableAsciiAndLatin1() {
    List<Character> fast = fastCharacters();
    assertEquals(95 + 96, fast.size());
    assertTrue(fast.contains(' ') && fast.contains('~') && fast.contains('\u00A0') && fast.contains('\u00FF'));
    assertFalse(NameOrder.isFast('\u001F') || NameOrder.isFast('\u007F') || NameOrder.isFast('\u009F')
        || NameOrder.isFast('\u0100') || NameOrder.isFast('\u030A'));
  }

  @Test
  void everyPairOfFastCharactersIsKeyedAsTheCollatorKeysIt() {
    List<Character> fast = fastCharacters();
    for (char a : fast) {
      assertEquals(order.collatorKey(String.valueOf(a)), order.key(String.valueOf(a)));
      for (char b : fast) {
        String name = "" + a + b;
        assertEquals(order.collatorKey(name), order.key(name), name);
      }
    }
  }

  /** Names of up to 30 characters: mostly letters, digits and spaces, with any fast character. */
  private static Gen<String> names() {
    List<Character> fast = fastCharacters();
    String common = "aAåÅäÄöÖeEéÉüÜzZvVwW 0-9.&";
    return lists().of(integers().between(0, fast.size() + common.length() * 4 - 1)).ofSizeBetween(0, 30)
        .map(picks -> {
          StringBuilder name = new StringBuilder();
          for (int pick : picks) {
            name.append(pick < fast.size() ? fast.get(pick) : common.charAt((pick - fast.size()) % common.length()));
          }
          return name.toString();
        });
  }

  @Test
  void aNameOfFastCharactersIsKeyedAsTheCollatorKeysIt() {
    qt().withExamples(30_000).forAll(names()).checkAssert(name -> assertEquals(order.collatorKey(name), order.key(name)));
  }

  @Test
  void keysOrderNamesAsTheCollatorDoes() {
    Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    collator.setStrength(Collator.TERTIARY);
    qt().withExamples(10_000).forAll(names(), names()).checkAssert((a, b) ->
        assertEquals(Integer.signum(collator.compare(a, b)), Integer.signum(order.key(a).compareTo(order.key(b))),
            a + " / " + b));
  }

  @Test
  void swedishLettersComeAfterZAndCaseBreaksTies() {
    List<String> names = new ArrayList<>(List.of("Öberg", "Ärla", "Åberg", "Zorn", "åberg", "Adam", "Ångström",
        "Eriksson", "Écoles", "Ödla"));
    names.sort(Comparator.comparing(order::key));
    assertEquals(List.of("Adam", "Écoles", "Eriksson", "Zorn", "åberg", "Åberg", "Ångström", "Ärla", "Öberg", "Ödla"),
        names);
  }

  @Test
  void aNameWithOtherCharactersIsKeyedByTheCollatorAndSortsAmongTheOthers() {
    // a and a combining ring above: the collator's contraction for å.
    String decomposed = "a\u030Angstr\u00F6m";
    assertEquals(order.collatorKey(decomposed), order.key(decomposed));
    List<String> names = new ArrayList<>(List.of("\u00C4rla", decomposed, "Zorn", "\u00C5ngstr\u00F6n"));
    names.sort(Comparator.comparing(order::key));
    assertEquals(List.of("Zorn", decomposed, "\u00C5ngstr\u00F6n", "\u00C4rla"), names);
  }
}
