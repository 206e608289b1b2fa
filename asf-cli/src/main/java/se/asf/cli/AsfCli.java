package se.asf.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import se.asf.core.text.SafeText;

/**
 * The {@code asf} command: the library's tools for procurement officers, coordinators and developers.
 *
 * <p>Exit codes: {@value ExitCodes#OK} success; {@value ExitCodes#SOFTWARE} internal or I/O error;
 * {@value ExitCodes#USAGE} usage error; {@value ExitCodes#INVALID_INPUT} invalid input;
 * {@value ExitCodes#FAIL_ON} the {@code --fail-on} condition occurred.
 */
@Command(name = "asf", mixinStandardHelpOptions = true, versionProvider = AsfCli.Version.class,
    description = "Work-integration social enterprises (ASF) and reserved procurements (LOU 4 kap. 18 §).",
    subcommands = {DemoCommand.class, AssessCommand.class, ScreenCommand.class, DefinitionCommand.class, OrgnrCommand.class,
        DistanceCommand.class, ConvertCommand.class, ProcurementCommand.class, NoticeCommand.class,
        CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 internal or I/O error, 2 usage error, 3 invalid input,",
        "4 the --fail-on condition occurred."})
public final class AsfCli implements Runnable {
  /** Held so that the level set on it is not lost when the logger is garbage-collected. */
  private static final Logger QUIET = Logger.getLogger("org.hibernate.validator");

  @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "sv", scope = ScopeType.INHERIT,
      description = "Language of messages and reports: sv (default) or en.")
  Language language = Language.sv;

  @Spec
  CommandSpec spec;

  /** Standard output as the commands write to it; the report formats switch its mode. */
  private final SafeWriter out;
  /** Standard error unfiltered, for the progress line only, which redraws itself with a carriage return. */
  private final PrintWriter progressErr;

  AsfCli(SafeWriter out, PrintWriter progressErr) {
    this.out = out;
    this.progressErr = progressErr;
  }

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO through java.util.logging; a command-line
    // tool's standard error is for the user's problems only.
    QUIET.setLevel(Level.WARNING);
    // Not System.out and System.err: a PrintStream swallows write errors, so a report lost to a full
    // disk or a closed pipe would pass unnoticed. These writers report them.
    PrintWriter out = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), false);
    PrintWriter err = new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    Interrupts.install();
    int code = run(args, System.in, out, err, Clock.systemDefaultZone(), Terminal.isInteractive());
    Interrupts.finished();
    System.exit(code);
  }

  /**
   * Runs the tool in-process, as if not in a terminal: no progress line is drawn.
   *
   * <p>Everything the tool writes passes through a filter that masks personal identity numbers and
   * shows control characters as escapes. When standard output cannot be written ({@code out}
   * reports an error through {@link PrintWriter#checkError()}), the result is
   * {@link ExitCodes#SOFTWARE} with a message on standard error, whatever the command returned.
   *
   * @param args the command line
   * @param stdin standard input
   * @param out standard output
   * @param err standard error
   * @param clock the clock for today's date, where a command needs one
   * @return the exit code
   */
  public static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Clock clock) {
    return run(args, stdin, out, err, clock, false);
  }

  /**
   * Runs the tool in-process, saying whether it runs interactively, in a terminal, where long runs
   * show a progress line on standard error.
   */
  static int run(String[] args, InputStream stdin, PrintWriter out, PrintWriter err, Clock clock, boolean terminal) {
    SafeWriter safeOut = new SafeWriter(out);
    SafeWriter safeErr = new SafeWriter(err);
    PrintWriter filteredOut = new PrintWriter(safeOut, false);
    PrintWriter filteredErr = new PrintWriter(safeErr, true);
    AsfCli cli = new AsfCli(safeOut, err);
    CommandLine commandLine = new CommandLine(cli, factory(stdin, clock, terminal));
    // No ANSI styling: the filter would show its escape sequences as text, and reports are plain.
    commandLine.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
    if (requestedLanguage(args) == Language.sv) {
      // The usage help in Swedish; English is in the annotations.
      commandLine.setResourceBundle(usageHelp(Language.sv));
    }
    commandLine.setOut(filteredOut);
    commandLine.setErr(filteredErr);
    commandLine.registerConverter(LocalDate.class, AsfCli::date);
    commandLine.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.SOFTWARE);
    commandLine.setExecutionExceptionHandler((e, failed, parsed) -> {
      // An unexpected failure gets one line, not a stack trace: its class and its message, which
      // the filter masks like everything else.
      filteredErr.println(cli.language.messages().get("internal.error", e.getClass().getName(),
          String.valueOf(e.getMessage())));
      return ExitCodes.SOFTWARE;
    });
    int code = commandLine.execute(args);
    boolean outFailed;
    try {
      filteredOut.flush();
      safeOut.finish();
      outFailed = filteredOut.checkError() || out.checkError();
    } catch (IOException e) {
      outFailed = true;
    }
    if (outFailed) {
      filteredErr.println(cli.language.messages().get("output.failed"));
      code = ExitCodes.SOFTWARE;
    }
    boolean errFailed;
    try {
      filteredErr.flush();
      safeErr.finish();
      errFailed = filteredErr.checkError() || err.checkError();
    } catch (IOException e) {
      errFailed = true;
    }
    // Standard error itself cannot be written: there is nobody left to tell, but the exit code says it.
    return errFailed && code == ExitCodes.OK ? ExitCodes.SOFTWARE : code;
  }

  /**
   * The language {@code --lang} asks for, read before parsing so that the usage help, which picocli
   * renders while it parses, follows it too; Swedish unless the last {@code --lang} says en.
   */
  static Language requestedLanguage(String[] args) {
    Language language = Language.sv;
    for (int i = 0; i < args.length; i++) {
      String value = null;
      if (args[i].equals("--lang") && i + 1 < args.length) {
        value = args[i + 1];
      } else if (args[i].startsWith("--lang=")) {
        value = args[i].substring("--lang=".length());
      } else if (args[i].equals("--")) {
        break;
      }
      if (value != null) {
        language = value.equals("en") ? Language.en : Language.sv;
      }
    }
    return language;
  }

  /** The resource bundle of the usage help in a language (picocli's keys). */
  static java.util.ResourceBundle usageHelp(Language language) {
    return java.util.ResourceBundle.getBundle("se.asf.cli.Usage", language.locale(), AsfCli.class.getModule());
  }

  /** Dates on the command line, with a message that names the form and quotes the value safely. */
  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("\"" + SafeText.echo(value) + "\" is not a date YYYY-MM-DD");
    }
  }

  /** Standard output, to switch between the text and JSON filters. */
  SafeWriter out() {
    return out;
  }

  /** Standard error without the filter, for a progress line. */
  PrintWriter progressErr() {
    return progressErr;
  }

  static IFactory factory(InputStream stdin, Clock clock, boolean terminal) {
    IFactory defaults = CommandLine.defaultFactory();
    return new IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        if (type == OrgnrCommand.class) {
          return type.cast(new OrgnrCommand(clock));
        }
        if (type == AssessCommand.class) {
          return type.cast(new AssessCommand(clock, terminal));
        }
        if (type == ScreenCommand.class) {
          return type.cast(new ScreenCommand(clock, terminal));
        }
        if (type == DefinitionCommand.class) {
          return type.cast(new DefinitionCommand(clock, terminal));
        }
        if (type == DistanceCommand.class) {
          return type.cast(new DistanceCommand(stdin));
        }
        if (type == ProcurementCommand.class) {
          return type.cast(new ProcurementCommand(clock));
        }
        if (type == NoticeCommand.class) {
          return type.cast(new NoticeCommand(clock));
        }
        if (type == ConvertCommand.class) {
          return type.cast(new ConvertCommand(stdin));
        }
        return defaults.create(type);
      }
    };
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), language.messages().get("usage.command"));
  }

  /** The version shown by {@code --version}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AsfCli.class.getPackage().getImplementationVersion();
      return new String[] {"asf " + (version == null ? "development build" : version)};
    }
  }
}
