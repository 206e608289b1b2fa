/**
 * Who is occupied at an enterprise: counts per engagement form and target group, in heads and
 * full-time equivalents, never individuals (LOU 4 kap. 18 §; DOMAIN §2).
 */
package se.asf.core.workforce;
