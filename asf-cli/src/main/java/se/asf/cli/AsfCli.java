package se.asf.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code asf} command: the library's tools for procurement officers, coordinators and developers.
 *
 * <p>Exit codes: {@value ExitCodes#OK} success; {@value ExitCodes#SOFTWARE} internal or I/O error;
 * {@value ExitCodes#USAGE} usage error; {@value ExitCodes#INVALID_INPUT} invalid input;
 * {@value ExitCodes#FAIL_ON} the {@code --fail-on} condition occurred.
 */
@Command(name = "asf", mixinStandardHelpOptions = true, versionProvider = AsfCli.Version.class,
    description = "Work-integration social enterprises (ASF) and reserved procurements (LOU 4 kap. 18 §).",
    subcommands = {DemoCommand.class, AssessCommand.class, DefinitionCommand.class, OrgnrCommand.class, DistanceCommand.class, ConvertCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Exit codes: 0 success, 1 internal or I/O error, 2 usage error, 3 invalid input,",
        "4 the --fail-on condition occurred."})
public final class AsfCli implements Runnable {
  /** Held so that the level set on it is not lost when the logger is garbage-collected. */
  private static final Logger QUIET = Logger.getLogger("org.hibernate.validator");

  @Option(names = "--lang", paramLabel = "sv|en", defaultValue = "sv", scope = ScopeType.INHERIT,
      description = "Language of messages and reports: sv (default) or en.")
  Language language = Language.sv;

  AsfCli() {}

  /**
   * Runs the tool and exits with its exit code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Hibernate Validator announces its version at INFO through java.util.logging; a command-line
    // tool's standard error is for the user's problems only.
    QUIET.setLevel(Level.WARNING);
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(args, System.in, out, err, Clock.systemDefaultZone(), Terminal.isInteractive()));
  }

  /**
   * Runs the tool in-process, as if not in a terminal: no progress line is drawn.
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
    CommandLine commandLine = new CommandLine(new AsfCli(), factory(stdin, clock, terminal));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExitCodeExceptionMapper(
        e -> e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.SOFTWARE);
    return commandLine.execute(args);
  }

  private static IFactory factory(InputStream stdin, Clock clock, boolean terminal) {
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
        if (type == DefinitionCommand.class) {
          return type.cast(new DefinitionCommand(clock));
        }
        if (type == DistanceCommand.class) {
          return type.cast(new DistanceCommand(stdin));
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
    throw new CommandLine.ParameterException(new CommandLine(this), "Specify a command; see asf --help.");
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
