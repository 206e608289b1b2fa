package se.asf.rules.constraints.validators;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Personnummer;
import se.asf.rules.constraints.ValidPersonnummer;

/**
 * Validates {@link ValidPersonnummer} with {@link Personnummer#check(CharSequence, LocalDate)},
 * taking the reference date from the validation's {@link jakarta.validation.ClockProvider}.
 */
public final class PersonnummerValidator implements ConstraintValidator<ValidPersonnummer, CharSequence> {
  private static final String NAME = "ValidPersonnummer";
  private static final String DEFAULT_MESSAGE = "{se.asf.rules.constraints." + NAME + ".message}";
  /** The problems a personnummer check can report, each with its own message. */
  private static final Set<IdentityProblem> DESCRIBED = EnumSet.of(
      IdentityProblem.EMPTY, IdentityProblem.LENGTH, IdentityProblem.CHARACTER,
      IdentityProblem.SEPARATOR, IdentityProblem.CENTURY_SEPARATOR, IdentityProblem.DATE,
      IdentityProblem.FUTURE_DATE, IdentityProblem.CHECK_DIGIT);

  private boolean customMessage;
  private boolean allowSamordningsnummer;

  /** Creates the validator; Hibernate Validator calls this. */
  public PersonnummerValidator() {}

  @Override
  public void initialize(ValidPersonnummer constraint) {
    customMessage = !DEFAULT_MESSAGE.equals(constraint.message());
    allowSamordningsnummer = constraint.allowSamordningsnummer();
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    // The clock's zone decides which day "today" is.
    LocalDate today = LocalDate.now(context.getClockProvider().getClock());
    List<IdentityViolation> violations = Personnummer.check(value, today);
    if (violations.isEmpty()) {
      if (allowSamordningsnummer || !Personnummer.parse(value, today).isSamordningsnummer()) {
        return true;
      }
      if (!customMessage) {
        context.disableDefaultConstraintViolation();
        IdentityReport.add(context, NAME + ".SAMORDNINGSNUMMER", Map.of());
      }
      return false;
    }
    if (!customMessage) {
      IdentityReport.add(context, NAME, DESCRIBED, violations);
    }
    return false;
  }
}
