package se.asf.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;

/**
 * Rendering the messages of an assessment in one language, against building the assessment: what
 * formatting messages on demand costs, and so what building findings without their messages saves.
 *
 * <p>All three benchmarks work on the eight bidders of the 2017 HBS pilot with the pilot's rule set
 * ({@code LOU-4-18}, six rules each). {@link #assess} builds the eight assessments; {@link #render}
 * formats every finding's message in Swedish for eight assessments built once in the setup;
 * {@link #assessAndRender} does both, which is what an eager engine would pay on every assessment.
 * Read the ratios render/assess and assessAndRender/assess of one run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class MessagesBenchmark {
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private RuleSet rules;
  private LocalDate deadline;
  private List<Enterprise> bidders;
  private List<Assessment> assessments;

  /** Builds the rule set and, once, the assessments that {@link #render} formats. */
  @Setup
  public void setUp() {
    ReservedProcurement pilot = Hbs2017Pilot.procurement();
    rules = ProcurementRules.forProcurement(pilot);
    deadline = pilot.getTenderDeadline();
    bidders = Hbs2017Bidders.all();
    assessments = new ArrayList<>();
    for (Enterprise bidder : bidders) {
      assessments.add(rules.assess(bidder, deadline));
    }
  }

  /**
   * Builds the eight assessments, messages not formatted.
   *
   * @param sink consumes the results
   */
  @Benchmark
  public void assess(Blackhole sink) {
    for (Enterprise bidder : bidders) {
      sink.consume(rules.assess(bidder, deadline));
    }
  }

  /**
   * Formats every finding's Swedish message of eight built assessments.
   *
   * @param sink consumes the messages
   */
  @Benchmark
  public void render(Blackhole sink) {
    for (Assessment assessment : assessments) {
      sink.consume(assessment.getMessages(SWEDISH));
    }
  }

  /**
   * Builds the eight assessments and formats every message in Swedish.
   *
   * @param sink consumes the messages
   */
  @Benchmark
  public void assessAndRender(Blackhole sink) {
    for (Enterprise bidder : bidders) {
      sink.consume(rules.assess(bidder, deadline).getMessages(SWEDISH));
    }
  }
}
