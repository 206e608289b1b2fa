package se.asf.cli;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import se.asf.json.AsfJson;
import se.asf.json.base.BidderStream;

/**
 * The kinds of bidders file that {@code assess}, {@code screen} and {@code definition} can stream,
 * told by the file's name: JSON Lines ({@code *.jsonl}, {@code *.ndjson}), a bidders document
 * ({@code *.json}), or else a CSV file.
 */
enum StreamedInput {
  /** A bidders document. */
  JSON,
  /** JSON Lines, one enterprise a line. */
  LINES,
  /** A bidders CSV file. */
  CSV;

  /** The kind of a file, by its name. */
  static StreamedInput of(Path file) {
    String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
      return LINES;
    }
    return name.endsWith(".json") ? JSON : CSV;
  }

  /**
   * Opens the stream of bidders of a JSON input, or returns {@code null} for a CSV one, which
   * {@link #source} reads itself.
   */
  BidderStream open(AsfJson json, InputStream in, long maxBidders) {
    return switch (this) {
      case JSON -> json.streamBidders(in, maxBidders);
      case LINES -> json.streamBidderLines(in, maxBidders);
      case CSV -> null;
    };
  }

  /** The source of the streamed assessment: the opened stream of a JSON input, or the CSV read in chunks. */
  StreamingAssess.Source source(BidderStream stream, String file, InputStream in, BidderCsv.Options csv,
      StreamingAssess.Counts counts) {
    return this == CSV
        ? StreamingAssess.csv(file, in, csv, counts)
        : StreamingAssess.json(stream, this == LINES, file, counts);
  }
}
