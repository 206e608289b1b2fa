/**
 * The engine of the wire format, exported only to the two Jackson modules: the declarations, the
 * code tables, the strict readers and canonical writers over a small token abstraction, and the
 * problems they report. Not API.
 */
package se.asf.json.base.internal;
