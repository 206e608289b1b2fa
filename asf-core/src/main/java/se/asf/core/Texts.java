package se.asf.core;

/** Checks shared by value types that hold free text. */
public final class Texts {
  private Texts() {}

  /**
   * Requires a text to hold something other than white space.
   *
   * @param text the text
   * @param attribute the attribute's name, for the exception
   * @return the text
   * @throws InvariantViolationException if the text is empty or blank
   */
  public static String requireNonBlank(String text, String attribute) {
    if (text.isBlank()) {
      throw new InvariantViolationException(Invariant.BLANK_TEXT, attribute);
    }
    return text;
  }
}
