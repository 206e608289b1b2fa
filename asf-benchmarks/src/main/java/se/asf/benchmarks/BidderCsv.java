package se.asf.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a deterministic bidders CSV, as read by {@code asf assess --bidders}, of any number of
 * bidders: the input of {@link AssessBenchmark}.
 *
 * <p>The file looks like a Swedish Excel export ("CSV UTF-8"): a byte-order mark, the Swedish
 * headers of {@link #HEADER}, {@code ;} as separator, decimal commas in the coordinates and
 * {@code CRLF} line ends. Every bidder is valid:
 *
 * <ul>
 *   <li>a unique name and a unique, valid organisation number {@code NNNNNN-NNNN} (Luhn check digit,
 *       digits 3–4 at least 20): first digit 7 for an {@code ekonomisk-forening}, 8 for an
 *       {@code ideell-forening};
 *   <li>one or two sites, one row each, the bidder columns repeated on every row, with site names
 *       unique within the bidder and WGS 84 positions around Stockholm (latitude 58.9–59.6,
 *       longitude 17.5–18.3) printed with at most six decimals;
 *   <li>counts for the period from 2017-12-01: 1–60 occupied, of whom 0 to all in target groups;
 *   <li>an integration purpose ({@code ja} or {@code nej}) resting on the statutes or a
 *       self-declaration, and a distribution rule ({@code mainly-reinvested}, {@code no-distribution}
 *       or {@code unrestricted}).
 * </ul>
 *
 * <p>Outcomes are mixed: against the HBS 2017 pilot some bidders qualify and others miss the
 * share requirement, the integration purpose, the reinvestment of profits or the 9 km radius.
 * The same number of bidders always gives the same bytes (the random numbers come from the fixed
 * seed {@link #SEED}).
 *
 * <p>Run it to write a file by hand:
 * {@code java -cp asf-benchmarks/target/benchmarks.jar se.asf.benchmarks.BidderCsv 100000 bidders.csv}.
 */
public final class BidderCsv {
  /** The seed of the random numbers, so that every run writes the same file. */
  public static final long SEED = 20_171_201L;

  /** The column separator, as Swedish Excel writes it. */
  public static final char SEPARATOR = ';';

  /** The line end, as Excel writes it. */
  public static final String LINE_END = "\r\n";

  /** The Swedish column headers, in the order written. */
  public static final List<String> HEADER = List.of(
      "organisationsnummer", "namn", "juridisk_form", "arbetsplats", "latitud", "longitud",
      "period_fran", "sysselsatta", "sysselsatta_malgrupp", "syfte_kalla", "integrationssyfte",
      "vinstutdelning");

  /** The most bidders one file can hold: every bidder needs its own organisation number. */
  public static final int MAX_BIDDERS = 80_000_000;

  /** The period the counts refer to. */
  static final String PERIOD_START = "2017-12-01";

  private static final String EKONOMISK_FORENING = "ekonomisk-forening";
  private static final String IDEELL_FORENING = "ideell-forening";

  /** Multiplier of the permutation of bidder numbers; coprime to {@link #MAX_BIDDERS}. */
  private static final long SPREAD = 7_654_321L;
  private static final long OFFSET = 12_345_678L;

  // Latitude and longitude bounds in millionths of a degree.
  private static final int LAT_MIN = 58_900_000;
  private static final int LAT_SPAN = 700_000;
  private static final int LON_MIN = 17_500_000;
  private static final int LON_SPAN = 800_000;

  private static final String[] PLACES = {
      "Tumba", "Huddinge", "Salem", "Botkyrka", "Alby", "Fittja", "Hallunda", "Norsborg",
      "Flemingsberg", "Skogås", "Trångsund", "Rönninge", "Södertälje", "Haninge", "Nacka", "Solna",
      "Sundbyberg", "Järfälla", "Sollentuna", "Täby", "Värmdö", "Tyresö", "Farsta", "Skärholmen",
      "Vårby", "Älvsjö"};
  private static final String[] ACTIVITIES = {
      "Återbruk", "Kafé", "Trädgård", "Cykelverkstad", "Snickeri", "Städ och service",
      "Second hand", "Catering", "Tvätteri", "Lokalvård", "Syateljé", "Bageri", "Tryckeri",
      "Flyttservice", "Odling", "Fastighetsskötsel"};
  private static final String[] SITE_KINDS = {
      "Butiken", "Verkstaden", "Lagret", "Kontoret", "Caféet", "Odlingen", "Köket", "Tvätten"};

  private BidderCsv() {}

  /**
   * Writes a file of bidders, replacing any file of that name.
   *
   * @param bidders the number of bidders, 1 to {@link #MAX_BIDDERS}
   * @param file the file to write
   * @return the number of data rows written (one per site), not counting the header
   * @throws IOException if the file cannot be written
   * @throws IllegalArgumentException if {@code bidders} is out of range
   */
  public static long write(int bidders, Path file) throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      return write(bidders, out);
    }
  }

  /**
   * Writes the bidders, byte-order mark and header first, to a character stream, which it does
   * not close.
   *
   * @param bidders the number of bidders, 1 to {@link #MAX_BIDDERS}
   * @param out where to write
   * @return the number of data rows written (one per site), not counting the header
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if {@code bidders} is out of range
   */
  public static long write(int bidders, Writer out) throws IOException {
    if (bidders < 1 || bidders > MAX_BIDDERS) {
      throw new IllegalArgumentException(
          "bidders must be between 1 and " + MAX_BIDDERS + ", not " + bidders);
    }
    Writer buffered = out instanceof BufferedWriter ? out : new BufferedWriter(out, 1 << 16);
    buffered.write('\uFEFF');
    buffered.write(String.join(String.valueOf(SEPARATOR), HEADER));
    buffered.write(LINE_END);
    SplittableRandom random = new SplittableRandom(SEED);
    StringBuilder bidder = new StringBuilder(256);
    StringBuilder row = new StringBuilder(256);
    long rows = 0;
    for (int index = 0; index < bidders; index++) {
      boolean ideell = random.nextInt(3) == 0;
      String place = PLACES[random.nextInt(PLACES.length)];
      String activity = ACTIVITIES[random.nextInt(ACTIVITIES.length)];
      int occupied = 1 + random.nextInt(60);
      int targetGroups = random.nextInt(occupied + 1);
      String purposeSource = random.nextInt(4) == 0 ? "self-declaration" : "statutes";
      String integrationPurpose = random.nextInt(8) == 0 ? "nej" : "ja";
      int rule = random.nextInt(10);
      String distribution = rule < 7 ? "mainly-reinvested" : rule < 9 ? "no-distribution" : "unrestricted";
      int sites = random.nextInt(3) == 0 ? 2 : 1;
      int firstKind = random.nextInt(SITE_KINDS.length);

      bidder.setLength(0);
      bidder.append(organisationNumber(index, ideell)).append(SEPARATOR);
      field(bidder, activity + " " + place + " " + (index + 1) + (ideell ? " ideell förening" : " ekonomisk förening"));
      bidder.append(SEPARATOR).append(ideell ? IDEELL_FORENING : EKONOMISK_FORENING).append(SEPARATOR);

      for (int site = 0; site < sites; site++) {
        // A second site is of another kind, so that site names are unique within the bidder.
        int kind = site == 0 ? firstKind : (firstKind + 1 + random.nextInt(SITE_KINDS.length - 1)) % SITE_KINDS.length;
        String sitePlace = site == 0 ? place : PLACES[random.nextInt(PLACES.length)];
        row.setLength(0);
        row.append(bidder);
        field(row, SITE_KINDS[kind] + " i " + sitePlace);
        row.append(SEPARATOR);
        degrees(row, LAT_MIN + random.nextInt(LAT_SPAN + 1));
        row.append(SEPARATOR);
        degrees(row, LON_MIN + random.nextInt(LON_SPAN + 1));
        row.append(SEPARATOR).append(PERIOD_START)
            .append(SEPARATOR).append(occupied)
            .append(SEPARATOR).append(targetGroups)
            .append(SEPARATOR).append(purposeSource)
            .append(SEPARATOR).append(integrationPurpose)
            .append(SEPARATOR).append(distribution)
            .append(LINE_END);
        buffered.append(row);
        rows++;
      }
    }
    buffered.flush();
    return rows;
  }

  /**
   * Returns the organisation number of a bidder: a permutation of the bidder numbers spreads them
   * over digits 2–9, with digits 3–4 from 20 to 99, so that no two bidders share one.
   *
   * @param index the bidder's number, from 0
   * @param ideell whether the bidder is an ideell förening (first digit 8) rather than an
   *     ekonomisk förening (first digit 7)
   * @return the number, written {@code NNNNNN-NNNN}
   */
  static String organisationNumber(int index, boolean ideell) {
    long code = (index * SPREAD + OFFSET) % MAX_BIDDERS;
    int serial = (int) (code % 100_000);             // digits 5-9
    int middle = 20 + (int) (code / 100_000 % 80);   // digits 3-4
    int second = (int) (code / 8_000_000);           // digit 2
    char[] digits = new char[10];
    digits[0] = ideell ? '8' : '7';
    digits[1] = (char) ('0' + second);
    digits[2] = (char) ('0' + middle / 10);
    digits[3] = (char) ('0' + middle % 10);
    for (int i = 8, rest = serial; i >= 4; i--, rest /= 10) {
      digits[i] = (char) ('0' + rest % 10);
    }
    digits[9] = (char) ('0' + luhnCheckDigit(digits));
    return new StringBuilder(11).append(digits, 0, 6).append('-').append(digits, 6, 4).toString();
  }

  /** The Luhn check digit over the first nine digits: weights 2, 1, 2, ... from the left. */
  private static int luhnCheckDigit(char[] digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = (digits[i] - '0') * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    return (10 - sum % 10) % 10;
  }

  /**
   * Appends degrees given in millionths with a decimal comma and at most six decimals, trailing
   * zeros dropped but one decimal kept: 59199500 is {@code 59,1995}.
   */
  private static void degrees(StringBuilder row, int millionths) {
    row.append(millionths / 1_000_000).append(',');
    int fraction = millionths % 1_000_000;
    int decimals = 6;
    while (decimals > 1 && fraction % 10 == 0) {
      fraction /= 10;
      decimals--;
    }
    String text = Integer.toString(fraction);
    for (int i = text.length(); i < decimals; i++) {
      row.append('0');
    }
    row.append(text);
  }

  /** Appends a text field, quoted as RFC 4180 says when it holds the separator, a quote or a line end. */
  private static void field(StringBuilder row, String text) {
    if (text.indexOf(SEPARATOR) < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      row.append(text);
    } else {
      row.append('"').append(text.replace("\"", "\"\"")).append('"');
    }
  }

  /**
   * Writes a bidders file: {@code BidderCsv N FILE}.
   *
   * @param args the number of bidders and the file
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    PrintStream err = System.err;
    int bidders;
    try {
      if (args.length != 2) {
        throw new IllegalArgumentException("expected two arguments");
      }
      bidders = Integer.parseInt(args[0]);
      if (bidders < 1 || bidders > MAX_BIDDERS) {
        throw new IllegalArgumentException("N must be between 1 and " + MAX_BIDDERS);
      }
    } catch (IllegalArgumentException e) {
      err.println("Usage: java -cp benchmarks.jar se.asf.benchmarks.BidderCsv N FILE");
      err.println("Writes a bidders CSV of N bidders (Swedish headers, ';') to FILE: " + e.getMessage());
      System.exit(2);
      return;
    }
    Path file = Path.of(args[1]);
    long rows = write(bidders, file);
    System.out.println("Wrote " + bidders + " bidders in " + rows + " rows to " + file);
  }
}
