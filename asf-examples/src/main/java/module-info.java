/**
 * asf examples: the 2017 HBS reserved-contract pilot and fictional bidders for it, built from the
 * asf-core types. Kept apart from asf-core so that the fixtures are no part of its API; the module
 * is named after its one package.
 */
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic"}) // Immutables, through se.asf.core
module se.asf.core.examples {
  requires transitive se.asf.core;

  exports se.asf.core.examples;
}
