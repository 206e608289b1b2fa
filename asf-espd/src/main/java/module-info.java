/**
 * asf espd: the EU procurement standards for reserved contracts under LOU 4 kap. 18 §.
 *
 * <p>Reads bidders from ESPD responses ({@link se.asf.espd.EspdReader}) and reserved lots from eForms
 * contract notices ({@link se.asf.espd.eforms.NoticeReader}); writes the eForms BT-71/BT-736 elements
 * of a lot ({@link se.asf.espd.eforms.NoticeWriter}) and the ESPD request's sheltered-workshop
 * criterion ({@link se.asf.espd.EspdRequestWriter}). XML is read with the JDK's own StAX parser,
 * hardened (no DTD, no external entities, size, depth and text limits) and streaming.
 */
module se.asf.espd {
  requires transitive se.asf.core;
  requires transitive java.xml;

  exports se.asf.espd;
  exports se.asf.espd.eforms;
}
