package se.asf.json.base.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The format versions of the top-level documents. */
public final class Documents {
  /** The format version of enterprise, bidders and procurement documents. */
  public static final int FORMAT_VERSION = 1;
  /**
   * The format version of assessment-report documents: 3, with typed figures, per-site results with
   * their position warnings, and messages in the configured languages. Version 2 (no warnings) and
   * version 1 reports are still read.
   */
  public static final int ASSESSMENT_REPORT_FORMAT_VERSION = 3;
  /** The property holding the format version. */
  public static final String FORMAT_VERSION_PROPERTY = "formatVersion";

  private Documents() {}

  /** Returns this library's version, as the build wrote it. */
  public static String libraryVersion() {
    Properties properties = new Properties();
    try (InputStream in = Documents.class.getResourceAsStream("/se/asf/json/base/version.properties")) {
      if (in == null) {
        return "0.0.0";
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "0.0.0");
  }
}
