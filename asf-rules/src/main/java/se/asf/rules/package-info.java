/**
 * The assessment engine: {@link se.asf.rules.Rule}s composed into versioned
 * {@link se.asf.rules.RuleSet}s give {@link se.asf.rules.Assessment}s of explained
 * {@link se.asf.rules.Finding}s, each MET, NOT_MET or UNDETERMINED.
 */
package se.asf.rules;
