/**
 * Ready examples built from the library's types: the 2017 HBS reserved-contract pilot
 * (seed 003, chapter 4).
 */
package se.asf.core.examples;
