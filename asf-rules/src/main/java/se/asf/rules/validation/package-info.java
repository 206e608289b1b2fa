/**
 * A ready Jakarta validator for applications that do not configure their own:
 * {@link se.asf.rules.validation.AsfValidator} validates any annotated object and returns
 * {@link se.asf.rules.validation.InputViolation}s with the property path, a stable code, a safely
 * rendered value and the message in Swedish and English.
 *
 * <pre>{@code
 * AsfValidator validator = AsfValidator.create();     // keep it; it is thread-safe
 * List<InputViolation> problems = validator.validate(form);
 * validator.requireValid(form);                       // or throw InvalidInputException
 * }</pre>
 */
package se.asf.rules.validation;
