package se.asf.cli;

import java.io.Console;
import java.lang.reflect.Method;

/** Tells whether the tool runs in a terminal, where a progress line helps rather than litters a log. */
final class Terminal {
  private Terminal() {}

  /**
   * Tells whether the tool runs interactively. Java has no test for standard error alone: on Java 17
   * to 21 a console exists only when standard input and output are a terminal; from Java 22
   * {@code Console.isTerminal()} says so, and is used when present. Redirecting either stream to a
   * file therefore turns the progress line off.
   */
  static boolean isInteractive() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
  }
}
