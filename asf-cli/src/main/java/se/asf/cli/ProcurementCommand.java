package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import se.asf.core.DatePeriod;
import se.asf.core.InvariantViolationException;
import se.asf.core.procurement.ContractingAuthority;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.procurement.ReservedProcurementBuilder;
import se.asf.espd.ReadException;
import se.asf.espd.ReadFinding;
import se.asf.espd.eforms.ContractNotice;
import se.asf.espd.eforms.NoticeReader;
import se.asf.espd.eforms.ReservedLot;
import se.asf.json.AsfJson;

/**
 * {@code asf procurement --from-notice NOTICE.xml --lot LOT-0001}: the skeleton of an asf-json
 * procurement document from a reserved lot of an eForms contract notice ({@link NoticeReader}).
 *
 * <p>The skeleton holds what the notice carries (reference, title, buyer, legal basis, tender
 * deadline, contract period) and the law's share requirement (30 % by heads over every form and
 * group, self-declarations not accepted), with {@code volumesGuaranteed} written as {@code false}:
 * the required property has to hold something, and the notice cannot say. Standard error lists,
 * one line each, what the user must still complete or check ({@link ReservedLot#getToComplete()}).
 * A required property the notice lacks (the deadline, the period, the buyer, the title) is left out
 * of the skeleton, never guessed, so that {@code asf assess} refuses it, naming the property,
 * until it is added.
 */
@Command(name = "procurement", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write the skeleton of a procurement document from a reserved lot of an eForms contract notice.", "",
        "The skeleton (asf-json) holds what the notice carries. Standard error lists what the notice cannot carry and"
            + " must be completed: the share threshold and counting, a radius and its centres, further requirements,"
            + " volumes, and whatever this notice lacks."},
    footer = {"", "Exit codes: 0 the skeleton was written; 1 internal or I/O error; 2 usage error;"
        + " 3 invalid input (the notice is refused, or has no such reserved lot)."})
final class ProcurementCommand implements Callable<Integer> {
  @ParentCommand
  AsfCli parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--from-notice", required = true, paramLabel = "FILE",
      description = "The eForms contract notice (XML).")
  Path notice;

  @Option(names = "--lot", paramLabel = "LOT-ID",
      description = "The reserved lot, for example LOT-0001 (BT-137); may be left out when the notice has exactly"
          + " one reserved lot.")
  String lot;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the skeleton to FILE (replaced only once complete) instead of standard output.")
  Path output;

  private final Clock clock;

  ProcurementCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter err = spec.commandLine().getErr();
    String file = notice.toString();
    ContractNotice read;
    try {
      read = NoticeReader.standard().read(notice);
    } catch (ReadException e) {
      err.println(InputProblem.ofFile(file, e.getProblem()::getMessage).render(locale));
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    Optional<ReservedLot> chosen = choose(read, file, err, locale);
    if (chosen.isEmpty()) {
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    ReservedLot reserved = chosen.get();
    String json;
    try {
      json = skeleton(reserved, AsfJson.builder().clock(clock).build());
    } catch (InvariantViolationException e) {
      err.println(InputProblem.ofFile(file, InputProblem.message("procurement.contradiction",
          reserved.getLotId(), e.getMessage(locale))).render(locale));
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    try {
      ReportOutput.write(ReportOutput.Body.json(out -> out.print(json)), output, spec.commandLine().getOut(),
          parent.out());
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println(InputProblem.ofFile(String.valueOf(output),
          InputProblem.message("output.unwritable", cause.getClass().getSimpleName())).render(locale));
      err.flush();
      return ExitCodes.SOFTWARE;
    }
    for (ReadFinding finding : read.getFindings()) {
      err.println(InputProblem.ofFile(file, finding::getMessage).render(locale));
    }
    err.println(messages.get("procurement.toComplete", reserved.getLotId(),
        output == null ? messages.get("procurement.standardOutput") : output));
    for (ReservedLot.ToComplete item : reserved.getToComplete()) {
      err.println("  - " + messages.get("procurement.toComplete." + item.name()));
    }
    // What the skeleton leaves out, because the notice does not give it (made here, not when the
    // command is created: every run creates every command).
    Set<ReservedLot.ToComplete> leftOut = EnumSet.of(ReservedLot.ToComplete.CONTRACT_PERIOD,
        ReservedLot.ToComplete.TENDER_DEADLINE, ReservedLot.ToComplete.BUYER, ReservedLot.ToComplete.TITLE);
    boolean incomplete = reserved.getToComplete().stream().anyMatch(leftOut::contains);
    err.println(messages.get(incomplete ? "procurement.incomplete" : "procurement.complete"));
    err.flush();
    return ExitCodes.OK;
  }

  /**
   * The lot asked for, or the only reserved lot when none is named; otherwise empty, after saying
   * on standard error which lots the notice has.
   */
  private Optional<ReservedLot> choose(ContractNotice read, String file, PrintWriter err, Locale locale) {
    List<String> reservedIds = read.getReservedLots().stream().map(ReservedLot::getLotId).toList();
    String reservedList = reservedIds.isEmpty() ? "-" : String.join(", ", reservedIds);
    String allList = read.getLotIds().isEmpty() ? "-" : String.join(", ", read.getLotIds());
    if (lot == null) {
      if (reservedIds.size() == 1) {
        return Optional.of(read.getReservedLots().get(0));
      }
      err.println(InputProblem.ofFile(file, reservedIds.isEmpty()
          ? InputProblem.message("procurement.noReservedLot", allList)
          : InputProblem.message("procurement.chooseLot", reservedList)).render(locale));
      return Optional.empty();
    }
    Optional<ReservedLot> found = read.getReservedLot(lot);
    if (found.isEmpty()) {
      err.println(InputProblem.ofFile(file, read.getLotIds().contains(lot)
          ? InputProblem.message("procurement.notReserved", lot, reservedList, allList)
          : InputProblem.message("procurement.unknownLot", lot, reservedList, allList)).render(locale));
    }
    return found;
  }

  /**
   * The skeleton as the library writes a procurement document, without the properties the notice
   * does not give: the procurement is built with stand-ins for them, which are then taken out of
   * the canonical text, whose layout (two spaces per level, one property per line) the writer fixes.
   */
  static String skeleton(ReservedLot lot, AsfJson json) {
    ReservedProcurementBuilder builder = lot.toProcurementBuilder().volumesGuaranteed(false);
    List<String> leftOut = new ArrayList<>();
    if (lot.getTitle().isEmpty()) {
      builder.title("-");
      leftOut.add("title");
    }
    if (lot.getBuyer().isEmpty()) {
      builder.addContractingAuthority(ContractingAuthority.of("-"));
      leftOut.add("contractingAuthorities");
    }
    Optional<LocalDate> deadline = lot.getTenderDeadline();
    Optional<DatePeriod> period = lot.getContractPeriod();
    if (deadline.isEmpty()) {
      builder.tenderDeadline(period.map(p -> p.getStart().minusDays(1)).orElse(LocalDate.of(2000, 1, 1)));
      leftOut.add("tenderDeadline");
    }
    if (period.isEmpty()) {
      LocalDate start = deadline.orElse(LocalDate.of(2000, 1, 1)).plusDays(1);
      builder.contractPeriod(DatePeriod.of(start, start));
      leftOut.add("contractPeriod");
    }
    String text = json.writeProcurement(builder.build());
    for (String property : leftOut) {
      text = withoutProperty(text, property);
    }
    return text;
  }

  /** Takes a property of the procurement (four spaces in) out of a canonical procurement document. */
  static String withoutProperty(String document, String property) {
    List<String> lines = new ArrayList<>(document.lines().toList());
    String indent = "    ";
    int start = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(indent + "\"" + property + "\":")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      throw new IllegalStateException("no property " + property);
    }
    int end = start + 1;
    while (end < lines.size() && lines.get(end).startsWith(indent + " ")) {
      end++;
    }
    // An array or object ends on a line of its own, at the property's indentation.
    String opening = lines.get(start);
    if (opening.endsWith("[") || opening.endsWith("{")) {
      end++;
    }
    boolean last = !lines.get(end - 1).endsWith(",");
    lines.subList(start, end).clear();
    if (last && start > 0 && lines.get(start - 1).endsWith(",")) {
      String previous = lines.get(start - 1);
      lines.set(start - 1, previous.substring(0, previous.length() - 1));
    }
    return String.join("\n", lines) + (document.endsWith("\n") ? "\n" : "");
  }
}
