package se.asf.json.base.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects, while one array of a document is read, the elements read and the problems of the
 * elements that could not be, when a document is read whole.
 */
public final class ElementProblems {
  private final int bound;
  private final List<Object[]> accepted = new ArrayList<>();
  private final List<WireFailure> refused = new ArrayList<>();
  private int seen;
  private boolean truncated;

  /** Creates a collector. */
  public ElementProblems(int bound) {
    this.bound = bound;
  }

  /** Records an element read. */
  public void accept(int index, Object value) {
    seen = index + 1;
    accepted.add(new Object[] {index, value});
  }

  /** Records an element refused. */
  public void refuse(int index, WireFailure problem) {
    seen = index + 1;
    refused.add(problem);
  }

  /** Tells whether the bound is reached, and then marks the reading as cut short. */
  public boolean full() {
    if (refused.size() >= bound) {
      truncated = true;
    }
    return truncated;
  }

  /** Returns the elements read, each as {index, value}. */
  public List<Object[]> accepted() {
    return accepted;
  }

  /** Returns the problems of the refused elements. */
  public List<WireFailure> refused() {
    return refused;
  }

  /** Returns how many elements were met. */
  public int seen() {
    return seen;
  }

  /** Tells whether reading stopped at the bound. */
  public boolean truncated() {
    return truncated;
  }
}
