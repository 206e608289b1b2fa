package se.asf.cli;

/** The report formats of {@code assess}, {@code definition} and {@code demo}. */
enum Format {
  /** A plain-text table, one row per bidder, then the explanations of what was not met. */
  table,
  /** The asf-json assessment report document: every finding, with figures and both languages. */
  json,
  /**
   * JSON Lines: each assessment on a line of its own, as an element of the assessment report's
   * {@code assessments} array; written as it is made when the input is streamed.
   */
  jsonl,
  /** Markdown: the table, then every finding of every bidder with its figures and explanation. */
  markdown,
  /**
   * CSV for a spreadsheet: one row per bidder (per finding for {@code definition}), {@code ;} and
   * decimal commas in Swedish, {@code ,} and points in English, with a byte order mark
   * ({@link CsvReport}).
   */
  csv,
  /**
   * A GeoJSON map (RFC 7946) of the centres, the radius circles and every bidder's sites with their
   * outcomes ({@link GeoJsonReport}); for {@code assess} and {@code demo}, which have a procurement.
   */
  geojson
}
