package se.asf.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of a streamed run that {@code assess}, {@code screen} and {@code definition} share, as
 * a picocli mixin: the bound on the bidders read and the progress line.
 */
final class StreamOptions {
  @Option(names = "--max-bidders", paramLabel = "N", defaultValue = "2000000",
      description = "Read at most N bidders (default 2000000): a streamed input stops there with exit code 3, a file"
          + " that assess reads whole is refused if it holds more.")
  long maxBidders;

  @Option(names = "--progress", negatable = true,
      description = "Show a progress line on standard error (bidders done, rate, time left); by default only"
          + " when the tool runs in a terminal.")
  Boolean progress;

  /** The bound on the bidders read; a negative one is a usage error. */
  long maxBidders(CommandSpec spec) {
    if (maxBidders < 0) {
      throw new ParameterException(spec.commandLine(), "--max-bidders must be 0 or more");
    }
    return maxBidders;
  }

  /** Whether the progress line is drawn: as asked, or else when standard error is a terminal. */
  boolean progress(boolean terminal) {
    return progress != null ? progress : terminal;
  }
}
