/**
 * Example documents of the asf wire format, as resources of this package:
 * {@code hbs-2017-pilot.procurement.json}, the 2017 HBS pilot (equal to
 * {@link se.asf.core.examples.Hbs2017Pilot#procurement()}), and {@code hbs-2017-bidders.json}, fictional
 * bidders that cover every outcome of its assessment.
 */
package se.asf.json.examples;
