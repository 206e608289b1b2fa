package se.asf.json.base.internal;

import java.util.ArrayList;
import java.util.List;
import se.asf.core.enterprise.Enterprise;
import se.asf.json.base.BiddersReport;

/**
 * Collects, while the bidders of a document read whole are read, the bidders read and the problems
 * of those that could not be.
 */
public final class ElementProblems {
  private final int bound;
  private final List<BiddersReport.Bidder> accepted = new ArrayList<>();
  private final List<WireFailure> refused = new ArrayList<>();
  private int seen;
  private boolean truncated;

  /** Creates a collector. */
  public ElementProblems(int bound) {
    this.bound = bound;
  }

  /** Records a bidder read. */
  public void accept(int index, Enterprise value) {
    seen = index + 1;
    accepted.add(new BiddersReport.Bidder(index, value));
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

  /** Returns the bidders read. */
  public List<BiddersReport.Bidder> accepted() {
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
