/**
 * Jakarta Validation constraints for Swedish identity numbers and SWEREF 99 TM coordinates, to put
 * on an application's own input types (DTOs, forms, request bodies).
 *
 * <p>The constraints apply the same checks as the asf-core value types ({@link
 * se.asf.core.identity.Organisationsnummer}, {@link se.asf.core.identity.Personnummer}, {@link
 * se.asf.core.geo.Sweref99TmPosition}), so text that passes them can be parsed into those types.
 * Adding the asf-rules module is enough: Hibernate Validator finds the validators through
 * {@code META-INF/services/jakarta.validation.ConstraintValidator} (or the module's {@code provides}
 * clause) and the English and Swedish messages through {@code ContributorValidationMessages}.
 *
 * <pre>{@code
 * record SupplierForm(
 *     @NotNull @ValidOrganisationsnummer String organisationsnummer,
 *     @ValidPersonnummer String contactPersonnummer) {}
 * }</pre>
 *
 * <p>Each violation says which rule failed (wrong length, wrong check digit, a personnummer where an
 * organisation number was expected, …); its message template key is a stable code. No message ever
 * repeats the input, which may be a personnummer.
 */
package se.asf.rules.constraints;
