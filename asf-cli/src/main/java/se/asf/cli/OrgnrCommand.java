package se.asf.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import se.asf.core.identity.IdentityNumberFormatException;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.core.identity.Personnummer;

/** {@code asf orgnr NUMBER...}: validates and describes organisation numbers. */
@Command(name = "orgnr", mixinStandardHelpOptions = true,
    description = {"Validate and describe organisation numbers: group, canonical form, VAT number.",
        "A sole trader's personnummer is recognised and shown masked.",
        "Exit code 0 only if every number is valid, 3 otherwise."})
final class OrgnrCommand implements Callable<Integer> {
  @ParentCommand
  AsfCli parent;

  @Option(names = "--reference-date", paramLabel = "YYYY-MM-DD",
      description = "Date against which a 10-digit personnummer's century is resolved (default: today).")
  LocalDate referenceDate;

  @Parameters(arity = "1..*", paramLabel = "NUMBER", descriptionKey = "orgnr.numbers", description = "Organisation numbers, e.g. 556016-0680.")
  List<String> numbers;

  @Spec
  CommandSpec spec;

  private final Clock clock;

  OrgnrCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() {
    CliMessages messages = parent.language.messages();
    Locale locale = parent.language.locale();
    PrintWriter out = spec.commandLine().getOut();
    LocalDate date = referenceDate != null ? referenceDate : LocalDate.now(clock);
    boolean allValid = true;
    for (String text : numbers) {
      try {
        Organisationsnummer number = Organisationsnummer.parse(text);
        String group = locale.getLanguage().equals("en")
            ? number.getGroup().getEnglishName() : number.getGroup().getSwedishName();
        out.println(messages.get("orgnr.valid", number, number.getGroup().getDigit(), group, number.toVatNumber()));
      } catch (IdentityNumberFormatException orgError) {
        if (Personnummer.isValid(text, date)) {
          out.println(messages.get("orgnr.personnummer", Personnummer.parse(text, date)));
          continue;
        }
        allValid = false;
        out.println(messages.get("orgnr.invalid", orgError.getMaskedInput(), orgError.getViolations().stream()
            .map((IdentityViolation v) -> v.getMessage(locale)).collect(Collectors.joining(" "))));
      }
    }
    out.flush();
    return allValid ? ExitCodes.OK : ExitCodes.INVALID_INPUT;
  }
}
