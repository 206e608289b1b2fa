package se.asf.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Runs the tool in-process and keeps what it printed. */
final class CliRun {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

  final int exitCode;
  final String out;
  final String err;

  private CliRun(int exitCode, String out, String err) {
    this.exitCode = exitCode;
    this.out = out;
    this.err = err;
  }

  static CliRun withInput(String stdin, String... args) {
    return execute(stdin, false, args);
  }

  /** Runs as if standard error were a terminal, where long runs show a progress line. */
  static CliRun inTerminal(String... args) {
    return execute("", true, args);
  }

  private static CliRun execute(String stdin, boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = AsfCli.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true), CLOCK, terminal);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Runs with standard output failing on every write, as a closed pipe or a full disk does. */
  static CliRun withFailingOutput(String reason, String stdin, String... args) {
    return withFailingOutput(reason, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Runs with standard output failing on every write, reading the given standard input. */
  static CliRun withFailingOutput(String reason, java.io.InputStream stdin, String... args) {
    java.io.Writer failing = new java.io.Writer() {
      @Override
      public void write(char[] chars, int offset, int length) throws java.io.IOException {
        throw new java.io.IOException(reason);
      }

      @Override
      public void flush() throws java.io.IOException {
        throw new java.io.IOException(reason);
      }

      @Override
      public void close() {}
    };
    StringWriter err = new StringWriter();
    int code = AsfCli.run(args, stdin, new PrintWriter(failing), new PrintWriter(err, true), CLOCK, false);
    return new CliRun(code, "", err.toString());
  }

  static CliRun run(String... args) {
    return withInput("", args);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
