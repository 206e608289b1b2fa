/**
 * The hardened, streaming XML reading shared by the ESPD and eForms readers: a JDK StAX factory with
 * DTDs and external entities off, a byte limit, and a cursor that tracks depth and an XPath-like
 * location. Not API: the package is not exported.
 */
package se.asf.espd.xml;
