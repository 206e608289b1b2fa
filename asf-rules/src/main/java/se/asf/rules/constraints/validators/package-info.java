/**
 * The constraint validators behind {@link se.asf.rules.constraints}; not API.
 *
 * <p>Each validator delegates to the check of the matching asf-core type, so a rule lives in one
 * place. Hibernate Validator finds them as services of {@code jakarta.validation.ConstraintValidator};
 * the package is exported to Hibernate Validator only so that it can instantiate them.
 */
package se.asf.rules.constraints.validators;
