package se.asf.cli;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import se.asf.core.text.SafeText;

/**
 * A problem with an input file: where it is (the file, and a line and column or a JSON Pointer when
 * known) and what it is, in Swedish and English. It never holds a personnummer in full: texts are
 * built from masked identities and from the library's own messages, which mask them too.
 */
final class InputProblem {
  private final String file;
  private final long line;
  private final String place;
  private final Function<Locale, String> text;

  private InputProblem(String file, long line, String place, Function<Locale, String> text) {
    this.file = Objects.requireNonNull(file, "file");
    this.line = line;
    this.place = place;
    this.text = Objects.requireNonNull(text, "text");
  }

  /** A problem with the file as a whole. */
  static InputProblem ofFile(String file, Function<Locale, String> text) {
    return new InputProblem(file, 0, null, text);
  }

  /** A problem on a line, optionally in a named column (null for none). */
  static InputProblem ofLine(String file, long line, String column, Function<Locale, String> text) {
    return new InputProblem(file, line, column, text);
  }

  /** A problem at a JSON Pointer ({@code ""} is the whole document). */
  static InputProblem ofPointer(String file, String pointer, Function<Locale, String> text) {
    return new InputProblem(file, 0, pointer.isEmpty() ? null : pointer, text);
  }

  /** A problem from a message key of the tool's own bundles. */
  static Function<Locale, String> message(String key, Object... arguments) {
    Object[] copy = arguments.clone();
    return locale -> new CliMessages(locale).get(key, copy);
  }

  /** The most items {@link #list} names; a report about N related problems stays linear in N. */
  static final int MAX_LISTED = 10;

  /**
   * Lists items for a message: the first {@value #MAX_LISTED}, then how many more there are.
   *
   * @param items the items, such as line numbers
   * @return for example {@code 2, 3, 5}, or {@code 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 (+90)} for 100 items
   */
  static String list(List<?> items) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Math.min(items.size(), MAX_LISTED); i++) {
      text.append(i == 0 ? "" : ", ").append(items.get(i));
    }
    if (items.size() > MAX_LISTED) {
      text.append(" (+").append(items.size() - MAX_LISTED).append(')');
    }
    return text.toString();
  }

  long line() {
    return line;
  }

  /**
   * Renders the problem as {@code file:line: column: text}, the form compilers use, so editors can
   * jump to it.
   */
  String render(Locale locale) {
    StringBuilder out = new StringBuilder(file);
    if (line > 0) {
      out.append(':').append(line);
    }
    if (place != null) {
      out.append(": ").append(place);
    }
    // The file name and the pointer come from the command line and the input too.
    return SafeText.display(out.append(": ").append(text.apply(locale)));
  }

  @Override
  public String toString() {
    return render(Locale.ENGLISH);
  }
}
