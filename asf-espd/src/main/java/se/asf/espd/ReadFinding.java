package se.asf.espd;

import java.util.Locale;
import java.util.Objects;
import se.asf.espd.xml.Texts;

/**
 * An oddity in a document that was read nevertheless: a {@link ReadFindingCode}, the XPath-like
 * location, and a detail (for example the percentage as written). It is never silent: a reader of
 * the result sees every value that was not read as it stands.
 */
public final class ReadFinding {
  private final ReadFindingCode code;
  private final String location;
  private final String detail;

  private ReadFinding(ReadFindingCode code, String location, String detail) {
    this.code = Objects.requireNonNull(code, "code");
    this.location = Objects.requireNonNull(location, "location");
    this.detail = Objects.requireNonNull(detail, "detail");
  }

  /**
   * Creates a finding.
   *
   * @param code the code
   * @param location the XPath-like location
   * @param detail the detail, safe to show
   * @return the finding
   */
  public static ReadFinding of(ReadFindingCode code, String location, String detail) {
    return new ReadFinding(code, location, detail);
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public ReadFindingCode getCode() {
    return code;
  }

  /**
   * Returns the XPath-like location.
   *
   * @return the location
   */
  public String getLocation() {
    return location;
  }

  /**
   * Returns the detail.
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
   * @return the message
   */
  public String getMessage(Locale locale) {
    return Texts.format(locale, "finding." + code.name(), location, detail);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadFinding f && f.code == code && f.location.equals(location) && f.detail.equals(detail);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, location, detail);
  }

  @Override
  public String toString() {
    return code + " at " + location + (detail.isEmpty() ? "" : ": " + detail);
  }
}
