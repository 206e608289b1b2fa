/**
 * Positions in WGS 84 and SWEREF 99 TM (EPSG:3006), converted with Lantmäteriet's Gauss–Krüger
 * formulas (DOMAIN §4).
 */
package se.asf.core.geo;
