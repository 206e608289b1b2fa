package se.asf.json.schema;

/**
 * Makes this resource package a package of the module, so that the module descriptor can open it
 * and the schemas can be read with {@code getResourceAsStream} from other modules.
 */
final class SchemaPackage {
  private SchemaPackage() {}
}
