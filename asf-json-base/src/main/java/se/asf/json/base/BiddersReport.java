package se.asf.json.base;

import java.util.List;
import se.asf.core.enterprise.Enterprise;

/**
 * What a bidders document gave when read whole ({@link AsfJsonDocuments#readBiddersReport(String)}): every
 * bidder that could be read, with its place in the document, and every problem, in one pass.
 *
 * <p>A bidder with a problem is left out and the reading goes on with the next one. The problems of
 * at most {@value #MAX_REFUSED_BIDDERS} bidders are reported; after that the remaining bidders are
 * not read and the report is not {@linkplain #isComplete() complete}. A problem that leaves the rest of the
 * document unreadable (broken JSON, a document that is not a bidders document) ends the reading too:
 * its pointer says where, and the bidders read before it are kept.
 */
public final class BiddersReport {
  /** The most refused bidders one report holds; each may have more than one problem. */
  public static final int MAX_REFUSED_BIDDERS = 100;

  private final List<Bidder> bidders;
  private final List<JsonProblem> problems;
  private final int elementsSeen;
  private final boolean complete;

  BiddersReport(List<Bidder> bidders, List<JsonProblem> problems, int elementsSeen, boolean complete) {
    this.bidders = List.copyOf(bidders);
    this.problems = List.copyOf(problems);
    this.elementsSeen = elementsSeen;
    this.complete = complete;
  }

  /**
   * A bidder read, and its index in the document's {@code bidders} array.
   *
   * @param index the zero-based index, so that {@code /bidders/index} points at it
   * @param enterprise the bidder
   */
  public record Bidder(int index, Enterprise enterprise) {}

  /**
   * Returns the bidders read, in document order.
   *
   * @return the bidders without problems
   */
  public List<Bidder> getBidders() {
    return bidders;
  }

  /**
   * Returns the problems, in document order.
   *
   * @return the problems; empty when every bidder was read
   */
  public List<JsonProblem> getProblems() {
    return problems;
  }

  /**
   * Returns how many elements of the {@code bidders} array were met, read or not.
   *
   * @return the count
   */
  public int getElementsSeen() {
    return elementsSeen;
  }

  /**
   * Tells whether the whole document was read: no structural problem, and the problem bound was
   * not reached.
   *
   * @return {@code true} when every bidder was looked at
   */
  public boolean isComplete() {
    return complete;
  }
}
