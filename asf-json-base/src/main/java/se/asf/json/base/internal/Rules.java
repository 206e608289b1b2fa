package se.asf.json.base.internal;

/**
 * Tells whether asf-rules, an optional dependency, is present. Only then are its findings,
 * assessments and assessment reports mapped; every class that names an asf-rules type is loaded
 * behind this check.
 */
public final class Rules {
  /** Whether asf-rules is on the class path or module path. */
  public static final boolean PRESENT = present();

  private Rules() {}

  private static boolean present() {
    try {
      Class.forName("se.asf.rules.Assessment", false, Rules.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }
}
