package se.asf.json.wire;

import java.util.List;
import java.util.Objects;
import se.asf.core.enterprise.Enterprise;
import se.asf.core.procurement.ReservedProcurement;
import se.asf.rules.Assessment;

/**
 * The top-level documents of the wire format. Each is an object with {@code "formatVersion": 1} and
 * one content property; the module maps the content values, the documents are read and written by
 * {@code AsfJson}.
 */
public final class Documents {
  /** The only format version this library reads and writes. */
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

  /**
   * An enterprise document: {@code {"formatVersion": 1, "enterprise": {...}}}.
   *
   * @param enterprise the enterprise
   */
  public record EnterpriseDocument(Enterprise enterprise) {
    /**
     * Checks the argument.
     *
     * @param enterprise the enterprise
     */
    public EnterpriseDocument {
      Objects.requireNonNull(enterprise, "enterprise");
    }
  }

  /**
   * A bidders document: {@code {"formatVersion": 1, "bidders": [...]}}.
   *
   * @param bidders the enterprises that bid, in order
   */
  public record BiddersDocument(List<Enterprise> bidders) {
    /**
     * Copies the list.
     *
     * @param bidders the bidders
     */
    public BiddersDocument {
      bidders = List.copyOf(bidders);
    }
  }

  /**
   * A reserved-procurement document: {@code {"formatVersion": 1, "procurement": {...}}}.
   *
   * @param procurement the procurement
   */
  public record ProcurementDocument(ReservedProcurement procurement) {
    /**
     * Checks the argument.
     *
     * @param procurement the procurement
     */
    public ProcurementDocument {
      Objects.requireNonNull(procurement, "procurement");
    }
  }

  /**
   * An assessment-report document: {@code {"formatVersion": 1, "assessments": [...]}}.
   *
   * @param assessments the assessments, in order
   */
  public record AssessmentReportDocument(List<Assessment> assessments) {
    /**
     * Copies the list.
     *
     * @param assessments the assessments
     */
    public AssessmentReportDocument {
      assessments = List.copyOf(assessments);
    }
  }
}
