package se.asf.core.internal;

import se.asf.core.Invariant;
import se.asf.core.InvariantViolationException;

/** Checks shared by value types that hold free text. */
public final class Texts {
  /**
   * A pattern for optional text that, when present, says something: at least one character that
   * is not white space. Used as {@code Optional<@Pattern(regexp = NON_BLANK) String>}, because
   * {@code @NotBlank} on an {@code Optional}'s element would reject the empty {@code Optional}.
   */
  public static final String NON_BLANK = "(?s).*\\S.*";

  /** The message of {@link #NON_BLANK}: the standard "must not be blank" message. */
  public static final String NON_BLANK_MESSAGE = "{jakarta.validation.constraints.NotBlank.message}";

  private Texts() {}

  /**
   * Requires a text to hold something other than white space and control characters: at least one
   * character that is neither {@link Character#isWhitespace white space} nor at most U+0020. This is
   * at least as strict as Jakarta's {@code @NotBlank} (which trims characters up to U+0020), so a
   * value built with this check never violates that constraint.
   *
   * @param text the text
   * @param attribute the attribute's name, for the exception
   * @return the text
   * @throws InvariantViolationException if the text is empty or blank
   */
  public static String requireNonBlank(String text, String attribute) {
    if (isBlank(text)) {
      throw new InvariantViolationException(Invariant.BLANK_TEXT, attribute);
    }
    return text;
  }

  /**
   * Tells whether a text has no character other than white space and characters up to U+0020.
   *
   * @param text the text
   * @return {@code true} when it says nothing
   */
  public static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c > ' ' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
