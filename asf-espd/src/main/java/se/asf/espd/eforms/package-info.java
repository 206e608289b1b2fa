/**
 * eForms (EU notices, UBL 2.3 with the eForms extensions, SDK 1.13): read the reserved lots of a
 * contract notice into {@link se.asf.espd.eforms.ReservedLot} skeletons with
 * {@link se.asf.espd.eforms.NoticeReader}, and write a lot's BT-71 (Reserved Participation) and
 * BT-736 (Reserved Execution) elements with {@link se.asf.espd.eforms.NoticeWriter}.
 */
package se.asf.espd.eforms;
