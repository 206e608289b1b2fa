/**
 * JMH benchmarks of the asf command-line tool, the radius screen and the assessment of one bidder,
 * and the generator of the command's input: a bidders CSV of any size, as a Swedish Excel export
 * would write it.
 */
package se.asf.benchmarks;
