package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import se.asf.core.procurement.LegalBasis;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.core.text.SafeText;
import se.asf.espd.EspdRequestWriter;
import se.asf.espd.eforms.NoticeWriter;
import se.asf.json.AsfJson;

/**
 * {@code asf notice --procurement FILE}: the reservation of a procurement as the EU standards write
 * it, to paste into what a procurement system produces: a lot's eForms {@code cac:TenderingTerms}
 * with BT-71 and BT-736 ({@link NoticeWriter}), or with {@code --to espd-request} the ESPD request's
 * 4.x criterion {@code shelt-worksh} ({@link EspdRequestWriter}).
 */
@Command(name = "notice", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Write a procurement's reservation as eForms BT-71/BT-736 elements or as an ESPD request criterion.",
        "", "By default a lot's eForms cac:TenderingTerms with BT-71 (Reserved Participation) and BT-736 (Reserved"
            + " Execution); with --to espd-request the ESPD request's criterion \"Economic operator is a sheltered"
            + " workshop\" (ESPD-EDM 4.x)."},
    footer = {"", "Exit codes: 0 written; 1 internal or I/O error; 2 usage error; 3 invalid input (the procurement"
        + " is refused, or its legal basis has no such element)."})
final class NoticeCommand implements Callable<Integer> {
  /** What the command writes. */
  enum Target {
    /** The eForms elements of a lot. */
    EFORMS("eforms"),
    /** The ESPD request's criterion. */
    ESPD_REQUEST("espd-request");

    private final String code;

    Target(String code) {
      this.code = code;
    }

    /** Converts {@code eforms} and {@code espd-request}. */
    static final class Converter implements ITypeConverter<Target> {
      @Override
      public Target convert(String value) {
        for (Target target : values()) {
          if (target.code.equals(value)) {
            return target;
          }
        }
        throw new TypeConversionException("expected eforms or espd-request, got " + SafeText.echo(value));
      }
    }
  }

  @ParentCommand
  AsfCli parent;

  @Spec
  CommandSpec spec;

  @Option(names = "--procurement", required = true, paramLabel = "FILE",
      description = "The reserved procurement: an asf-json procurement document.")
  Path procurementFile;

  @Option(names = "--to", paramLabel = "eforms|espd-request", defaultValue = "eforms", converter = Target.Converter.class,
      description = "What to write: eforms (default), the lot's BT-71 and BT-736 elements; espd-request, the ESPD"
          + " request's sheltered-workshop criterion.")
  Target target = Target.EFORMS;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the XML to FILE (replaced only once complete) instead of standard output.")
  Path output;

  private final Clock clock;

  NoticeCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    Locale locale = parent.language.locale();
    PrintWriter err = spec.commandLine().getErr();
    ReservedProcurement procurement;
    try {
      procurement = InputFiles.procurement(AsfJson.builder().clock(clock).build(), procurementFile);
    } catch (InputFileException e) {
      for (InputProblem problem : e.problems()) {
        err.println(problem.render(locale));
      }
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    LegalBasis basis = procurement.getLegalBasis();
    String xml;
    if (target == Target.ESPD_REQUEST) {
      if (!basis.isShareRequirementMandatory()) {
        return refuse(err, locale, InputProblem.message("notice.espdNotApplicable", basis.name()));
      }
      xml = EspdRequestWriter.shelteredWorkshopCriterion();
    } else {
      if (basis.getEformsReservedParticipationCode().isEmpty()) {
        return refuse(err, locale, InputProblem.message("notice.noEformsCode", basis.name()));
      }
      xml = NoticeWriter.tenderingTerms(procurement);
    }
    try {
      ReportOutput.write(out -> out.println(xml), output, spec.commandLine().getOut(), parent.out());
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println(InputProblem.ofFile(String.valueOf(output),
          InputProblem.message("output.unwritable", cause.getClass().getSimpleName())).render(locale));
      err.flush();
      return ExitCodes.SOFTWARE;
    }
    return ExitCodes.OK;
  }

  private int refuse(PrintWriter err, Locale locale, java.util.function.Function<Locale, String> text) {
    err.println(InputProblem.ofFile(procurementFile.toString(), text).render(locale));
    err.flush();
    return ExitCodes.INVALID_INPUT;
  }
}
