package se.asf.benchmarks;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import se.asf.cli.AsfCli;

/**
 * {@code asf assess} on a generated bidders CSV, against a baseline that only parses the same file.
 *
 * <p>Each trial writes a {@link BidderCsv} file of {@link #bidders} bidders and the HBS 2017 pilot
 * procurement to a temporary directory. {@link #baseline()} reads every row of the CSV with
 * Jackson's CSV data format and no domain at all; {@link #assess()} runs the {@code asf assess}
 * command in-process on the same files, as {@code asf assess --format F --output FILE} would
 * from the command line. Both run in the same JMH run, each in its own fork, on identical files, so
 * the ratio assess/baseline says what the assessment costs over reading the file, on whatever
 * machine it runs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xmx4g"})
public class AssessBenchmark {
  /** The HBS 2017 pilot procurement, as bundled with asf-json. */
  static final String PROCUREMENT_RESOURCE = "/se/asf/json/examples/hbs-2017-pilot.procurement.json";

  /** The number of bidders in the CSV. */
  @Param({"100000"})
  int bidders;

  /**
   * The report format of {@link #assess()}: {@code table}, one row per bidder and the explanations
   * of what is not met, or {@code json}, every finding with its figures in both languages, about
   * 4 KB per bidder. The baseline does not depend on it.
   */
  @Param({"table", "json"})
  String format = "json";

  private Path directory;
  private Path csv;
  private Path procurement;
  private Path report;
  private long expectedRows;
  private ObjectReader csvReader;

  /** Creates the state; JMH calls it. */
  public AssessBenchmark() {}

  /**
   * Writes the bidders CSV and the procurement to a new temporary directory.
   *
   * @throws IOException if a file cannot be written
   */
  @Setup(Level.Trial)
  public void writeFiles() throws IOException {
    directory = Files.createTempDirectory("asf-bench-");
    csv = directory.resolve("bidders.csv");
    procurement = directory.resolve("hbs-2017-pilot.procurement.json");
    report = directory.resolve("report.json");
    // Deleted again by the tear-down; these catch a trial that fails before it (files first,
    // since they are deleted in reverse order of registration).
    for (Path path : new Path[] {directory, csv, procurement, report}) {
      path.toFile().deleteOnExit();
    }
    // The header is a row for the baseline, which reads without a schema.
    expectedRows = BidderCsv.write(bidders, csv) + 1;
    try (InputStream in = AssessBenchmark.class.getResourceAsStream(PROCUREMENT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource not found: " + PROCUREMENT_RESOURCE);
      }
      Files.copy(in, procurement);
    }
    CsvMapper mapper = new CsvMapper();
    mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
    csvReader = mapper.readerFor(String[].class)
        .with(CsvSchema.emptySchema().withColumnSeparator(BidderCsv.SEPARATOR));
  }

  /**
   * Deletes the temporary directory and everything in it.
   *
   * @throws IOException if it cannot be listed
   */
  @TearDown(Level.Trial)
  public void deleteFiles() throws IOException {
    if (directory == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    directory = null;
  }

  /**
   * Reads every row of the CSV, header included, as {@code String[]} with Jackson's CSV data
   * format: the cost of parsing the file, with no domain.
   *
   * @return the number of rows read
   * @throws IOException if the file cannot be read
   * @throws IllegalStateException if it read fewer or more rows than were written
   */
  @Benchmark
  public long baseline() throws IOException {
    long rows = 0;
    try (MappingIterator<String[]> it = csvReader.readValues(csv.toFile())) {
      while (it.hasNextValue()) {
        it.nextValue();
        rows++;
      }
    }
    if (rows != expectedRows) {
      throw new IllegalStateException("read " + rows + " rows, expected " + expectedRows);
    }
    return rows;
  }

  /**
   * Runs {@code asf assess} on the CSV against the HBS 2017 pilot, writing the report in
   * {@link #format} to a file, with standard output and error discarded.
   *
   * @return the exit code, always 0
   * @throws IllegalStateException if the command does not succeed: a command that fails fast
   *     would otherwise be measured as a fast assessment. The message holds what a second run
   *     wrote to standard error.
   */
  @Benchmark
  public int assess() {
    int exitCode = AsfCli.run(assessArguments(), InputStream.nullInputStream(),
        new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()), Clock.systemUTC());
    if (exitCode != 0) {
      throw new IllegalStateException("asf assess exited with " + exitCode + ", not 0: " + errorsOfARerun());
    }
    return exitCode;
  }

  private String[] assessArguments() {
    return new String[] {
        "assess",
        "--procurement", procurement.toString(),
        "--bidders", csv.toString(),
        "--format", format,
        "--output", report.toString(),
        "--lang", "en"};
  }

  /** Runs the command once more, only after a failure, to show what it said on standard error. */
  private String errorsOfARerun() {
    StringWriter err = new StringWriter();
    try (PrintWriter errWriter = new PrintWriter(err)) {
      AsfCli.run(assessArguments(), InputStream.nullInputStream(), new PrintWriter(Writer.nullWriter()),
          errWriter, Clock.systemUTC());
    }
    String text = err.toString().strip();
    return text.length() <= 4000 ? text : text.substring(0, 4000) + " ...";
  }

  /** The bidders CSV of the current trial; for tests. */
  Path csv() {
    return csv;
  }

  /** The report file {@link #assess()} writes; for tests. */
  Path report() {
    return report;
  }
}
