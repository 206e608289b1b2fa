/**
 * Swedish identity numbers: the {@link se.asf.core.identity.Organisationsnummer} of a legal person
 * and the {@link se.asf.core.identity.Personnummer} of a sole trader, with parse errors that name
 * their reason and never echo a personal identity number.
 */
package se.asf.core.identity;
