/**
 * ASF definitions: Tillväxtverket's definition and Skoopi's stricter profile, as rule sets.
 */
package se.asf.rules.definition;
