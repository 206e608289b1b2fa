package se.asf.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.json.AsfJson;
import se.asf.json.base.AsfJsonFeature;
import se.asf.json.base.BidderStream;
import se.asf.json.base.StreamedBidder;
import se.asf.rules.Outcome;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/**
 * A bidders document of 10 000 bidders (the pilot's eight example bidders over and over,
 * {@code @Param bidders}), read and assessed, against a baseline of plain Jackson databind reading the
 * same bytes into a {@code Map}: no domain, no strictness.
 *
 * <p>{@link #decodeValidateAssess} reads the document whole with {@link AsfJson#readBidders} (the
 * strict reader: every check, limit and asf-core invariant) and assesses every bidder with the
 * pilot's rule set; {@link #streamDecodeValidateAssess} does the same through
 * {@link AsfJson#streamBidders}, one bidder at a time; {@link #decodeValidate} only reads. Each
 * returns the number of bidders MET, which the set-up checks is the same for all of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class JsonAssessBenchmark {
  /** How many bidders the document holds. */
  @Param({"10000"})
  public int bidders;

  private final AsfJson json = AsfJson.builder().enable(AsfJsonFeature.WRITE_FULL_PERSONNUMMER).build();
  private final ObjectMapper mapper = new ObjectMapper();
  private final LocalDate deadline = Hbs2017Pilot.TENDER_DEADLINE;
  private RuleSet rules;
  private byte[] document;
  private long expectedMet;

  /** Creates the state; JMH calls it. */
  public JsonAssessBenchmark() {}

  /**
   * Writes the document and checks that the benchmarks agree.
   *
   * @throws IOException if the baseline cannot read the document
   * @throws IllegalStateException if the benchmarks disagree
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    rules = ProcurementRules.forProcurement(Hbs2017Pilot.procurement());
    List<Enterprise> examples = Hbs2017Bidders.all();
    List<Enterprise> all = new ArrayList<>(bidders);
    for (int i = 0; i < bidders; i++) {
      all.add(examples.get(i % examples.size()));
    }
    document = json.writeBidders(all).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    expectedMet = decodeValidateAssess();
    if (streamDecodeValidateAssess() != expectedMet || baseline() != bidders || decodeValidate() != bidders) {
      throw new IllegalStateException("the benchmarks disagree");
    }
  }

  /**
   * Reads the document into a {@code Map} with a default {@code ObjectMapper}.
   *
   * @return the number of bidders in it
   * @throws IOException if it cannot be read
   */
  @Benchmark
  public int baseline() throws IOException {
    Map<?, ?> map = mapper.readValue(document, Map.class);
    return ((List<?>) map.get("bidders")).size();
  }

  /**
   * Reads the document with the strict reader.
   *
   * @return the number of bidders read
   */
  @Benchmark
  public int decodeValidate() {
    return json.readBidders(new ByteArrayInputStream(document)).size();
  }

  /**
   * Reads the document with the strict reader and assesses every bidder.
   *
   * @return the number of bidders MET
   */
  @Benchmark
  public long decodeValidateAssess() {
    long met = 0;
    for (Enterprise bidder : json.readBidders(new ByteArrayInputStream(document))) {
      if (rules.assess(bidder, deadline).getOutcome() == Outcome.MET) {
        met++;
      }
    }
    return met;
  }

  /**
   * Reads the document one bidder at a time and assesses each one.
   *
   * @return the number of bidders MET
   */
  @Benchmark
  public long streamDecodeValidateAssess() {
    long met = 0;
    try (BidderStream stream = json.streamBidders(new ByteArrayInputStream(document))) {
      while (stream.hasNext()) {
        StreamedBidder bidder = stream.next();
        if (rules.assess(bidder.getEnterprise().orElseThrow(), deadline).getOutcome() == Outcome.MET) {
          met++;
        }
      }
    }
    return met;
  }

  /** The number of bidders MET; for tests. */
  long expectedMet() {
    return expectedMet;
  }
}
