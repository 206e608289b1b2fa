package se.asf.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.asf.core.text.SafeText;
import se.asf.rules.Assessment;
import se.asf.rules.Figure;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.reserved.Lou4Kap18;

/**
 * Renders assessments as CSV that a spreadsheet opens as it is, one row per bidder: name, identity,
 * overall outcome, the share (%), the shown site's nearest centre and distance (m), each rule's
 * outcome, and the messages of every finding that is not met, then the warnings about the sites'
 * positions.
 *
 * <p>For Excel with Swedish settings ({@code --lang sv}) the separator is {@code ;} and decimals
 * have a comma; in English, {@code ,} and a point. Either way the file starts with a UTF-8 byte order
 * mark, without which Excel reads UTF-8 as a legacy code page. Numbers are the typed figures,
 * written exactly (a share to its two shown decimals, a distance to the millimetre, rounded as the
 * finding displays it); an unknown value is an empty cell.
 *
 * <p>A cell is quoted when it holds the separator, a quote or a line break, with quotes doubled
 * (RFC 4180). A cell that a spreadsheet would run as a formula, one starting with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return, gets a leading apostrophe, so a
 * bidder named {@code =HYPERLINK(...)} is shown as text (formula injection). Text from the input is
 * first made safe as everywhere else ({@link SafeText#display}).
 */
final class CsvReport {
  private CsvReport() {}

  /** The report body: CSV with a byte order mark. */
  static ReportOutput.Body bidders(List<Assessment> assessments, Locale locale, CliMessages messages) {
    return ReportOutput.Body.withByteOrderMark(out -> write(assessments, locale, messages, out));
  }

  static void write(List<Assessment> assessments, Locale locale, CliMessages messages, PrintWriter out) {
    write(assessments, locale, messages, out, true);
  }

  /** Writes the rows, after the header row when {@code header} (a streamed report writes it once). */
  static void write(List<Assessment> assessments, Locale locale, CliMessages messages, PrintWriter out,
      boolean withHeader) {
    boolean swedish = !"en".equals(locale.getLanguage());
    char separator = swedish ? ';' : ',';
    List<String> ruleIds = new ArrayList<>();
    if (!assessments.isEmpty()) {
      assessments.get(0).getFindings().forEach(f -> ruleIds.add(f.getRuleId()));
    }
    List<String> header = new ArrayList<>(List.of(messages.get("table.bidder"), messages.get("table.identity"),
        messages.get("table.outcome"), messages.get("csv.share"), messages.get("table.nearest"),
        messages.get("csv.distance")));
    header.addAll(ruleIds);
    header.add(messages.get("report.explanation"));
    if (withHeader) {
      row(header, separator, out);
    }
    for (Assessment assessment : assessments) {
      List<String> row = new ArrayList<>(header.size());
      row.add(assessment.getSubjectName());
      row.add(assessment.getSubjectIdentity());
      row.add(AssessmentTable.outcome(assessment.getOutcome(), locale));
      Optional<Finding> radius = assessment.finding(RadiusRule.ID);
      row.add(decimal(assessment.finding(Lou4Kap18.SHARE).flatMap(f -> f.figure("share")), swedish));
      row.add(radius.flatMap(f -> f.figure("centre")).flatMap(Figure::getText).orElse(""));
      row.add(decimal(radius.flatMap(f -> f.figure("distance")), swedish));
      for (String ruleId : ruleIds) {
        row.add(assessment.finding(ruleId).map(f -> AssessmentTable.outcome(f.getOutcome(), locale)).orElse(""));
      }
      List<String> explanation = new ArrayList<>();
      assessment.getFindings().stream().filter(f -> f.getOutcome() != Outcome.MET)
          .forEach(f -> explanation.add(f.getRuleId() + ": " + f.getMessage(locale)));
      explanation.addAll(AssessmentTable.warnings(assessment, locale, messages));
      row.add(String.join(" | ", explanation));
      row(row, separator, out);
    }
  }

  /**
   * The report body of one enterprise under several rule sets: one row per finding, with the rule
   * set, its version and overall outcome, the rule, its outcome, reason and source, and the message.
   */
  static ReportOutput.Body findings(List<Assessment> assessments, Locale locale, CliMessages messages) {
    return ReportOutput.Body.withByteOrderMark(out -> findings(assessments, false, locale, messages, out, true));
  }

  /**
   * Writes one row per finding, as {@link #findings(List, Locale, CliMessages)} does; with
   * {@code subject}, each row starts with the enterprise's name and identity ({@code asf definition
   * --input}).
   *
   * @param withHeader whether the header row is written first (a streamed report writes it once)
   */
  static void findings(List<Assessment> assessments, boolean subject, Locale locale, CliMessages messages,
      PrintWriter out, boolean withHeader) {
    char separator = "en".equals(locale.getLanguage()) ? ',' : ';';
    if (withHeader) {
      List<String> header = new ArrayList<>();
      if (subject) {
        header.addAll(List.of(messages.get("table.enterprise"), messages.get("table.identity")));
      }
      header.addAll(List.of(messages.get("csv.ruleSet"), messages.get("csv.version"), messages.get("table.outcome"),
          messages.get("report.rule"), messages.get("csv.ruleOutcome"), messages.get("csv.reason"),
          messages.get("report.source"), messages.get("report.explanation")));
      row(header, separator, out);
    }
    for (Assessment assessment : assessments) {
      for (Finding finding : assessment.getFindings()) {
        List<String> cells = new ArrayList<>(10);
        if (subject) {
          cells.add(assessment.getSubjectName());
          cells.add(assessment.getSubjectIdentity());
        }
        cells.addAll(List.of(assessment.getRuleSetId(), assessment.getRuleSetVersion(),
            AssessmentTable.outcome(assessment.getOutcome(), locale), finding.getRuleId(),
            AssessmentTable.outcome(finding.getOutcome(), locale), finding.getReasonCode(), finding.getSource(),
            finding.getMessage(locale)));
        row(cells, separator, out);
      }
    }
  }

  /**
   * The rows of {@code asf screen}: what a coordinator needs per organisation, read from the
   * findings' outcomes and the radius finding's figures only, so no message is ever formatted:
   * name, identity, overall outcome, the rules not met (with their outcome), the nearest centre and
   * its distance in metres.
   */
  static void screen(List<Assessment> assessments, Locale locale, CliMessages messages, PrintWriter out,
      boolean withHeader) {
    boolean swedish = !"en".equals(locale.getLanguage());
    char separator = swedish ? ';' : ',';
    if (withHeader) {
      row(List.of(messages.get("table.bidder"), messages.get("table.identity"), messages.get("table.outcome"),
          messages.get("screen.failing"), messages.get("table.nearest"), messages.get("csv.distance")), separator, out);
    }
    for (Assessment assessment : assessments) {
      List<String> failing = new ArrayList<>();
      for (Finding finding : assessment.getFindings()) {
        if (finding.getOutcome() != Outcome.MET) {
          failing.add(finding.getRuleId() + " " + AssessmentTable.outcome(finding.getOutcome(), locale));
        }
      }
      Optional<Finding> radius = assessment.finding(RadiusRule.ID);
      row(List.of(assessment.getSubjectName(), assessment.getSubjectIdentity(),
          AssessmentTable.outcome(assessment.getOutcome(), locale), String.join(" | ", failing),
          radius.flatMap(f -> f.figure("centre")).flatMap(Figure::getText).orElse(""),
          decimal(radius.flatMap(f -> f.figure("distance")), swedish)), separator, out);
    }
  }

  private static String decimal(Optional<Figure> figure, boolean swedish) {
    Optional<BigDecimal> value = figure.flatMap(Figure::getDecimal);
    if (value.isEmpty()) {
      return "";
    }
    String plain = value.get().toPlainString();
    return swedish ? plain.replace('.', ',') : plain;
  }

  private static void row(List<String> cells, char separator, PrintWriter out) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        line.append(separator);
      }
      line.append(cell(cells.get(i), separator));
    }
    // CRLF, as RFC 4180 and spreadsheets expect.
    out.print(line);
    out.print("\r\n");
  }

  /**
   * One cell: made safe, kept from being run as a formula, and quoted when it must be.
   *
   * @param text the cell's text
   * @param separator the separator of the file
   * @return the cell as written
   */
  static String cell(String text, char separator) {
    String safe = SafeText.display(text);
    if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
      safe = "'" + safe;
    }
    if (safe.indexOf(separator) >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0) {
      return '"' + safe.replace("\"", "\"\"") + '"';
    }
    return safe;
  }
}
