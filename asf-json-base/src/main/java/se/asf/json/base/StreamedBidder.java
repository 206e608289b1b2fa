package se.asf.json.base;

import java.util.List;
import java.util.Optional;
import se.asf.core.enterprise.Enterprise;

/**
 * One bidder of a {@link BidderStream}: either the enterprise read, or the problems that kept it
 * from being read, with where it stands in the input.
 *
 * <p>A problem that leaves the rest of the input unreadable (broken JSON between bidders, the
 * stream's bound reached, a bidders document that is not one) comes as a last item that
 * {@linkplain #endsStream() ends the stream}: it holds no enterprise, and nothing follows it.
 */
public final class StreamedBidder {
  private final long index;
  private final long line;
  private final Enterprise enterprise;
  private final List<JsonProblem> problems;
  private final boolean endsStream;

  StreamedBidder(long index, long line, Enterprise enterprise, List<JsonProblem> problems, boolean endsStream) {
    this.index = index;
    this.line = line;
    this.enterprise = enterprise;
    this.problems = List.copyOf(problems);
    this.endsStream = endsStream;
    if ((enterprise == null) == this.problems.isEmpty()) {
      throw new IllegalArgumentException("a streamed bidder holds an enterprise or problems");
    }
  }

  /**
   * Returns the bidder's zero-based place in the input: its index in the document's
   * {@code bidders} array, or among the lines of JSON Lines.
   *
   * @return the index; for a problem that ends the stream, how many bidders were met before it
   */
  public long getIndex() {
    return index;
  }

  /**
   * Returns the line of the input where the bidder starts (one-based): the line of JSON Lines, or
   * where the bidder's value starts in a bidders document.
   *
   * @return the line; for a problem that ends the stream, the line where the reading stopped
   */
  public long getLine() {
    return line;
  }

  /**
   * Returns the bidder read.
   *
   * @return the enterprise, or empty when the bidder has problems
   */
  public Optional<Enterprise> getEnterprise() {
    return Optional.ofNullable(enterprise);
  }

  /**
   * Returns why the bidder could not be read. In a bidders document a pointer starts at the
   * document ({@code /bidders/3/workforce/lines/0/heads}); in JSON Lines it starts at the line's value
   * ({@code /workforce/lines/0/heads}), and {@link #getLine()} says which line.
   *
   * @return the problems; empty when the bidder was read
   */
  public List<JsonProblem> getProblems() {
    return problems;
  }

  /**
   * Tells whether the bidder was read.
   *
   * @return {@code true} when {@link #getEnterprise()} holds it
   */
  public boolean isRead() {
    return enterprise != null;
  }

  /**
   * Tells whether this item ends the stream: a problem after which the input cannot be read on.
   *
   * @return {@code true} for the last item of a stream cut short
   */
  public boolean endsStream() {
    return endsStream;
  }

  @Override
  public String toString() {
    return "StreamedBidder[index=" + index + ", line=" + line + ", "
        + (enterprise != null ? "read" : problems + (endsStream ? ", ends stream" : "")) + "]";
  }
}
