package se.asf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.asf.core.text.SafeText;
import se.asf.rules.Assessment;
import se.asf.rules.Figure;
import se.asf.rules.Finding;

/**
 * Renders assessments as GitHub-flavoured Markdown: a summary table, then a section per assessment
 * with every finding, its outcome, legal source, figures and explanation. Text from the input (names,
 * messages quoting it) is escaped, so a bidder's name cannot break the table or inject markup.
 */
final class MarkdownReport {
  private MarkdownReport() {}

  /** The report of a procurement: one summary row per bidder, then each bidder's findings. */
  static void bidders(String title, List<Assessment> assessments, Locale locale, CliMessages messages,
      PrintWriter out) {
    out.append("# ").append(escape(title)).append("\n\n");
    if (!assessments.isEmpty()) {
      List<String> ruleIds = assessments.get(0).getFindings().stream().map(Finding::getRuleId).collect(Collectors.toList());
      List<String> header = new ArrayList<>(List.of(messages.get("table.bidder"), messages.get("table.identity"),
          messages.get("table.outcome"), messages.get("table.share"), messages.get("table.nearest")));
      header.addAll(ruleIds);
      row(out, header);
      row(out, header.stream().map(h -> "---").collect(Collectors.toList()));
      for (Assessment assessment : assessments) {
        List<String> cells = new ArrayList<>();
        cells.add(assessment.getSubjectName());
        cells.add(assessment.getSubjectIdentity());
        cells.add(AssessmentTable.outcome(assessment.getOutcome(), locale));
        cells.add(AssessmentTable.share(assessment));
        cells.add(AssessmentTable.nearest(assessment));
        for (String ruleId : ruleIds) {
          cells.add(assessment.finding(ruleId).map(f -> AssessmentTable.outcome(f.getOutcome(), locale)).orElse("-"));
        }
        row(out, cells);
      }
    }
    for (Assessment assessment : assessments) {
      section(out, assessment.getSubjectName() + " (" + assessment.getSubjectIdentity() + ")", assessment, locale,
          messages);
    }
  }

  /** The report of one enterprise under one or more rule sets: a section per rule set. */
  static void definition(String title, List<Assessment> assessments, Locale locale, CliMessages messages,
      PrintWriter out) {
    out.append("# ").append(escape(title)).append('\n');
    for (Assessment assessment : assessments) {
      section(out, assessment.getRuleSetId() + " " + messages.get("report.version", assessment.getRuleSetVersion()),
          assessment, locale, messages);
    }
  }

  /**
   * The report of enterprises each assessed under the same rule sets ({@code asf definition
   * --input}): one summary row per enterprise ({@link AssessmentTable#definitionRows}), then a
   * section per enterprise and rule set with every finding.
   */
  static void definitions(String title, List<Assessment> assessments, int perEnterprise, Locale locale,
      CliMessages messages, PrintWriter out) {
    out.append("# ").append(escape(title)).append("\n\n");
    if (!assessments.isEmpty()) {
      List<List<String>> rows = AssessmentTable.definitionRows(assessments, perEnterprise, locale, messages);
      row(out, rows.get(0));
      row(out, rows.get(0).stream().map(h -> "---").collect(Collectors.toList()));
      rows.subList(1, rows.size()).forEach(cells -> row(out, cells));
    }
    for (Assessment assessment : assessments) {
      section(out, assessment.getSubjectName() + " (" + assessment.getSubjectIdentity() + "), "
          + assessment.getRuleSetId() + " " + messages.get("report.version", assessment.getRuleSetVersion()),
          assessment, locale, messages);
    }
  }

  private static void section(PrintWriter out, String heading, Assessment assessment, Locale locale,
      CliMessages messages) {
    out.append("\n## ").append(escape(heading)).append(": ")
        .append(AssessmentTable.outcome(assessment.getOutcome(), locale)).append("\n\n");
    row(out, List.of(messages.get("report.rule"), messages.get("table.outcome"), messages.get("report.source"),
        messages.get("report.figures"), messages.get("report.explanation")));
    row(out, List.of("---", "---", "---", "---", "---"));
    for (Finding finding : assessment.getFindings()) {
      row(out, List.of(finding.getRuleId(), AssessmentTable.outcome(finding.getOutcome(), locale), finding.getSource(),
          figures(finding.getFigures()), finding.getMessage(locale)));
    }
    List<String> warnings = AssessmentTable.warnings(assessment, locale, messages);
    if (!warnings.isEmpty()) {
      out.append('\n').append(escape(messages.get("report.warnings"))).append("\n\n");
      for (String warning : warnings) {
        out.append("- ").append(escape(warning)).append('\n');
      }
    }
  }

  private static String figures(List<Figure> figures) {
    return figures.stream().map(f -> f.getName() + " = " + f).collect(Collectors.joining("; "));
  }

  private static void row(PrintWriter out, List<String> cells) {
    out.append('|');
    for (String cell : cells) {
      out.append(' ').append(cell.equals("---") ? cell : escape(cell)).append(" |");
    }
    out.append('\n');
  }

  /**
   * Makes text safe to show ({@link SafeText#display}: control characters, line breaks among them,
   * become visible escapes; personal identity numbers are masked), then escapes what Markdown would
   * read as markup or as a cell border.
   */
  static String escape(String raw) {
    String text = SafeText.display(raw);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\': case '|': case '*': case '_': case '`': case '<': case '>': case '[': case ']': case '#':
        case '~': case '&':
          out.append('\\').append(c);
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
