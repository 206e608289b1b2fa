/**
 * Judgements of evidence shared by rules in several packages. Not exported.
 */
package se.asf.rules.evidence;
