package se.asf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import java.util.regex.Pattern;

/**
 * Reads one set of numbers per line from standard input and writes one result per line, so that a
 * file of points can be processed. A blank line gives a blank line; a bad line gives a blank line on
 * standard output and a message naming the line on standard error, so output stays aligned with input
 * and nothing is skipped silently.
 */
final class PointLines {
  /** Longest line accepted; a longer one is reported, not read into memory whole. */
  static final int MAX_LINE = 4096;
  private static final Pattern SEPARATORS = Pattern.compile("[\\s;,]+");

  interface LineFunction {
    String apply(double[] values);
  }

  private PointLines() {}

  /**
   * Runs a point command: on its positional arguments when there are any, else on standard input.
   *
   * @param arityKey the message for a wrong number of arguments
   */
  static int run(List<String> arguments, int arity, String arityKey, LineFunction function, InputStream stdin,
      CommandSpec spec, Language language) throws IOException {
    CliMessages messages = language.messages();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (arguments == null || arguments.isEmpty()) {
      BufferedReader in = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
      return process(in, out, err, arity, function, messages);
    }
    if (arguments.size() != arity) {
      throw new ParameterException(spec.commandLine(), messages.get(arityKey, arguments.size()));
    }
    double[] values = new double[arity];
    for (int i = 0; i < arity; i++) {
      try {
        values[i] = Numbers.parse(arguments.get(i));
      } catch (NumberFormatException e) {
        throw new ParameterException(spec.commandLine(), messages.get("argument.number", e.getMessage()));
      }
    }
    try {
      out.println(function.apply(values));
    } catch (IllegalArgumentException e) {
      err.println(CliErrors.message(e, language.locale()));
      err.flush();
      return ExitCodes.INVALID_INPUT;
    }
    out.flush();
    return ExitCodes.OK;
  }

  static int process(BufferedReader in, PrintWriter out, PrintWriter err, int arity, LineFunction function,
      CliMessages messages) throws IOException {
    int lineNumber = 0;
    boolean failed = false;
    String line;
    while ((line = readLine(in)) != null) {
      if (out.checkError()) {
        // Standard output is closed or full: reading on would never end on an endless input.
        return ExitCodes.SOFTWARE;
      }
      lineNumber++;
      if (line.isBlank()) {
        out.println();
        continue;
      }
      if (line.length() > MAX_LINE) {
        err.println(messages.get("lines.tooLong", lineNumber, MAX_LINE));
        out.println();
        failed = true;
        continue;
      }
      String[] fields = SEPARATORS.split(line.strip());
      if (fields.length != arity) {
        err.println(messages.get("lines.arity", lineNumber, arity, fields.length));
        out.println();
        failed = true;
        continue;
      }
      try {
        double[] values = new double[arity];
        for (int i = 0; i < arity; i++) {
          values[i] = Numbers.parse(fields[i]);
        }
        out.println(function.apply(values));
      } catch (NumberFormatException e) {
        err.println(messages.get("lines.number", lineNumber, e.getMessage()));
        out.println();
        failed = true;
      } catch (IllegalArgumentException e) {
        err.println(messages.get("lines.invalid", lineNumber, CliErrors.message(e, messages.locale())));
        out.println();
        failed = true;
      }
    }
    out.flush();
    err.flush();
    return failed ? ExitCodes.INVALID_INPUT : ExitCodes.OK;
  }

  /** Reads a line, but never holds more than MAX_LINE + 1 characters of it. */
  private static String readLine(BufferedReader in) throws IOException {
    StringBuilder line = new StringBuilder();
    int c;
    boolean any = false;
    while ((c = in.read()) != -1) {
      any = true;
      if (c == '\n') {
        break;
      }
      if (c == '\r') {
        continue;
      }
      if (line.length() <= MAX_LINE) {
        line.append((char) c);
      }
    }
    return any ? line.toString() : null;
  }
}
