package se.asf.espd;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ESPD Exchange Data Model version a document follows, as {@code major.minor.patch}; this
 * library reads 2.1.x, 3.x and 4.x.
 *
 * <p>The version is identified from the document: the text of {@code cbc:ProfileExecutionID}, which
 * ESPD services write as {@code ESPD-EDMv2.1.1-BASIC} or {@code ESPD-EDMv4.0.0-EXTENDED}, or else
 * {@code cbc:VersionID} when it is a version number such as {@code 3.1.0}.
 */
public final class EspdVersion {
  private static final Pattern NUMBER = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
  private static final Pattern PROFILE = Pattern.compile("ESPD-EDM[-_ ]?[vV]?(\\d{1,3}\\.\\d{1,3}\\.\\d{1,3})\\b.*");

  private final int major;
  private final int minor;
  private final int patch;

  private EspdVersion(int major, int minor, int patch) {
    this.major = major;
    this.minor = minor;
    this.patch = patch;
  }

  /**
   * Parses a version number.
   *
   * @param text for example {@code 2.1.1}
   * @return the version, or empty when the text is not {@code major.minor.patch}
   */
  public static Optional<EspdVersion> parse(String text) {
    Matcher m = NUMBER.matcher(Objects.requireNonNull(text, "text").strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new EspdVersion(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
        Integer.parseInt(m.group(3))));
  }

  /**
   * Reads the version from a {@code cbc:ProfileExecutionID} text such as {@code ESPD-EDMv3.1.0-EXTENDED}.
   *
   * @param profileExecutionId the text
   * @return the version, or empty when the text names none
   */
  public static Optional<EspdVersion> fromProfileExecutionId(String profileExecutionId) {
    Matcher m = PROFILE.matcher(Objects.requireNonNull(profileExecutionId, "profileExecutionId").strip());
    return m.matches() ? parse(m.group(1)) : Optional.empty();
  }

  /**
   * Tells whether this library reads the version: 2.1.x, 3.x or 4.x.
   *
   * @return {@code true} when supported
   */
  public boolean isSupported() {
    return (major == 2 && minor == 1) || major == 3 || major == 4;
  }

  /**
   * Tells whether the version puts the sheltered-workshop percentage in {@code cbc:ResponseQuantity}
   * ({@code unitCode="PERCENTAGE"}), as 2.1.x does, rather than {@code cbc:ResponseNumeric}
   * ({@code format="PERCENTAGE"}), as 3.x and 4.x do.
   *
   * @return {@code true} for 2.x
   */
  public boolean usesResponseQuantity() {
    return major == 2;
  }

  /**
   * Returns the major version.
   *
   * @return 2, 3 or 4 for a supported version
   */
  public int getMajor() {
    return major;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof EspdVersion v && v.major == major && v.minor == minor && v.patch == patch;
  }

  @Override
  public int hashCode() {
    return Objects.hash(major, minor, patch);
  }

  /**
   * Returns {@code major.minor.patch}.
   *
   * @return for example {@code 2.1.1}
   */
  @Override
  public String toString() {
    return major + "." + minor + "." + patch;
  }
}
