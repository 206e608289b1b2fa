package se.asf.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import se.asf.core.text.SafeText;
import se.asf.rules.Assessment;
import se.asf.rules.Finding;
import se.asf.rules.Outcome;
import se.asf.rules.radius.PositionWarning;
import se.asf.rules.radius.RadiusRule;
import se.asf.rules.radius.SiteDistance;
import se.asf.rules.reserved.Lou4Kap18;

/**
 * Renders assessments as a plain-text table, one row per bidder: the overall outcome, each rule's
 * outcome, the share and the nearest centre, a site whose position is likely wrong marked
 * {@code (!)} and its warning printed under the table. Rows keep the order given (callers sort them), so two
 * runs on the same input print the same table. Text from the input is shown as
 * {@link SafeText#display} shows it, so a name with a line break cannot forge a row.
 */
final class AssessmentTable {
  private AssessmentTable() {}

  static String outcome(Outcome outcome, Locale locale) {
    boolean en = "en".equals(locale.getLanguage());
    switch (outcome) {
      case MET:
        return en ? "MET" : "UPPFYLLT";
      case NOT_MET:
        return en ? "NOT MET" : "EJ UPPFYLLT";
      default:
        return en ? "UNDETERMINED" : "OBESTÄMT";
    }
  }

  static void print(List<Assessment> assessments, Locale locale, CliMessages messages, PrintWriter out) {
    if (assessments.isEmpty()) {
      return;
    }
    List<String> ruleIds = new ArrayList<>();
    assessments.get(0).getFindings().forEach(f -> ruleIds.add(f.getRuleId()));
    List<String> header = new ArrayList<>(List.of(messages.get("table.bidder"), messages.get("table.identity"),
        messages.get("table.outcome"), messages.get("table.share"), messages.get("table.nearest")));
    header.addAll(ruleIds);
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (Assessment assessment : assessments) {
      List<String> row = new ArrayList<>();
      row.add(SafeText.display(assessment.getSubjectName()));
      row.add(SafeText.display(assessment.getSubjectIdentity()));
      row.add(outcome(assessment.getOutcome(), locale));
      row.add(share(assessment));
      row.add(nearest(assessment));
      for (String ruleId : ruleIds) {
        row.add(assessment.finding(ruleId).map(f -> outcome(f.getOutcome(), locale)).orElse("-"));
      }
      rows.add(row);
    }
    printColumns(rows, out);
  }

  /**
   * Prints rows as columns, each as wide as its widest cell, the first row a header underlined with
   * dashes.
   */
  private static void printColumns(List<List<String>> rows, PrintWriter out) {
    int[] widths = new int[rows.get(0).size()];
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    StringBuilder line = new StringBuilder();
    for (int r = 0; r < rows.size(); r++) {
      line.setLength(0);
      List<String> row = rows.get(r);
      for (int i = 0; i < row.size(); i++) {
        String cell = row.get(i);
        line.append(i == 0 ? "" : "  ").append(cell);
        for (int space = cell.length(); space < widths[i]; space++) {
          line.append(' ');
        }
      }
      int end = line.length();
      while (end > 0 && Character.isWhitespace(line.charAt(end - 1))) {
        end--;
      }
      line.setLength(end);
      out.println(line);
      if (r == 0) {
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
          rule.append(i == 0 ? "" : "  ").append("-".repeat(widths[i]));
        }
        out.println(rule);
      }
    }
  }

  /**
   * The summary of enterprises each assessed under the same rule sets ({@code asf definition
   * --input}): a header row, then one row per enterprise with its name, identity, the outcome under
   * each rule set and each rule's outcome. The cells are as the input gave them: callers make them
   * safe to show.
   *
   * @param assessments each enterprise's assessments in turn, {@code perEnterprise} of them
   * @param perEnterprise the number of rule sets
   */
  static List<List<String>> definitionRows(List<Assessment> assessments, int perEnterprise, Locale locale,
      CliMessages messages) {
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>(List.of(messages.get("table.enterprise"), messages.get("table.identity")));
    List<String> ruleIds = new ArrayList<>();
    for (Assessment assessment : assessments.subList(0, Math.min(perEnterprise, assessments.size()))) {
      header.add(assessment.getRuleSetId());
      assessment.getFindings().forEach(f -> ruleIds.add(f.getRuleId()));
    }
    header.addAll(ruleIds);
    rows.add(header);
    for (int i = 0; i + perEnterprise <= assessments.size(); i += perEnterprise) {
      List<Assessment> enterprise = assessments.subList(i, i + perEnterprise);
      List<String> row = new ArrayList<>(List.of(enterprise.get(0).getSubjectName(),
          enterprise.get(0).getSubjectIdentity()));
      enterprise.forEach(a -> row.add(outcome(a.getOutcome(), locale)));
      for (String ruleId : ruleIds) {
        row.add(enterprise.stream().flatMap(a -> a.finding(ruleId).stream()).findFirst()
            .map(f -> outcome(f.getOutcome(), locale)).orElse("-"));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Prints enterprises each assessed under the same rule sets: the summary
   * ({@link #definitionRows}), then the findings not met, under each enterprise and rule set.
   */
  static void printDefinitions(List<Assessment> assessments, int perEnterprise, Locale locale, CliMessages messages,
      PrintWriter out) {
    if (assessments.isEmpty()) {
      return;
    }
    List<List<String>> rows = new ArrayList<>();
    for (List<String> row : definitionRows(assessments, perEnterprise, locale, messages)) {
      rows.add(row.stream().map(SafeText::display).collect(Collectors.toList()));
    }
    printColumns(rows, out);
    for (Assessment assessment : assessments) {
      printExplanation(assessment, assessment.getSubjectName() + " (" + assessment.getSubjectIdentity() + "), "
          + assessment.getRuleSetId() + " " + messages.get("report.version", assessment.getRuleSetVersion()), locale,
          out);
    }
  }

  /** The share in the target groups, from the share finding's figures, or {@code -}. */
  static String share(Assessment assessment) {
    return figure(assessment.finding(Lou4Kap18.SHARE), "share");
  }

  /**
   * Each site's nearest centre and distance, from the radius finding's per-site results: for one
   * site {@code Tumba centrum 455.283 m}, for several each site by name, nearest first and sites of
   * unknown position last (so the order of the input's rows does not matter), {@code Butiken: Tumba
   * centrum 183.505 m; Lagret: -}; {@code -} when there is no radius finding or no site.
   */
  static String nearest(Assessment assessment) {
    Optional<Finding> radius = assessment.finding(RadiusRule.ID);
    List<SiteDistance> sites = radius.map(Finding::getSites).orElse(List.of());
    if (sites.size() == 1) {
      return site(sites.get(0));
    }
    return sites.isEmpty() ? "-" : sites.stream()
        .sorted(Comparator.comparingDouble((SiteDistance s) -> s.getDistanceMetres().orElse(Double.POSITIVE_INFINITY))
            .thenComparing(SiteDistance::getSiteName))
        .map(s -> SafeText.display(s.getSiteName()) + ": " + site(s)).collect(Collectors.joining("; "));
  }

  private static String site(SiteDistance site) {
    return site.getNearestCentre().map(centre -> SafeText.display(centre) + " " + site.formatDistance() + " m"
        + (site.getWarnings().isEmpty() ? "" : " (!)")).orElse("-");
  }

  /**
   * The warnings about the sites' positions, from the radius finding's per-site results, each as a
   * line {@code site: message}; a warning never changes an outcome.
   */
  static List<String> warnings(Assessment assessment, Locale locale, CliMessages messages) {
    List<String> lines = new ArrayList<>();
    for (SiteDistance site : assessment.finding(RadiusRule.ID).map(Finding::getSites).orElse(List.of())) {
      for (PositionWarning warning : site.getWarnings()) {
        lines.add(messages.get("report.warning", site.getSiteName(), warning.getMessage(locale)));
      }
    }
    return lines;
  }

  /** Prints the warnings about the sites' positions, under a heading, when there are any. */
  static void printWarnings(List<Assessment> assessments, Locale locale, CliMessages messages, PrintWriter out) {
    boolean headed = false;
    for (Assessment assessment : assessments) {
      for (String line : warnings(assessment, locale, messages)) {
        if (!headed) {
          out.println();
          out.println(messages.get("report.warnings"));
          headed = true;
        }
        out.println("  " + SafeText.display(assessment.getSubjectName() + " (" + assessment.getSubjectIdentity()
            + "): " + line));
      }
    }
  }

  /**
   * Prints each assessment's findings under a heading: for one enterprise assessed under one or more
   * rule sets.
   */
  static void printFindings(List<Assessment> assessments, Locale locale, CliMessages messages, PrintWriter out) {
    for (Assessment assessment : assessments) {
      out.println();
      out.println(assessment.getRuleSetId() + " " + messages.get("report.version", assessment.getRuleSetVersion())
          + ": " + outcome(assessment.getOutcome(), locale));
      int width = assessment.getFindings().stream().mapToInt(f -> f.getRuleId().length()).max().orElse(0);
      for (Finding finding : assessment.getFindings()) {
        out.println("  " + pad(finding.getRuleId(), width) + "  " + outcome(finding.getOutcome(), locale) + " ["
            + finding.getSource() + "]: " + SafeText.display(finding.getMessage(locale)));
      }
    }
  }

  static void printExplanations(List<Assessment> assessments, Locale locale, CliMessages messages, PrintWriter out) {
    for (Assessment assessment : assessments) {
      printExplanation(assessment, assessment.getSubjectName() + " (" + assessment.getSubjectIdentity() + ")", locale,
          out);
    }
  }

  /** Prints the findings not met of an assessment not met, under a heading. */
  private static void printExplanation(Assessment assessment, String heading, Locale locale, PrintWriter out) {
    if (assessment.getOutcome() == Outcome.MET) {
      return;
    }
    out.println();
    out.println(SafeText.display(heading) + ": " + outcome(assessment.getOutcome(), locale));
    for (Finding finding : assessment.getFindings()) {
      if (finding.getOutcome() != Outcome.MET) {
        out.println("  " + finding.getRuleId() + " " + outcome(finding.getOutcome(), locale) + " ["
            + finding.getSource() + "]: " + SafeText.display(finding.getMessage(locale)));
      }
    }
  }

  private static String figure(Optional<Finding> finding, String name) {
    return finding.flatMap(f -> f.figure(name)).map(Object::toString).orElse("-");
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(width - text.length());
  }
}
