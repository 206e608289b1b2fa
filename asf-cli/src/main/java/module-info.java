/**
 * The asf command-line tool. Its commands are picocli commands, which picocli reads reflectively.
 */
@SuppressWarnings({"requires-automatic"}) // picocli has no module-info
module se.asf.cli {
  requires se.asf.core;
  requires se.asf.rules;
  requires info.picocli;

  opens se.asf.cli to info.picocli;
}
