package se.asf.json.examples;

/**
 * Makes this resource package a package of the module, so that the module descriptor can open it
 * and the examples can be read with {@code getResourceAsStream} from other modules.
 */
final class ExamplesPackage {
  private ExamplesPackage() {}
}
