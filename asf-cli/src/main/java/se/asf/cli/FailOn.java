package se.asf.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import se.asf.core.text.SafeText;
import se.asf.rules.Assessment;
import se.asf.rules.Outcome;

/**
 * The condition of {@code --fail-on}: when it holds for any assessment, the command exits with
 * {@link ExitCodes#FAIL_ON} after writing its whole report.
 */
enum FailOn {
  /** Some assessment's outcome is NOT_MET. */
  NOT_MET("not-met"),
  /** Some assessment's outcome is not MET: UNDETERMINED or NOT_MET. */
  UNDETERMINED("undetermined");

  private final String code;

  FailOn(String code) {
    this.code = code;
  }

  boolean holds(List<Assessment> assessments) {
    return assessments.stream().anyMatch(a -> a.getOutcome() == Outcome.NOT_MET
        || this == UNDETERMINED && a.getOutcome() == Outcome.UNDETERMINED);
  }

  /** Converts {@code not-met} and {@code undetermined}. */
  static final class Converter implements ITypeConverter<FailOn> {
    @Override
    public FailOn convert(String value) {
      for (FailOn failOn : values()) {
        if (failOn.code.equals(value)) {
          return failOn;
        }
      }
      throw new TypeConversionException("expected not-met or undetermined, got " + SafeText.echo(value));
    }
  }
}
