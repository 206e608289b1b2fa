/**
 * Supplier identities: the Swedish {@link se.asf.core.identity.Organisationsnummer} of a legal
 * person and {@link se.asf.core.identity.Personnummer} of a sole trader, and the
 * {@link se.asf.core.identity.ForeignIdentifier} of a supplier from another country, with parse
 * errors that name their reason and never echo a personal identity number.
 */
package se.asf.core.identity;
