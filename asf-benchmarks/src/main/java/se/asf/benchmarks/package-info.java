/**
 * JMH benchmarks of the asf command-line tool, and the generator of their input: a bidders CSV
 * of any size, as a Swedish Excel export would write it.
 */
package se.asf.benchmarks;
