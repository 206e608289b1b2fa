package se.asf.espd;

import java.util.Locale;
import java.util.Objects;
import se.asf.espd.xml.Texts;

/**
 * Why a document was refused: a {@link ReadProblemCode}, the XPath-like location of the element
 * where it was found (for example {@code /QualificationApplicationResponse/cac:TenderingCriterion[2]}),
 * the line and column, and a detail (the limit, the expected value or a short, masked quote of the
 * input). Nothing in it shows a personal identity number.
 */
public final class ReadProblem {
  private final ReadProblemCode code;
  private final String location;
  private final int line;
  private final int column;
  private final String detail;

  private ReadProblem(ReadProblemCode code, String location, int line, int column, String detail) {
    this.code = Objects.requireNonNull(code, "code");
    this.location = Objects.requireNonNull(location, "location");
    this.line = line;
    this.column = column;
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * Creates a problem.
   *
   * @param code the code
   * @param location the XPath-like location, {@code /} for the document
   * @param line the line, or {@code -1} when unknown
   * @param column the column, or {@code -1} when unknown
   * @param detail the detail, safe to show
   * @return the problem
   */
  public static ReadProblem of(ReadProblemCode code, String location, int line, int column, String detail) {
    return new ReadProblem(code, location, line, column, detail);
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public ReadProblemCode getCode() {
    return code;
  }

  /**
   * Returns the XPath-like location of the element where the problem was found.
   *
   * @return for example {@code /QualificationApplicationResponse/cac:EconomicOperatorParty}
   */
  public String getLocation() {
    return location;
  }

  /**
   * Returns the line.
   *
   * @return the line, or {@code -1} when unknown
   */
  public int getLine() {
    return line;
  }

  /**
   * Returns the column.
   *
   * @return the column, or {@code -1} when unknown
   */
  public int getColumn() {
    return column;
  }

  /**
   * Returns the detail: a limit, an expected value, or a short masked quote of the input.
   *
   * @return the detail, possibly empty
   */
  public String getDetail() {
    return detail;
  }

  /**
   * Returns the message in Swedish or English.
   *
   * @param locale English for {@code en}, otherwise Swedish
   * @return the message, naming the location
   */
  public String getMessage(Locale locale) {
    return Texts.format(locale, "problem." + code.name(), location, detail)
        + (line < 0 ? "" : Texts.format(locale, "at.line", line, column));
  }

  @Override
  public String toString() {
    return code + " at " + location + (line < 0 ? "" : " (line " + line + ", column " + column + ")")
        + (detail.isEmpty() ? "" : ": " + detail);
  }
}
