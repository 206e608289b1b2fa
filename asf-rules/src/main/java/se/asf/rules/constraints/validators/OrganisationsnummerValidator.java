package se.asf.rules.constraints.validators;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import se.asf.core.identity.IdentityProblem;
import se.asf.core.identity.IdentityViolation;
import se.asf.core.identity.Organisationsnummer;
import se.asf.rules.constraints.ValidOrganisationsnummer;

/**
 * Validates {@link ValidOrganisationsnummer} with {@link Organisationsnummer#check(CharSequence)}.
 */
public final class OrganisationsnummerValidator
    implements ConstraintValidator<ValidOrganisationsnummer, CharSequence> {
  private static final String NAME = "ValidOrganisationsnummer";
  private static final String DEFAULT_MESSAGE = "{se.asf.rules.constraints." + NAME + ".message}";
  /** The problems an organisation-number check can report, each with its own message. */
  private static final Set<IdentityProblem> DESCRIBED = EnumSet.of(
      IdentityProblem.EMPTY, IdentityProblem.LENGTH, IdentityProblem.CHARACTER,
      IdentityProblem.SEPARATOR, IdentityProblem.CENTURY_PREFIX,
      IdentityProblem.NOT_AN_ORGANISATION_NUMBER, IdentityProblem.GROUP, IdentityProblem.CHECK_DIGIT);

  private boolean customMessage;

  /** Creates the validator; Hibernate Validator calls this. */
  public OrganisationsnummerValidator() {}

  @Override
  public void initialize(ValidOrganisationsnummer constraint) {
    customMessage = !DEFAULT_MESSAGE.equals(constraint.message());
  }

  @Override
  public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
    if (value == null) {
      return true;
    }
    List<IdentityViolation> violations = Organisationsnummer.check(value);
    if (violations.isEmpty()) {
      return true;
    }
    if (!customMessage) {
      IdentityReport.add(context, NAME, DESCRIBED, violations);
    }
    return false;
  }
}
