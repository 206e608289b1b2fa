package se.asf.benchmarks;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.enterprise.Site;
import se.asf.core.examples.Hbs2017Bidders;
import se.asf.core.examples.Hbs2017Pilot;
import se.asf.core.geo.Position;
import se.asf.core.procurement.Centre;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.Assessment;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.RuleSet;
import se.asf.rules.geodesy.Geodesics;
import se.asf.rules.radius.SiteDistance;
import se.asf.rules.reserved.ProcurementRules;

/**
 * Assessing one bidder against the HBS 2017 pilot's rule set, against a baseline of what any
 * application would do at least: validate the bidder with Hibernate Validator and measure every
 * site's geodesic distance to every centre.
 *
 * <p>Each invocation goes through the pilot's eight example bidders ({@link Hbs2017Bidders#all()}),
 * so with {@code @OperationsPerInvocation(8)} the figures are per bidder. {@link #assess} calls
 * {@link RuleSet#assess} with the rule set of {@link ProcurementRules#forProcurement}, as of the
 * tender deadline. {@link #baseline} calls {@code validate(bidder)} on one shared Hibernate
 * {@link Validator} (from one factory with the {@link ParameterMessageInterpolator}, as {@code
 * AsfValidator} configures it) and GeographicLib's inverse from every site with a position to every
 * centre.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class AssessOneBenchmark {
  /** The number of the pilot's example bidders, each assessed once per invocation. */
  static final int BIDDERS = 8;

  private final ReservedProcurement procurement = Hbs2017Pilot.procurement();
  private final LocalDate deadline = Hbs2017Pilot.TENDER_DEADLINE;
  private List<Enterprise> bidders;
  private RuleSet rules;
  private List<Position> centres;
  private ValidatorFactory factory;
  private Validator validator;

  /** Creates the state; JMH calls it. */
  public AssessOneBenchmark() {}

  /**
   * Builds the rule set and the validator, and checks that there are {@value #BIDDERS} bidders.
   *
   * @throws IllegalStateException if the number of bidders is not {@value #BIDDERS}
   */
  @Setup(Level.Trial)
  public void setUp() {
    bidders = Hbs2017Bidders.all();
    if (bidders.size() != BIDDERS) {
      throw new IllegalStateException(bidders.size() + " bidders, expected " + BIDDERS);
    }
    rules = ProcurementRules.forProcurement(procurement);
    centres = procurement.getGeographicRequirement().orElseThrow().getCentres().stream()
        .map(Centre::getPosition).toList();
    factory = Validation.byProvider(HibernateValidator.class)
        .configure()
        .ignoreXmlConfiguration()
        .messageInterpolator(new ParameterMessageInterpolator())
        .buildValidatorFactory();
    validator = factory.getValidator();
  }

  /** Closes the validator factory. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (factory != null) {
      factory.close();
      factory = null;
    }
  }

  /**
   * Assesses each bidder with the pilot's rule set as of the tender deadline.
   *
   * @param blackhole consumes the assessments
   */
  @Benchmark
  @OperationsPerInvocation(BIDDERS)
  public void assess(Blackhole blackhole) {
    for (Enterprise bidder : bidders) {
      blackhole.consume(rules.assess(bidder, deadline));
    }
  }

  /**
   * Assesses each bidder, then reads every figure and every site's nearest centre and displayed
   * distance, as a report does: the geodesics an assessment shows are computed when first read, so
   * this is the whole cost of an explained assessment, short of formatting its messages.
   *
   * @param blackhole consumes the figures and distances
   */
  @Benchmark
  @OperationsPerInvocation(BIDDERS)
  public void assessAndReadFigures(Blackhole blackhole) {
    for (Enterprise bidder : bidders) {
      for (Finding finding : rules.assess(bidder, deadline).getFindings()) {
        for (Figure figure : finding.getFigures()) {
          blackhole.consume(figure.toString());
        }
        for (SiteDistance site : finding.getSites()) {
          blackhole.consume(site.getNearestCentre());
          blackhole.consume(site.getDisplayedDistanceMetres());
        }
      }
    }
  }

  /**
   * Validates each bidder with Hibernate Validator and measures every site's distance to every
   * centre.
   *
   * @param blackhole consumes the violations and distances
   */
  @Benchmark
  @OperationsPerInvocation(BIDDERS)
  public void baseline(Blackhole blackhole) {
    for (Enterprise bidder : bidders) {
      blackhole.consume(validator.validate(bidder));
      for (Site site : bidder.getSites()) {
        if (site.getPosition().isPresent()) {
          for (Position centre : centres) {
            blackhole.consume(Geodesics.distanceMetres(site.getPosition().get(), centre));
          }
        }
      }
    }
  }

  /** The assessments of every bidder; for tests. */
  List<Assessment> assessments() {
    return bidders.stream().map(bidder -> rules.assess(bidder, deadline)).toList();
  }

  /** The violations of every bidder; for tests. */
  int violations() {
    return bidders.stream().mapToInt(bidder -> validator.validate(bidder).size()).sum();
  }
}
