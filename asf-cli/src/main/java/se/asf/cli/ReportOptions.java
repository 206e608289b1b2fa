package se.asf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;
import se.asf.rules.Assessment;

/** The report options that {@code assess} and {@code definition} share, as a picocli mixin. */
final class ReportOptions {
  @Option(names = "--format", paramLabel = "table|json|jsonl|markdown|csv|geojson", defaultValue = "table",
      description = "Report format: table (default), json (the asf-json assessment report), jsonl (one assessment a line),"
          + " markdown, or csv"
          + " (for a spreadsheet: ; and decimal commas in Swedish, , and points in English), or geojson"
          + " (a map of centres, radii and sites; assess and demo).")
  Format format = Format.table;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE (replaced only once complete) instead of standard output;"
          + " - is standard output.")
  Path output;

  @Option(names = "--fail-on", paramLabel = "not-met|undetermined", converter = FailOn.Converter.class,
      description = "Exit with 4 when an outcome is NOT MET (not-met), or is anything but MET (undetermined).")
  FailOn failOn;

  /**
   * Writes the report where {@code --output} says. An error writing standard output is found at the
   * end of the run ({@link AsfCli}); an error writing the file, here.
   *
   * @return {@link ExitCodes#OK}, or {@link ExitCodes#SOFTWARE} after saying on standard error that
   *     the report could not be written
   */
  int write(ReportOutput.Body body, AsfCli cli, PrintWriter out, PrintWriter err, Locale locale) {
    try {
      // "-" is standard output, as for most tools.
      ReportOutput.write(body, output != null && output.toString().equals("-") ? null : output, out, cli.out());
      return ExitCodes.OK;
    } catch (IOException | UncheckedIOException e) {
      Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
      err.println(InputProblem.ofFile(String.valueOf(output),
          InputProblem.message("file.unwritable", cause.getClass().getSimpleName())).render(locale));
      err.flush();
      return ExitCodes.SOFTWARE;
    }
  }

  /** The exit code for written assessments: {@link ExitCodes#FAIL_ON} when {@code --fail-on} holds. */
  int exitCode(List<Assessment> assessments) {
    return failOn != null && failOn.holds(assessments) ? ExitCodes.FAIL_ON : ExitCodes.OK;
  }
}
