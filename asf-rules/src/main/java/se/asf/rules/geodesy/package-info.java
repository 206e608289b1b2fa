/**
 * Not API: ellipsoidal (WGS 84) geodesic distances computed with the relocated GeographicLib, used by
 * the radius rule and exported only to the asf command-line tool's {@code distance} command.
 */
package se.asf.rules.geodesy;
