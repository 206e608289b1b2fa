/**
 * Not API: helpers shared by asf-core's value types and exported only to the asf modules that use
 * them. Applications cannot read this package on the module path and must not rely on it on the
 * class path.
 */
package se.asf.core.internal;
