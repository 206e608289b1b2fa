/**
 * The shared Immutables style of the asf modules; see {@link se.asf.core.style.AsfStyle}.
 */
package se.asf.core.style;
