/**
 * A supplier as a whole legal entity and the evidence for each ASF criterion of Tillväxtverket's
 * definition (seed 003, chapter 2): purpose, participation, profit policy, ownership and control, plus
 * its sites, business activities and pay range.
 */
package se.asf.core.enterprise;
