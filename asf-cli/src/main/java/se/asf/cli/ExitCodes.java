package se.asf.cli;

/**
 * The exit codes of the {@code asf} command, documented in the README and in {@code asf --help}.
 */
public final class ExitCodes {
  /** Success: every input was processed, whatever the assessments' outcomes. */
  public static final int OK = 0;
  /** An unexpected internal error. */
  public static final int SOFTWARE = 1;
  /** A usage error: an unknown option, a missing argument, a malformed argument. */
  public static final int USAGE = 2;
  /** Invalid input: a number, coordinate or file that is not valid. */
  public static final int INVALID_INPUT = 3;
  /** The condition named by {@code --fail-on} occurred. */
  public static final int FAIL_ON = 4;

  /**
   * Stopped by Ctrl-C: the shell's code for a process ended by SIGINT (128 + 2), after the run
   * stopped and removed any report file it was writing ({@link Interrupts}); 143 after SIGTERM.
   */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
