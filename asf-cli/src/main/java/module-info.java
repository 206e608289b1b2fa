/**
 * The asf command-line tool. Its commands are picocli commands, which picocli reads reflectively.
 */
@SuppressWarnings({"requires-automatic"}) // picocli has no module-info
module se.asf.cli {
  requires se.asf.core;
  requires se.asf.core.examples;
  requires se.asf.rules;
  requires se.asf.json;
  requires se.asf.espd;
  requires com.fasterxml.jackson.dataformat.csv;
  requires info.picocli;
  requires java.logging;

  opens se.asf.cli to info.picocli;
}
