/**
 * The reasons of the library's rules, one enum per rule or per judgement several rules share. Each
 * constant gives its outcome and the names of its figures; a finding's message key is its rule's id
 * and the constant's name.
 */
package se.asf.rules.reasons;
