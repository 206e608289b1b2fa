/**
 * Radius eligibility by ellipsoidal (WGS 84) geodesic distance, computed with GeographicLib.
 */
package se.asf.rules.radius;
