package se.asf.core.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds the first element of a list whose key an earlier element has: the check of the value types
 * whose entries must be distinct (an enterprise's site names, a profit policy's fiscal years). Such
 * lists are short, and the check runs for every value built: up to {@value #PAIRWISE} elements are
 * compared pairwise, with nothing allocated; longer lists go through a hash set, so a hostile list
 * of thousands costs no more than linear time. Both ways find the same element ({@code RepeatsTest}).
 */
public final class Repeats {
  /** The longest list compared pairwise. */
  static final int PAIRWISE = 8;

  private Repeats() {}

  /**
   * Returns the index of the first element whose key equals the key of an element before it.
   *
   * @param <T> the type of the elements
   * @param list the elements
   * @param key each element's key, never null
   * @return the index, or -1 when every key is distinct
   */
  public static <T> int firstRepeat(List<T> list, Function<? super T, ?> key) {
    int size = list.size();
    if (size <= PAIRWISE) {
      for (int i = 1; i < size; i++) {
        Object current = key.apply(list.get(i));
        for (int j = 0; j < i; j++) {
          if (current.equals(key.apply(list.get(j)))) {
            return i;
          }
        }
      }
      return -1;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < size; i++) {
      if (!seen.add(key.apply(list.get(i)))) {
        return i;
      }
    }
    return -1;
  }
}
