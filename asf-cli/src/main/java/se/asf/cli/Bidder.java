package se.asf.cli;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import se.asf.core.enterprise.Enterprise;

/**
 * A bidder read from an input file, with where it came from: the lines of its CSV rows, or its JSON
 * Pointer, so that a problem found later (when it is assessed) can still name its place.
 */
final class Bidder {
  private final Enterprise enterprise;
  private final String place;
  private final long firstLine;
  private final int rowCount;

  private Bidder(Enterprise enterprise, String place, long firstLine, int rowCount) {
    this.enterprise = Objects.requireNonNull(enterprise, "enterprise");
    this.place = place;
    this.firstLine = firstLine;
    this.rowCount = rowCount;
  }

  static Bidder fromCsv(Enterprise enterprise, List<Long> lines) {
    return new Bidder(enterprise, null, lines.get(0), lines.size());
  }

  static Bidder fromDocument(Enterprise enterprise) {
    return new Bidder(enterprise, "", 0, 1);
  }

  static Bidder fromJson(Enterprise enterprise, int index) {
    return new Bidder(enterprise, "/bidders/" + index, 0, 1);
  }

  /** A bidder of a streamed JSON input: its pointer (empty for a line of JSON Lines) and its first line. */
  static Bidder fromStream(Enterprise enterprise, String pointer, long line) {
    return new Bidder(enterprise, pointer, line, 1);
  }

  /** The number of CSV rows the bidder was read from; 1 for a JSON bidder. */
  int rowCount() {
    return rowCount;
  }

  Enterprise enterprise() {
    return enterprise;
  }

  /** Makes a problem located where this bidder was read. */
  InputProblem problem(String file, Function<Locale, String> text) {
    if (place != null && firstLine > 0) {
      return InputProblem.ofLine(file, firstLine, place.isEmpty() ? null : place, text);
    }
    return place != null ? InputProblem.ofPointer(file, place, text) : InputProblem.ofLine(file, firstLine, null, text);
  }
}
