package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ShareRequirement;
import se.asf.core.workforce.EngagementForm;
import se.asf.core.workforce.TargetGroup;
import se.asf.json.AsfJson;
import se.asf.rules.Assessment;
import se.asf.rules.RuleSet;
import se.asf.rules.reserved.ProcurementRules;
import se.asf.rules.validation.InvalidInputException;

/**
 * {@code asf assess}: assesses a file of bidders against a reserved procurement.
 *
 * <p>The procurement is an asf-json procurement document. The bidders are an asf-json bidders
 * document (a file named {@code *.json}) or a CSV file (any other name; see {@link BidderCsv}). Each
 * bidder is assessed as of the procurement's tender deadline with the procurement's own rule set
 * ({@link ProcurementRules}). The report goes to standard output or {@code --output}; every input
 * problem goes to standard error, naming the file and the line, column or JSON Pointer.
 */
@Command(name = "assess", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Assess bidders against a reserved procurement, as of its tender deadline.", "",
        "Bidders: an asf-json bidders document (*.json), JSON Lines (*.jsonl, one enterprise a line), ESPD"
            + " responses (*.xml, a file or a folder) or a CSV file, one row per bidder and site, with"
            + " Swedish or English headers, separated by ; or , (see the README). A bidder with a bad row is"
            + " skipped and listed on standard error with file, line and problem; the others are assessed."
            + " The report is sorted by bidder name, so runs diff cleanly.", "",
        "JSON Lines, and bidders files over 16 MiB (JSON) or 64 MiB (CSV), are streamed: each bidder is read,"
            + " assessed and written"
            + " before the next, in the file's order; table and Markdown reports come in sections of 5000 bidders."},
    footer = {"", "Exit codes: 0 every bidder assessed, whatever the outcomes; 1 internal or I/O error;"
        + " 2 usage error; 3 invalid input (a file refused, or bidders skipped: the report covers the rest);"
        + " 4 the --fail-on condition occurred; 130 stopped by Ctrl-C (no report file is left)."})
final class AssessCommand implements Callable<Integer> {
  @ParentCommand
  AsfCli parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--procurement", required = true, paramLabel = "FILE",
      description = "The reserved procurement: an asf-json procurement document.")
  Path procurementFile;

  @Option(names = "--bidders", required = true, paramLabel = "FILE",
      description = "The bidders: an asf-json bidders document (*.json), JSON Lines (*.jsonl), an ESPD response (*.xml) or a folder of"
          + " them, or a CSV file (any other name).")
  Path biddersFile;

  @Mixin
  ReportOptions report;

  @Option(names = "--strict",
      description = "Refuse the whole bidders file if any row has a problem: assess nothing. A streamed input"
          + " stops at its first problem, and no report file is written.")
  boolean strict;

  @Mixin
  StreamOptions streaming;

  private final Clock clock;
  private final boolean terminal;

  AssessCommand(Clock clock, boolean terminal) {
    this.clock = clock;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    try {
      return assess();
    } catch (OutOfMemoryError e) {
      PrintWriter err = spec.commandLine().getErr();
      err.println(parent.language.messages().get("assess.memory"));
      err.flush();
      return ExitCodes.SOFTWARE;
    }
  }

  private int assess() throws IOException {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter err = spec.commandLine().getErr();
    AsfJson json = AsfJson.builder().clock(clock).build();
    long maxBidders = streaming.maxBidders(spec);
    StreamedInput kind = StreamedInput.of(biddersFile);
    long size = Files.isRegularFile(biddersFile) ? Files.size(biddersFile) : 0;
    if (kind == StreamedInput.LINES || kind == StreamedInput.JSON && size > AsfJson.MAX_DOCUMENT_BYTES
        || kind == StreamedInput.CSV && !EspdBidders.accepts(biddersFile) && size > BidderCsv.MAX_FILE_BYTES) {
      return streamed(json, messages, locale, err);
    }
    List<InputProblem> problems = new ArrayList<>();
    List<InputProblem> notes = new ArrayList<>();
    ReservedProcurement procurement;
    List<Bidder> bidders;
    boolean csv = false;
    int rows = 0;
    int skippedRows = 0;
    try {
      procurement = InputFiles.procurement(json, procurementFile);
      if (EspdBidders.accepts(biddersFile)) {
        bidders = EspdBidders.read(biddersFile, problems, notes);
        rows = bidders.size();
      } else if (kind == StreamedInput.JSON) {
        List<Bidder> all = new ArrayList<>();
        rows = InputFiles.bidders(json, biddersFile, all, problems).getElementsSeen();
        bidders = withoutRepeatedIdentities(all, problems);
      } else {
        BidderCsv.Result read = BidderCsv.read(biddersFile.toString(),
            InputFiles.read(biddersFile, BidderCsv.MAX_FILE_BYTES), csvOptions(procurement));
        bidders = read.bidders;
        problems.addAll(read.problems);
        csv = true;
        rows = read.rows;
        skippedRows = read.skippedRows;
      }
    } catch (InputFileException e) {
      return refuse(e.problems(), err, locale, messages, "assess.refused");
    }
    if (strict && !problems.isEmpty()) {
      return refuse(problems, err, locale, messages, "assess.strict");
    }
    if (bidders.size() > maxBidders) {
      return refuse(List.of(InputProblem.ofFile(biddersFile.toString(),
          InputProblem.message("assess.maxBidders", maxBidders))), err, locale, messages, "assess.refused");
    }
    RuleSet rules = ProcurementRules.forProcurement(procurement);
    // Sorted before they are assessed, on the full identity: the report's masked one cannot break ties.
    bidders = ReportOutput.sorted(bidders, Bidder::enterprise);
    LocalDate asOf = procurement.getTenderDeadline();
    List<Assessment> assessments = new ArrayList<>(bidders.size());
    List<GeoJsonReport.Assessed> assessed = new ArrayList<>(bidders.size());
    Progress progress = new Progress(parent.progressErr(), messages, bidders.size(), streaming.progress(terminal));
    int refusedRows = 0;
    for (Bidder bidder : bidders) {
      try {
        Assessment assessment = rules.assess(bidder.enterprise(), asOf);
        assessments.add(assessment);
        assessed.add(new GeoJsonReport.Assessed(bidder.enterprise(), assessment));
      } catch (InvalidInputException e) {
        refusedRows += bidder.rowCount();
        problems.add(bidder.problem(biddersFile.toString(), e::getMessage));
      }
      progress.advance();
    }
    progress.finish();
    if (strict && !problems.isEmpty()) {
      return refuse(problems, err, locale, messages, "assess.strict");
    }
    if (assessments.isEmpty()) {
      String summary = "assess.noneAssessed";
      if (problems.isEmpty()) {
        problems.add(InputProblem.ofFile(biddersFile.toString(), InputProblem.message("assess.none")));
        summary = "assess.refused";
      }
      return refuse(problems, err, locale, messages, summary);
    }
    List<Assessment> sorted = assessments;
    String title = messages.get("report.title", procurement.getTitle(), procurement.getReference(), asOf,
        rules.getId(), rules.getVersion());
    ReportOutput.Body body = report.format == Format.geojson ? GeoJsonReport.bidders(procurement, assessed)
        : render(report.format, title, sorted, locale, messages, () -> json);
    int written = report.write(body, parent,
        spec.commandLine().getOut(), err, locale);
    if (written != ExitCodes.OK) {
      return written;
    }
    for (InputProblem note : notes) {
      err.println(note.render(locale));
    }
    for (InputProblem problem : problems) {
      err.println(problem.render(locale));
    }
    if (!problems.isEmpty()) {
      err.println(csv
          ? messages.get("assess.partial.csv", assessments.size(), skippedRows + refusedRows, rows)
          : messages.get("assess.partial.json", assessments.size(), rows));
    }
    err.flush();
    if (!problems.isEmpty()) {
      return ExitCodes.INVALID_INPUT;
    }
    return report.exitCode(sorted);
  }

  /**
   * Assesses a streamed input: JSON Lines, a bidders document larger than the whole-document reader
   * takes, or a CSV file larger than the whole-file reader takes ({@link StreamingAssess}).
   */
  private int streamed(AsfJson json, CliMessages messages, Locale locale, PrintWriter err) {
    ReservedProcurement procurement;
    try {
      procurement = InputFiles.procurement(json, procurementFile);
    } catch (InputFileException e) {
      return refuse(e.problems(), err, locale, messages, "assess.refused");
    }
    if (report.format == Format.geojson) {
      return refuse(List.of(InputProblem.ofFile(biddersFile.toString(), InputProblem.message(
          "assess.geojsonStreamed", AsfJson.MAX_DOCUMENT_BYTES))), err, locale, messages, "assess.refused");
    }
    RuleSet rules = ProcurementRules.forProcurement(procurement);
    LocalDate asOf = procurement.getTenderDeadline();
    String title = messages.get("report.title", procurement.getTitle(), procurement.getReference(), asOf,
        rules.getId(), rules.getVersion());
    StreamingAssess.Layout layout = StreamingAssess.bidders(locale, messages);
    return new StreamedRun(parent, spec, biddersFile, streaming, terminal).run(json, List.of(rules), asOf,
        csvOptions(procurement), report, strict, true,
        (run, source) -> run.body(source, report.format, title, json, messages, layout));
  }

  /**
   * Refuses every bidder of a JSON document whose identity is given more than once: which of them
   * is the bidder cannot be told, and assessing both would report one identity twice. Each problem
   * names one other place, the next or the first, so that N repeats give N problems of bounded size.
   */
  private List<Bidder> withoutRepeatedIdentities(List<Bidder> bidders, List<InputProblem> problems) {
    List<String> keys = new ArrayList<>(bidders.size());
    Map<String, List<Integer>> byIdentity = new LinkedHashMap<>();
    for (int i = 0; i < bidders.size(); i++) {
      keys.add(ReportOutput.identityKey(bidders.get(i).enterprise().getIdentity()));
      byIdentity.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
    }
    List<Bidder> kept = new ArrayList<>();
    for (int i = 0; i < bidders.size(); i++) {
      List<Integer> same = byIdentity.get(keys.get(i));
      Bidder bidder = bidders.get(i);
      if (same.size() == 1) {
        kept.add(bidder);
      } else if (same.get(0) == i) {
        problems.add(bidder.problem(biddersFile.toString(), InputProblem.message("json.repeatedIdentity.first",
            bidder.enterprise().getIdentity(), same.size(), "/bidders/" + same.get(1))));
      } else {
        problems.add(bidder.problem(biddersFile.toString(), InputProblem.message("json.repeatedIdentity",
            bidder.enterprise().getIdentity(), "/bidders/" + same.get(0))));
      }
    }
    return kept;
  }

  /**
   * What the CSV reader must know of the procurement: whether
   * totals (without forms or particular groups) are enough to judge its share requirement.
   */
  private BidderCsv.Options csvOptions(ReservedProcurement procurement) {
    return csvOptions(procurement, clock);
  }

  /** The CSV reader's options for a procurement; also {@code asf screen}'s. */
  static BidderCsv.Options csvOptions(ReservedProcurement procurement, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    if (procurement.getShareRequirement().isEmpty()) {
      return new BidderCsv.Options(today, true);
    }
    ShareRequirement share = procurement.getShareRequirement().get();
    boolean allForms = share.getCountedForms().containsAll(List.of(EngagementForm.values()));
    boolean allGroups = share.getTargetGroups().contains(TargetGroup.OTHER_DISADVANTAGED)
        && share.getTargetGroups().size() == TargetGroup.values().length - 1;
    return new BidderCsv.Options(today, allForms && allGroups);
  }

  private static int refuse(List<InputProblem> problems, PrintWriter err, Locale locale, CliMessages messages,
      String summary) {
    return StreamedRun.refuse(problems, err, locale, messages, summary);
  }

  /** A JSON Lines report: one assessment a line. */
  static ReportOutput.Body jsonLines(List<Assessment> assessments, Supplier<AsfJson> json) {
    return ReportOutput.Body.jsonBytes(bytes -> {
      try (var writer = json.get().assessmentLinesWriter(bytes)) {
        assessments.forEach(writer::write);
      }
    });
  }

  /**
   * Renders the report of a procurement's bidders in a format; the JSON writer is made only for the
   * JSON format, so the other formats load no JSON library.
   */
  static ReportOutput.Body render(Format format, String title, List<Assessment> assessments, Locale locale,
      CliMessages messages, Supplier<AsfJson> json) {
    switch (format) {
      case json:
        return ReportOutput.Body.jsonBytes(bytes -> json.get().writeAssessmentReport(assessments, bytes));
      case markdown:
        return out -> MarkdownReport.bidders(title, assessments, locale, messages, out);
      case csv:
        return CsvReport.bidders(assessments, locale, messages);
      case jsonl:
        return jsonLines(assessments, json);
      default:
        return out -> {
          out.println(title);
          out.println();
          AssessmentTable.print(assessments, locale, messages, out);
          AssessmentTable.printWarnings(assessments, locale, messages, out);
          AssessmentTable.printExplanations(assessments, locale, messages, out);
        };
    }
  }
}
