/**
 * ESPD (European Single Procurement Document, ESPD-EDM 2.1.x, 3.x, 4.x): read a bidder from an ESPD
 * response with {@link se.asf.espd.EspdReader}, write the ESPD request's sheltered-workshop
 * criterion with {@link se.asf.espd.EspdRequestWriter}; refusals are
 * {@link se.asf.espd.ReadProblem}s and oddities {@link se.asf.espd.ReadFinding}s, each naming an
 * XPath-like location.
 */
package se.asf.espd;
