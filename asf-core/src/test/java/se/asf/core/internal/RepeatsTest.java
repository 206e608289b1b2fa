package se.asf.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** {@link Repeats} finds the first repeated key, pairwise in a short list and hashed in a long one. */
class RepeatsTest {
  /** The plain definition: the first element whose key was seen before. */
  private static <T> int firstRepeatBySet(List<T> list, Function<? super T, ?> key) {
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      if (!seen.add(key.apply(list.get(i)))) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void findsTheFirstRepeatInListsEitherSideOfThePairwiseLength() {
    // Keys from a small range, so that repeats come at every position; lists up to twice the
    // pairwise length.
    qt().withExamples(30_000).forAll(lists().of(integers().between(0, 24)).ofSizeBetween(0, 2 * Repeats.PAIRWISE + 2))
        .checkAssert(list -> {
          Function<Integer, Integer> key = n -> n / 2;
          assertEquals(firstRepeatBySet(list, key), Repeats.firstRepeat(list, key), list::toString);
        });
  }

  @Test
  void namesTheLaterOfTwoEqualKeys() {
    assertEquals(-1, Repeats.firstRepeat(List.of(), Function.identity()));
    assertEquals(-1, Repeats.firstRepeat(List.of("a", "b", "c"), Function.identity()));
    assertEquals(2, Repeats.firstRepeat(List.of("a", "b", "a", "b"), Function.identity()));
    assertEquals(3, Repeats.firstRepeat(List.of("a", "b", "c", "B"), s -> s.toLowerCase()));
    List<String> many = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      many.add("site " + i);
    }
    assertEquals(-1, Repeats.firstRepeat(many, Function.identity()));
    many.add("site 500");
    assertEquals(1000, Repeats.firstRepeat(many, Function.identity()));
  }
}
